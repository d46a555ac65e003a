#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace dit::sync {

// Everything a pair needs is derived from its one random 256-bit key (libsodium crypto_kdf,
// a subkey per purpose), so the pairing payload carries only the key and the server address.
// The server learns the derived names and password, never the key or the other subkeys.
class PairKeys
{
public:
    static constexpr int kKeyBytes = 32;

    explicit PairKeys(const SecretBytes &pairKey);
    static SecretBytes newPairKey();

    // The record key (XChaCha20-Poly1305 over the record: the pair key itself).
    const SecretBytes &recordKey() const { return m_pairKey; }
    // Encrypts the small header that names the record (id, schema, author).
    const SecretBytes &headerKey() const { return m_headerKey; }

    // Opaque server document id for a logical id (a record id, "device:<id>", ...): a keyed
    // hash, so the server cannot link it to anything, and the same on every paired device.
    QString docId(const QString &logicalId) const;
    // The revision of that document: fixed per document, so re-sending is idempotent.
    QString revision(const QString &logicalId) const;

    // The pair's database, user name and password on the server.
    QString databaseName() const;
    QString userName() const;
    SecretBytes password() const;
    // Four words both devices show, to compare in the room.
    QString verificationPhrase() const;
    // The four check words the two devices' people compare once the phone has joined
    // (docs/SYNC.md, "Confirming the pair"): a keyed hash (the pair key's phrase subkey) over
    // the server address and both devices' public keys, the therapist's first. An intruder
    // with the pair key but another device key, or a server swapped in, gives other words.
    QString checkWords(const QString &serverUrl, const QByteArray &therapistKey,
                       const QByteArray &patientKey) const;
    // What a device's signed confirmation of those words names (docs/SYNC.md, "Confirming the
    // pair"): a 32-byte keyed hash over the same inputs, so a confirmation holds only for this
    // pair key, this server and these two device keys, and cannot be moved to another pairing.
    QByteArray confirmationTranscript(const QString &serverUrl, const QByteArray &therapistKey,
                                      const QByteArray &patientKey) const;

private:
    QByteArray keyedHash(const SecretBytes &key, const QByteArray &data, int bytes) const;

    SecretBytes m_pairKey;
    SecretBytes m_headerKey;
    SecretBytes m_idKey;
    SecretBytes m_accountKey;
    SecretBytes m_phraseKey;
};

// A device's Ed25519 signing key (secret 64 bytes, public 32 bytes).
struct DeviceKey
{
    SecretBytes secretKey;
    QByteArray publicKey;
    static DeviceKey generate();
    static DeviceKey fromSecret(SecretBytes secret); // derives the public half
};

QByteArray signDetached(const SecretBytes &secretKey, QByteArrayView message);
bool verifyDetached(const QByteArray &publicKey, QByteArrayView message,
                    const QByteArray &signature);

} // namespace dit::sync
