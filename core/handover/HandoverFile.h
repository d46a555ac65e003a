#pragma once

#include "common/Result.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace dit::handover {

// The hand-over file format, version 1 (docs/SECURITY.md, "Hand-over files"):
//
//   prefix      magic (8) | format version (u16 BE) | header length (u32 BE) | header (JSON)
//   sealed      u32 BE length | XChaCha20-Poly1305 (IETF) ciphertext and tag of the payload
//   check       BLAKE2b-256 of everything above (unkeyed: tells damage from a wrong code)
//
// The header names the cipher, the Argon2id parameters and salt, and the nonce. The key is
// Argon2id of the one-time code; the associated data is the whole prefix, so editing the
// parameters or the nonce makes the file fail to open instead of weakening it.
inline constexpr char kMagic[8] = {'\x89', 'D', 'I', 'T', 'H', '\r', '\n', '\x1a'};
inline constexpr int kFormatVersion = 1;
inline constexpr int kMaxHeaderBytes = 1024;
inline constexpr int kMaxPayloadBytes = 16 * 1024 * 1024;
inline constexpr int kCheckBytes = 32;
inline constexpr char kFileSuffix[] = ".dithandover";

// Seals `payload` under `code` (the canonical code, see HandoverCode.h).
Result<QByteArray> seal(QByteArrayView payload, const SecretBytes &code, const KdfParams &kdf);

// Opens a file's bytes with the code: refuses, with a plain sentence, anything that is not a
// hand-over file (BadInput), one from a newer version (BadInput), a damaged or cut-off one
// (Damaged), or the wrong code (WrongPassphrase).
Result<QByteArray> open(QByteArrayView file, const SecretBytes &code);

// For the fuzz target and tests: everything open() checks before the key is derived, and
// the opening with a key already derived.
struct Sealed
{
    KdfParams kdf;
    QByteArray nonce;
    QByteArray prefix; // the associated data
    QByteArray ciphertext;
};
Result<Sealed> parse(QByteArrayView file);
Result<QByteArray> openWithKey(const Sealed &sealed, const SecretBytes &key);

Error notAHandoverFile();
Error damagedHandoverFile(const QString &why);
Error wrongHandoverCode();

} // namespace dit::handover
