#pragma once

#include "PassphraseKdf.h"

#include <cstdint>
#include <functional>

namespace dit {

// Argon2id passes fitted to this device when a key file is made, as KeePassXC does: the most
// passes over 128 MiB whose derivation fits the time budget, never fewer than the floor and
// never more than KdfParams::isAcceptable() allows. See docs/SECURITY.md ("KDF calibration").
struct KdfCalibration
{
    // The floor: RFC 9106 section 4's second recommended option is Argon2id with t=3
    // iterations over 64 MiB (p=4 lanes); OWASP's Password Storage Cheat Sheet's minimum is
    // 19 MiB, t=2, p=1. Three passes over 128 MiB (p=1, libsodium's only choice) meets the
    // RFC's passes at twice its memory and is above OWASP's minimum on both.
    static constexpr std::uint64_t kFloorPasses = 3;
    static constexpr std::uint64_t kCapPasses = 8; // KdfParams::isAcceptable()'s ceiling
    static constexpr qint64 kBudgetMs = 500;

    // How long one derivation with these parameters takes here, in milliseconds. Production
    // uses timeDerivationMs(); tests pass a model of a device.
    using Timer = std::function<qint64(const KdfParams &)>;

    // The passes chosen from one timed derivation at the floor: the time per pass scales the
    // budget (Argon2's time is linear in its passes), clamped to [floor, cap].
    static std::uint64_t passesFor(qint64 floorDerivationMs, qint64 budgetMs = kBudgetMs);

    // KdfParams::recommended() (fresh salt, 128 MiB) with the passes this device affords.
    static KdfParams calibrated(const Timer &timeMs, qint64 budgetMs = kBudgetMs);

    // Times one real derivation (a throwaway passphrase and salt).
    static qint64 timeDerivationMs(const KdfParams &params);
};

} // namespace dit
