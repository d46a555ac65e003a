#pragma once

#include "SecretBytes.h"
#include "common/Result.h"

#include <QByteArray>

namespace dit::aead {

// XChaCha20-Poly1305 (IETF) authenticated encryption, as used for key wrapping,
// backups, hand-over files and sync records. 24-byte random nonces make reuse negligible.
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 24;
constexpr int kTagBytes = 16;

QByteArray randomNonce();

// Returns ciphertext || tag.
QByteArray seal(const SecretBytes &key, const QByteArray &nonce, QByteArrayView plaintext,
                QByteArrayView associatedData);
// Plaintext into guarded memory; fails (WrongPassphrase) if the tag does not verify.
Result<SecretBytes> openSecret(const SecretBytes &key, const QByteArray &nonce,
                               QByteArrayView ciphertext, QByteArrayView associatedData);
// Same, for non-secret payloads.
Result<QByteArray> open(const SecretBytes &key, const QByteArray &nonce, QByteArrayView ciphertext,
                        QByteArrayView associatedData);

} // namespace dit::aead
