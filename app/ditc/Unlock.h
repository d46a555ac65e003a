#pragma once

#include "Cli.h"
#include "storage/Profile.h"

#include <memory>

namespace dit::cli {

// Unlocks the profile with its passphrase, read from stdin. Missing: NotFound (exit 2);
// damaged: Damaged (exit 4) with what is wrong.
Result<std::unique_ptr<Store>> openProfile(Context &ctx, Profile &profile);

} // namespace dit::cli
