#include "Aead.h"

#include "Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace dit::aead {

static_assert(kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

namespace {
const unsigned char *bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

bool shapesValid(const SecretBytes &key, const QByteArray &nonce, QByteArrayView ciphertext)
{
    return key.size() == kKeyBytes && nonce.size() == kNonceBytes && ciphertext.size() >= kTagBytes;
}

Error authFailed()
{
    return makeError(
        ErrorCode::WrongPassphrase,
        QCoreApplication::translate("Crypto", "The data could not be decrypted with this key."));
}
} // namespace

QByteArray randomNonce()
{
    ensureSodium();
    QByteArray n(kNonceBytes, Qt::Uninitialized);
    randombytes_buf(n.data(), kNonceBytes);
    return n;
}

QByteArray seal(const SecretBytes &key, const QByteArray &nonce, QByteArrayView plaintext,
                QByteArrayView associatedData)
{
    ensureSodium();
    Q_ASSERT(key.size() == kKeyBytes && nonce.size() == kNonceBytes);
    QByteArray out(plaintext.size() + kTagBytes, Qt::Uninitialized);
    unsigned long long outLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data()), &outLen, bytes(plaintext),
        static_cast<unsigned long long>(plaintext.size()), bytes(associatedData),
        static_cast<unsigned long long>(associatedData.size()), nullptr, bytes(nonce), key.data());
    out.resize(static_cast<qsizetype>(outLen));
    return out;
}

Result<SecretBytes> openSecret(const SecretBytes &key, const QByteArray &nonce,
                               QByteArrayView ciphertext, QByteArrayView associatedData)
{
    ensureSodium();
    if (!shapesValid(key, nonce, ciphertext))
        return authFailed();
    SecretBytes out(static_cast<std::size_t>(ciphertext.size() - kTagBytes));
    unsigned long long outLen = 0;
    unsigned char scratch = 0; // libsodium needs a valid pointer even for empty output
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        out.isEmpty() ? &scratch : out.data(), &outLen, nullptr, bytes(ciphertext),
        static_cast<unsigned long long>(ciphertext.size()), bytes(associatedData),
        static_cast<unsigned long long>(associatedData.size()), bytes(nonce), key.data());
    if (rc != 0)
        return authFailed();
    return out;
}

Result<QByteArray> open(const SecretBytes &key, const QByteArray &nonce, QByteArrayView ciphertext,
                        QByteArrayView associatedData)
{
    // Straight into ordinary memory, where the caller wants it: guarded memory (openSecret)
    // costs about ten system calls to make and free, per record when sync opens thousands.
    ensureSodium();
    if (!shapesValid(key, nonce, ciphertext))
        return authFailed();
    QByteArray out(ciphertext.size() - kTagBytes, Qt::Uninitialized);
    unsigned long long outLen = 0;
    unsigned char scratch = 0; // libsodium needs a valid pointer even for empty output
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        out.isEmpty() ? &scratch : reinterpret_cast<unsigned char *>(out.data()), &outLen, nullptr,
        bytes(ciphertext), static_cast<unsigned long long>(ciphertext.size()),
        bytes(associatedData), static_cast<unsigned long long>(associatedData.size()), bytes(nonce),
        key.data());
    if (rc != 0) {
        sodium_memzero(out.data(), size_t(out.size()));
        return authFailed();
    }
    return out;
}

} // namespace dit::aead
