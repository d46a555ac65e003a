#include "PassphraseKdf.h"

#include "Sodium.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <sodium.h>

namespace dit {

namespace {
// What the app itself chooses, on every device (a phone included): 8 passes over 128 MiB,
// about 0.40 s on the project's 2-core reference machine (0.17 s at 3 passes, 0.31 s at 6;
// see docs/SECURITY.md). More memory would resist GPU guessing better, but libsodium's
// "moderate" 256 MiB is too much for older phones.
constexpr std::uint64_t kOpsLimit = 8;
constexpr std::uint64_t kMemLimit = 128ull * 1024 * 1024;
} // namespace

KdfParams KdfParams::recommended()
{
    ensureSodium();
    KdfParams p;
    p.opsLimit = kOpsLimit;
    p.memLimitBytes = kMemLimit;
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), crypto_pwhash_SALTBYTES);
    return p;
}

KdfParams KdfParams::forTests()
{
    KdfParams p = recommended();
    p.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
    p.memLimitBytes = 64ull * 1024; // 64 KiB
    return p;
}

bool KdfParams::isAcceptable() const
{
    return salt.size() == static_cast<qsizetype>(crypto_pwhash_SALTBYTES) &&
           opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= kOpsLimit &&
           memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN && memLimitBytes <= kMemLimit;
}

Result<SecretBytes> deriveKey(const SecretBytes &passphrase, const KdfParams &params,
                              std::size_t outputSize)
{
    ensureSodium();
    if (!params.isAcceptable())
        return makeError(ErrorCode::Damaged, QCoreApplication::translate(
                                                 "Crypto", "The key parameters are not valid."));
    SecretBytes out(outputSize);
    const char *pw = passphrase.isEmpty() ? "" : reinterpret_cast<const char *>(passphrase.data());
    const int rc = crypto_pwhash(out.data(), out.size(), pw, passphrase.size(),
                                 reinterpret_cast<const unsigned char *>(params.salt.constData()),
                                 params.opsLimit, static_cast<size_t>(params.memLimitBytes),
                                 crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("Crypto", "Not enough memory to check the passphrase."));
    return out;
}

QJsonObject KdfParams::toJson() const
{
    return {{QStringLiteral("alg"), QStringLiteral("argon2id13")},
            {QStringLiteral("ops"), QString::number(opsLimit)},
            {QStringLiteral("mem"), QString::number(memLimitBytes)},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())}};
}

std::optional<KdfParams> KdfParams::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonValue saltValue = o.value(QStringLiteral("salt"));
    if (o.value(QStringLiteral("alg")).toString() != QStringLiteral("argon2id13") ||
        !saltValue.isString())
        return std::nullopt;
    bool okOps = false, okMem = false;
    KdfParams p;
    p.opsLimit = o.value(QStringLiteral("ops")).toString().toULongLong(&okOps);
    p.memLimitBytes = o.value(QStringLiteral("mem")).toString().toULongLong(&okMem);
    auto salt = QByteArray::fromBase64Encoding(saltValue.toString().toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!okOps || !okMem || !salt)
        return std::nullopt;
    p.salt = *salt;
    return p;
}

} // namespace dit
