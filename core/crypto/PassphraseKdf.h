#pragma once

#include "SecretBytes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <cstdint>
#include <optional>

namespace dit {

// Argon2id (libsodium crypto_pwhash, algorithm ARGON2ID13) parameters, stored beside
// whatever the derived key protects so they can be raised later without breaking old files.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimitBytes = 0;
    QByteArray salt; // crypto_pwhash_SALTBYTES (16) random bytes

    // The parameters new profiles get. Chosen to take 0.3-0.6 s on the reference machine;
    // see docs/SECURITY.md and docs/PERFORMANCE.md for how they were measured.
    static KdfParams recommended();
    // Much cheaper parameters for tests only (never accepted in a release build's files,
    // see isAcceptable()).
    static KdfParams forTests();

    // Rejects parameters below libsodium's minimums or above what recommended() chooses
    // (8 passes, 128 MiB): a key, backup or hand-over file is never made with more, and a
    // crafted one asking for more could make unlocking exhaust an older phone's memory.
    // Readers check this before deriving, so a refused file allocates nothing.
    bool isAcceptable() const;

    // As stored in key, backup and hand-over files: {"alg": "argon2id13", "ops", "mem"
    // (decimal strings: 64-bit values), "salt" (base64)}.
    QJsonObject toJson() const;
    // Empty when the object is not in that shape; isAcceptable() is the caller's to check,
    // so that it can say which of the two was wrong.
    static std::optional<KdfParams> fromJson(const QJsonValue &value);
};

// Derives `outputSize` bytes from the passphrase. Fails only on out-of-memory or bad params.
Result<SecretBytes> deriveKey(const SecretBytes &passphrase, const KdfParams &params,
                              std::size_t outputSize = 32);

} // namespace dit
