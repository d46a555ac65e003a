#pragma once

#include "Cli.h"
#include "platform/Keystore.h"
#include "storage/Profile.h"

#include <memory>

namespace dit::cli {

// The keystore's copy of the count of wrong passphrases for `profile`, while this lives
// (docs/SECURITY.md, "The lock-out"): loaded before any try is judged, and the copy's writes
// waited for (a few seconds at most) before it goes. Without a running keyring, nothing:
// the file alone counts.
class AttemptCopy
{
public:
    explicit AttemptCopy(Profile &profile);
    ~AttemptCopy();
    AttemptCopy(const AttemptCopy &) = delete;
    AttemptCopy &operator=(const AttemptCopy &) = delete;

private:
    Profile &m_profile;
    std::unique_ptr<Keystore> m_keystore;
};

// Unlocks the profile with its passphrase, read from stdin. Missing: NotFound (exit 2);
// damaged: Damaged (exit 4) with what is wrong.
Result<std::unique_ptr<Store>> openProfile(Context &ctx, Profile &profile);

} // namespace dit::cli
