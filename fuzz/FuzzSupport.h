#pragma once

// Shared by the fuzz targets and the seed maker.
#include "crypto/SecretBytes.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace dit::fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// With DIT_FUZZ_VERBOSE=1, says whether each input was accepted (to check seeds are valid).
inline void note(bool accepted)
{
    if (qEnvironmentVariableIntValue("DIT_FUZZ_VERBOSE") == 1)
        std::fprintf(stderr, "%s\n", accepted ? "accepted" : "refused");
}

// A property the parser must keep failed: stop, so libFuzzer keeps the input.
[[noreturn]] inline void broken()
{
    std::abort();
}

// The backup target's stream key: fixed, so the fuzzer reaches past Argon2id (which a fuzzer
// could never pass, and which would cost seconds per input).
inline SecretBytes backupStreamKey()
{
    return SecretBytes::copyOf(QByteArray(32, '\x42'));
}

} // namespace dit::fuzz

namespace dit::fuzz {

// The sync targets' pair key and the one device they know: fixed, so seeds stay valid.
inline SecretBytes syncPairKey()
{
    return SecretBytes::copyOf(QByteArray(32, '\x53'));
}
inline QByteArray syncDeviceSeed()
{
    return QByteArray(32, '\x44');
}
inline QString syncRecordId()
{
    return QStringLiteral("0123456789abcdef0123456789abcdef");
}
inline QString syncDeviceId()
{
    return QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
}

} // namespace dit::fuzz
