#include "KeyFile.h"

#include "common/Ids.h"
#include "common/RegularFile.h"
#include "crypto/Aead.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace dit {

namespace {

const QString kFormat = QStringLiteral("dit-companion-key");
// The mark that this profile keeps a count of wrong passphrases (KeyFile.h).
const QString kAttemptsMark = QStringLiteral("attempts");
const QString kAttemptsKept = QStringLiteral("kept");
constexpr qsizetype kMaxKeyFileBytes = qsizetype(64) * 1024;

Error damaged(const QString &why)
{
    return makeError(
        ErrorCode::Damaged,
        QCoreApplication::translate("Storage", "The key file is damaged: %1").arg(why));
}

QString b64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}

std::optional<QByteArray> fromB64(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    auto r = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return *r;
}

QJsonObject wrapToJson(const KeyFile::Wrap &w)
{
    return {{QStringLiteral("nonce"), b64(w.nonce)},
            {QStringLiteral("wrapped"), b64(w.ciphertext)}};
}

std::optional<KeyFile::Wrap> wrapFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    auto nonce = fromB64(o.value(QStringLiteral("nonce")));
    auto wrapped = fromB64(o.value(QStringLiteral("wrapped")));
    if (!nonce || !wrapped || nonce->size() != aead::kNonceBytes ||
        wrapped->size() != qsizetype(KeyFile::kDatabaseKeyBytes) + aead::kTagBytes)
        return std::nullopt;
    return KeyFile::Wrap{*nonce, *wrapped};
}

// An unkeyed BLAKE2b checksum over the body. It tells accidental damage (a flipped bit,
// a cut-off file) apart from a wrong passphrase; it is not a defence against tampering,
// which the AEAD's associated data covers.
QString checksumOf(const QJsonObject &body)
{
    const QByteArray canon = QJsonDocument(body).toJson(QJsonDocument::Compact);
    unsigned char h[32];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char *>(canon.constData()),
                       static_cast<unsigned long long>(canon.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(h), sizeof h).toHex());
}

} // namespace

Result<KeyFile> KeyFile::create(const QString &profileId, const SecretBytes &databaseKey,
                                const SecretBytes &passphrase, const KdfParams &params)
{
    KeyFile f;
    f.m_profileId = profileId;
    if (Status s = f.rewrapPassphrase(databaseKey, passphrase, params); !s)
        return s.error();
    return f;
}

QByteArray KeyFile::passphraseAd() const
{
    // Binding the profile id and KDF parameters means a key file edited to weaker
    // parameters, or moved to another profile, fails to unwrap rather than silently working.
    QJsonObject ad{{QStringLiteral("use"), QStringLiteral("passphrase")},
                   {QStringLiteral("version"), kFormatVersion},
                   {QStringLiteral("profile"), m_profileId},
                   {QStringLiteral("kdf"), m_kdf.toJson()}};
    // Only when marked, so key files made before the mark still open as they did.
    if (m_keepsAttemptCount)
        ad.insert(kAttemptsMark, kAttemptsKept);
    return QJsonDocument(ad).toJson(QJsonDocument::Compact);
}

QByteArray KeyFile::keystoreAd() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("use"), QStringLiteral("keystore")},
                                     {QStringLiteral("version"), kFormatVersion},
                                     {QStringLiteral("profile"), m_profileId}})
        .toJson(QJsonDocument::Compact);
}

Status KeyFile::rewrapPassphrase(const SecretBytes &databaseKey, const SecretBytes &newPassphrase,
                                 const KdfParams &params)
{
    if (databaseKey.size() != kDatabaseKeyBytes)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("Storage", "Unexpected key size."));
    auto wrapKey = deriveKey(newPassphrase, params);
    if (!wrapKey)
        return wrapKey.error();
    m_kdf = params;
    m_keepsAttemptCount = true;
    const QByteArray nonce = aead::randomNonce();
    m_passphrase =
        Wrap{nonce, aead::seal(wrapKey.value(), nonce, databaseKey.view(), passphraseAd())};
    return {};
}

void KeyFile::setKeystoreWrap(const SecretBytes &databaseKey, const SecretBytes &keystoreKey)
{
    const QByteArray nonce = aead::randomNonce();
    m_keystore = Wrap{nonce, aead::seal(keystoreKey, nonce, databaseKey.view(), keystoreAd())};
}

Result<SecretBytes> KeyFile::unwrapWithPassphrase(const SecretBytes &passphrase) const
{
    auto wrapKey = deriveKey(passphrase, m_kdf);
    if (!wrapKey)
        return wrapKey.error();
    auto key = aead::openSecret(wrapKey.value(), m_passphrase.nonce, m_passphrase.ciphertext,
                                passphraseAd());
    if (!key)
        return makeError(ErrorCode::WrongPassphrase,
                         QCoreApplication::translate(
                             "Storage", "That passphrase is not right. Please try again."));
    return key;
}

Result<SecretBytes> KeyFile::unwrapWithKeystoreKey(const SecretBytes &keystoreKey) const
{
    if (!m_keystore)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Storage", "Quick unlock is not set up."));
    if (keystoreKey.size() != aead::kKeyBytes)
        return makeError(ErrorCode::WrongPassphrase,
                         QCoreApplication::translate("Storage", "The device key is not valid."));
    auto key =
        aead::openSecret(keystoreKey, m_keystore->nonce, m_keystore->ciphertext, keystoreAd());
    if (!key)
        return makeError(
            ErrorCode::WrongPassphrase,
            QCoreApplication::translate("Storage", "The device key no longer opens this profile."));
    return key;
}

QByteArray KeyFile::serialize() const
{
    QJsonObject slots{{QStringLiteral("passphrase"), wrapToJson(m_passphrase)}};
    if (m_keystore)
        slots.insert(QStringLiteral("keystore"), wrapToJson(*m_keystore));
    QJsonObject body{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("profile"), m_profileId},
                     {QStringLiteral("kdf"), m_kdf.toJson()},
                     {QStringLiteral("slots"), slots}};
    if (m_keepsAttemptCount)
        body.insert(kAttemptsMark, kAttemptsKept);
    body.insert(QStringLiteral("checksum"), checksumOf(body));
    return QJsonDocument(body).toJson(QJsonDocument::Indented);
}

Result<KeyFile> KeyFile::parse(const QByteArray &bytes)
{
    ensureSodium();
    if (bytes.isEmpty())
        return damaged(QCoreApplication::translate("Storage", "it is empty."));
    if (bytes.size() > kMaxKeyFileBytes)
        return damaged(
            QCoreApplication::translate("Storage", "it is far larger than a key file can be."));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(
            QCoreApplication::translate("Storage", "it is not readable (it may be cut off)."));
    QJsonObject body = doc.object();
    if (body.value(QStringLiteral("format")).toString() != kFormat)
        return damaged(
            QCoreApplication::translate("Storage", "it is not a DIT Companion key file."));
    const int version = body.value(QStringLiteral("version")).toInt(-1);
    if (version > kFormatVersion)
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "Storage", "The key file was made by a newer version of DIT "
                                        "Companion. Please update the app."));
    if (version != kFormatVersion)
        return damaged(QCoreApplication::translate("Storage", "its version is not recognised."));
    const QString checksum = body.take(QStringLiteral("checksum")).toString();
    if (checksum != checksumOf(body))
        return damaged(
            QCoreApplication::translate("Storage", "its contents do not match their checksum."));

    KeyFile f;
    f.m_profileId = body.value(QStringLiteral("profile")).toString();
    if (!isValidId(f.m_profileId))
        return damaged(
            QCoreApplication::translate("Storage", "its profile identifier is not valid."));
    auto kdf = KdfParams::fromJson(body.value(QStringLiteral("kdf")));
    if (!kdf || !kdf->isAcceptable())
        return damaged(QCoreApplication::translate("Storage", "its key parameters are not valid."));
    f.m_kdf = *kdf;
    if (body.contains(kAttemptsMark)) {
        if (body.value(kAttemptsMark).toString() != kAttemptsKept)
            return damaged(QCoreApplication::translate(
                "Storage", "its mark for the count of wrong passphrases is not valid."));
        f.m_keepsAttemptCount = true;
    }
    const QJsonObject slots = body.value(QStringLiteral("slots")).toObject();
    auto pass = wrapFromJson(slots.value(QStringLiteral("passphrase")));
    if (!pass)
        return damaged(QCoreApplication::translate("Storage", "its passphrase slot is not valid."));
    f.m_passphrase = *pass;
    if (slots.contains(QStringLiteral("keystore"))) {
        auto ks = wrapFromJson(slots.value(QStringLiteral("keystore")));
        if (!ks)
            return damaged(
                QCoreApplication::translate("Storage", "its quick-unlock slot is not valid."));
        f.m_keystore = *ks;
    }
    return f;
}

Result<KeyFile> KeyFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("Storage", "The key file is missing."));
    const auto bytes = readRegularFile(path, kMaxKeyFileBytes);
    if (!bytes)
        return makeError(
            bytes.error().code == ErrorCode::BadInput ? ErrorCode::Damaged : ErrorCode::Io,
            QCoreApplication::translate("Storage", "The key file could not be read: %1")
                .arg(bytes.error().message));
    return parse(bytes.value());
}

} // namespace dit
