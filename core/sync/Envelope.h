#pragma once

#include "PairKeys.h"
#include "storage/Record.h"
#include "storage/Store.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace dit::sync {

// What an envelope carries: a record, a device's public signing key, word that a device's
// person confirmed the check words, or word that a device left the pair.
enum class EnvelopeType { Record, Device, Confirmed, Unpaired };

struct Opened
{
    EnvelopeType type = EnvelopeType::Record;
    QString logicalId;
    int schema = 1;
    QString author;             // the device that sealed and signed it
    Record record;              // Record: the record (subject left empty: the pair decides it)
    qint64 number = 0;          // Record: its author's number for it (1, 2, ...: gaps are noticed)
    QByteArray devicePublicKey; // Device: the key it announces
    Role role = Role::Patient;  // Device: whose device it is
    QString confirmedDevice;    // Confirmed: the other device whose words were confirmed
    QByteArray transcript;      // Confirmed: PairKeys::confirmationTranscript as it saw it
    QDateTime confirmedAt;      // Confirmed: when its person confirmed them
};

// Why an envelope was refused. None of these is ever applied.
enum class Rejection {
    None,
    Malformed,      // not an envelope of ours, or too large
    Authentication, // a ciphertext or its associated data was changed, or another key
    WrongSlot,      // a valid envelope moved to another document id
    UnknownDevice,  // signed by a device this pair does not know
    Signature,      // the author's signature does not verify
    WrongAuthor,    // the record names another author than the device that signed it
    OldFormat,      // made by an older version of the app (before roles and numbers)
};

struct OpenResult
{
    std::optional<Opened> opened;
    Rejection rejection = Rejection::None;
};

// One record as the server stores it (docs/SYNC.md): a document with an opaque id and one
// field "e", base64 of
//   version(1) | header nonce(24) | header length(2, big-endian) | header ciphertext |
//   body nonce(24) | body ciphertext
// The header (record id, schema, author device) is encrypted under a subkey with the
// document id as associated data; the body (signature || padded payload) under the pair
// key with associated data = record id, schema version, author device. The Ed25519
// signature covers document id, those three and the payload. A record's payload names the
// same author as the header (the device that signed it) and its author's number for it; a
// device announcement names the device's role.
class Envelope
{
public:
    static constexpr int kVersion = 2; // 1: before device roles and record numbers
    static constexpr int kMaxEncodedBytes = 4 * 1024 * 1024;

    // `number`: the author's count of records it sent to this pair, this one included.
    static QJsonObject sealRecord(const PairKeys &keys, const Record &record, const QString &author,
                                  const SecretBytes &signingKey, qint64 number);
    static QJsonObject sealDevice(const PairKeys &keys, const QString &deviceId, Role role,
                                  const QByteArray &publicKey, const SecretBytes &signingKey);
    // This device's person confirmed the check words with `otherDevice` on screen; `transcript`
    // is PairKeys::confirmationTranscript over both devices' keys (docs/SYNC.md).
    static QJsonObject sealConfirmed(const PairKeys &keys, const QString &deviceId,
                                     const QString &otherDevice, const QByteArray &transcript,
                                     const QDateTime &at, const SecretBytes &signingKey);
    static QJsonObject sealUnpaired(const PairKeys &keys, const QString &deviceId,
                                    const SecretBytes &signingKey);

    static QString deviceLogicalId(const QString &deviceId);
    // Tagged as a confirmation is (below), bound to the pair by its key: nobody holding the pair
    // key can post an unpairing in the device's name beforehand to stand in for the real one.
    static QString unpairedLogicalId(const PairKeys &keys, const QString &deviceId,
                                     const SecretBytes &signingKey);
    // Named by a tag only the device's own key makes (part of its Ed25519 signature over the
    // transcript and time, which it can make again), so a document posted in its name
    // beforehand by someone holding the pair key cannot take the place of the real one.
    static QString confirmedLogicalId(const QString &deviceId, const QByteArray &transcript,
                                      const QDateTime &at, const SecretBytes &signingKey);

    // Opens and checks a server document. `publicKeyOf` gives a known device's key (empty
    // if unknown); a Device envelope is checked against the key it carries (self-signed).
    static OpenResult open(const PairKeys &keys, const QJsonObject &doc,
                           const std::function<QByteArray(const QString &)> &publicKeyOf);

    // The low-level form, for tests that tamper with parts: seals any payload under any
    // header values.
    static QJsonObject seal(const PairKeys &keys, const QString &logicalId, int schema,
                            const QString &author, const QJsonObject &payload,
                            const SecretBytes &signingKey);
};

} // namespace dit::sync
