#pragma once

#include "PairKeys.h"
#include "storage/Record.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace dit::sync {

// What an envelope carries: a record, a device's public signing key, or word that a device
// left the pair.
enum class EnvelopeType { Record, Device, Unpaired };

struct Opened
{
    EnvelopeType type = EnvelopeType::Record;
    QString logicalId;
    int schema = 1;
    QString author;             // the device that sealed and signed it
    Record record;              // Record: the record (subject left empty: the pair decides it)
    QByteArray devicePublicKey; // Device: the key it announces
};

// Why an envelope was refused. None of these is ever applied.
enum class Rejection {
    None,
    Malformed,      // not an envelope of ours, or too large
    Authentication, // a ciphertext or its associated data was changed, or another key
    WrongSlot,      // a valid envelope moved to another document id
    UnknownDevice,  // signed by a device this pair does not know
    Signature,      // the author's signature does not verify
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
// signature covers document id, those three and the payload.
class Envelope
{
public:
    static constexpr int kVersion = 1;
    static constexpr int kMaxEncodedBytes = 4 * 1024 * 1024;

    static QJsonObject sealRecord(const PairKeys &keys, const Record &record, const QString &author,
                                  const SecretBytes &signingKey);
    static QJsonObject sealDevice(const PairKeys &keys, const QString &deviceId,
                                  const QByteArray &publicKey, const SecretBytes &signingKey);
    static QJsonObject sealUnpaired(const PairKeys &keys, const QString &deviceId,
                                    const SecretBytes &signingKey);

    static QString deviceLogicalId(const QString &deviceId);
    static QString unpairedLogicalId(const QString &deviceId);

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
