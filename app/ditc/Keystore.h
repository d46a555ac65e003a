#pragma once

#include "platform/Keystore.h"

#include <memory>

namespace dit::cli {

// The desktop keyring when ditc is built with the platform adapters (not in the core-only
// ASan build), otherwise none.
std::unique_ptr<Keystore> makeKeystore();

} // namespace dit::cli
