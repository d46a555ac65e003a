#include "PairKeys.h"

#include "WordList.h"
#include "crypto/Sodium.h"

#include <QStringList>

#include <sodium.h>

namespace dit::sync {

namespace {

constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "ditcsync";
enum Subkey : quint64 { kHeader = 1, kIds = 2, kAccount = 3, kPhrase = 4 };

SecretBytes subkey(const SecretBytes &pairKey, Subkey id)
{
    SecretBytes out(crypto_kdf_KEYBYTES);
    if (pairKey.size() == crypto_kdf_KEYBYTES)
        crypto_kdf_derive_from_key(out.data(), out.size(), id, kContext, pairKey.data());
    return out;
}

QString wordsOf(const QByteArray &bytes)
{
    QStringList words;
    for (const char b : bytes)
        words << wordAt(static_cast<unsigned char>(b));
    return words.join(QLatin1Char(' '));
}

} // namespace

PairKeys::PairKeys(const SecretBytes &pairKey)
    : m_pairKey(SecretBytes::copyOf(pairKey.view())), m_headerKey(subkey(pairKey, kHeader)),
      m_idKey(subkey(pairKey, kIds)), m_accountKey(subkey(pairKey, kAccount)),
      m_phraseKey(subkey(pairKey, kPhrase))
{
    ensureSodium();
}

SecretBytes PairKeys::newPairKey()
{
    return SecretBytes::random(kKeyBytes);
}

QByteArray PairKeys::keyedHash(const SecretBytes &key, const QByteArray &data, int bytes) const
{
    QByteArray out(bytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(bytes),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size()), key.data(), key.size());
    return out;
}

QString PairKeys::docId(const QString &logicalId) const
{
    return QString::fromLatin1(keyedHash(m_idKey, "doc:" + logicalId.toUtf8(), 16).toHex());
}

QString PairKeys::revision(const QString &logicalId) const
{
    return QStringLiteral("1-") +
           QString::fromLatin1(keyedHash(m_idKey, "rev:" + logicalId.toUtf8(), 16).toHex());
}

QString PairKeys::databaseName() const
{
    // CouchDB database names start with a lowercase letter.
    return QStringLiteral("dit-") +
           QString::fromLatin1(keyedHash(m_accountKey, "database", 12).toHex());
}

QString PairKeys::userName() const
{
    return QStringLiteral("dit-") +
           QString::fromLatin1(keyedHash(m_accountKey, "user", 12).toHex());
}

SecretBytes PairKeys::password() const
{
    QByteArray raw = keyedHash(m_accountKey, "password", 24);
    QByteArray text = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    SecretBytes out = SecretBytes::copyOf(text);
    wipeBytes(raw);
    wipeBytes(text);
    return out;
}

QString PairKeys::verificationPhrase() const
{
    const QByteArray bytes = keyedHash(m_phraseKey, "phrase", 4);
    return wordsOf(bytes);
}

QString PairKeys::checkWords(const QString &serverUrl, const QByteArray &therapistKey,
                             const QByteArray &patientKey) const
{
    // Fixed-length keys, so the fields cannot shift into one another; the address goes last.
    const QByteArray bytes =
        keyedHash(m_phraseKey, "check:" + therapistKey + patientKey + serverUrl.toUtf8(), 4);
    return wordsOf(bytes);
}

QByteArray PairKeys::confirmationTranscript(const QString &serverUrl,
                                            const QByteArray &therapistKey,
                                            const QByteArray &patientKey) const
{
    return keyedHash(m_phraseKey, "confirm:" + therapistKey + patientKey + serverUrl.toUtf8(), 32);
}

DeviceKey DeviceKey::generate()
{
    ensureSodium();
    DeviceKey k;
    k.secretKey = SecretBytes(crypto_sign_SECRETKEYBYTES);
    k.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()), k.secretKey.data());
    return k;
}

DeviceKey DeviceKey::fromSecret(SecretBytes secret)
{
    ensureSodium();
    DeviceKey k;
    k.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    if (secret.size() == crypto_sign_SECRETKEYBYTES)
        crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(k.publicKey.data()),
                                     secret.data());
    else
        k.publicKey.clear();
    k.secretKey = std::move(secret);
    return k;
}

QByteArray signDetached(const SecretBytes &secretKey, QByteArrayView message)
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         size_t(message.size()), secretKey.data());
    return sig;
}

bool verifyDetached(const QByteArray &publicKey, QByteArrayView message,
                    const QByteArray &signature)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace dit::sync
