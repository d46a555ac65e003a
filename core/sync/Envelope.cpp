#include "Envelope.h"

#include "crypto/Aead.h"

#include <QJsonDocument>

#include <sodium.h>

namespace dit::sync {

namespace {

const QString kId = QStringLiteral("_id");
const QString kRev = QStringLiteral("_rev");
const QString kBlob = QStringLiteral("e");
constexpr int kPadBlock = 256; // hides a record's exact length
constexpr int kSignatureBytes = crypto_sign_BYTES;

QByteArray headerAd(const QString &docId)
{
    return QByteArray("dit-sync-header-v1") + '\0' + docId.toUtf8();
}

QByteArray bodyAd(const QString &logicalId, int schema, const QString &author)
{
    return QByteArray("dit-sync-body-v1") + '\0' + logicalId.toUtf8() + '\0' +
           QByteArray::number(schema) + '\0' + author.toUtf8();
}

QByteArray signedMessage(const QString &docId, const QString &logicalId, int schema,
                         const QString &author, const QByteArray &payload)
{
    return QByteArray("dit-sync-sign-v1") + '\0' + docId.toUtf8() + '\0' +
           bodyAd(logicalId, schema, author) + '\0' + payload;
}

QByteArray pad(QByteArray data)
{
    const qsizetype unpadded = data.size();
    data.resize(unpadded + kPadBlock);
    size_t padded = 0;
    sodium_pad(&padded, reinterpret_cast<unsigned char *>(data.data()), size_t(unpadded), kPadBlock,
               size_t(data.size()));
    data.resize(qsizetype(padded));
    return data;
}

std::optional<QByteArray> unpad(QByteArray data)
{
    size_t unpadded = 0;
    if (sodium_unpad(&unpadded, reinterpret_cast<const unsigned char *>(data.constData()),
                     size_t(data.size()), kPadBlock) != 0)
        return std::nullopt;
    data.truncate(qsizetype(unpadded));
    return data;
}

QJsonObject recordPayload(const Record &r, qint64 number)
{
    QJsonObject p{{QStringLiteral("t"), QStringLiteral("record")},
                  {QStringLiteral("id"), r.id},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("thread"), r.thread},
                  {QStringLiteral("author"), r.author},
                  {QStringLiteral("created"), double(r.createdAt.toMSecsSinceEpoch())},
                  {QStringLiteral("body"), r.body},
                  {QStringLiteral("n"), double(number)}};
    if (!r.parent.isEmpty())
        p.insert(QStringLiteral("parent"), r.parent);
    return p;
}

std::optional<Record> recordFrom(const QJsonObject &p, const QString &logicalId, int schema)
{
    Record r;
    r.id = p.value(QStringLiteral("id")).toString();
    r.kind = p.value(QStringLiteral("kind")).toString();
    r.thread = p.value(QStringLiteral("thread")).toString();
    r.parent = p.value(QStringLiteral("parent")).toString();
    r.author = p.value(QStringLiteral("author")).toString();
    const QJsonValue created = p.value(QStringLiteral("created"));
    r.createdAt = QDateTime::fromMSecsSinceEpoch(created.toInteger(), Qt::UTC);
    r.schema = schema;
    r.body = p.value(QStringLiteral("body")).toObject();
    if (r.id != logicalId || r.kind.isEmpty() || r.thread.isEmpty() || !created.isDouble() ||
        !p.value(QStringLiteral("body")).isObject())
        return std::nullopt;
    return r;
}

} // namespace

QString Envelope::deviceLogicalId(const QString &deviceId)
{
    return QStringLiteral("device:") + deviceId;
}

QString Envelope::unpairedLogicalId(const PairKeys &keys, const QString &deviceId,
                                    const SecretBytes &signingKey)
{
    const QByteArray message = QByteArray("dit-sync-unpaired-id-v1") + '\0' +
                               keys.docId(QStringLiteral("unpaired:") + deviceId).toUtf8();
    const QByteArray tag = signDetached(signingKey, message).left(16);
    return QStringLiteral("unpaired:") + deviceId + QLatin1Char(':') +
           QString::fromLatin1(tag.toHex());
}

QString Envelope::confirmedLogicalId(const QString &deviceId, const QByteArray &transcript,
                                     const QDateTime &at, const SecretBytes &signingKey)
{
    const QByteArray message = QByteArray("dit-sync-confirm-id-v1") + '\0' + transcript + '\0' +
                               QByteArray::number(at.toMSecsSinceEpoch());
    const QByteArray tag = signDetached(signingKey, message).left(16);
    return QStringLiteral("confirmed:") + deviceId + QLatin1Char(':') +
           QString::fromLatin1(tag.toHex());
}

QJsonObject Envelope::seal(const PairKeys &keys, const QString &logicalId, int schema,
                           const QString &author, const QJsonObject &payload,
                           const SecretBytes &signingKey)
{
    const QString docId = keys.docId(logicalId);
    const QByteArray payloadBytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QByteArray signature =
        signDetached(signingKey, signedMessage(docId, logicalId, schema, author, payloadBytes));

    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("i"), logicalId},
                                                        {QStringLiteral("s"), schema},
                                                        {QStringLiteral("a"), author}})
                                  .toJson(QJsonDocument::Compact);
    const QByteArray headerNonce = aead::randomNonce();
    const QByteArray headerCt = aead::seal(keys.headerKey(), headerNonce, header, headerAd(docId));
    const QByteArray bodyNonce = aead::randomNonce();
    const QByteArray bodyCt = aead::seal(keys.recordKey(), bodyNonce, pad(signature + payloadBytes),
                                         bodyAd(logicalId, schema, author));

    QByteArray blob;
    blob.append(char(kVersion));
    blob.append(headerNonce);
    blob.append(char((headerCt.size() >> 8) & 0xff)).append(char(headerCt.size() & 0xff));
    blob.append(headerCt);
    blob.append(bodyNonce);
    blob.append(bodyCt);
    return {{kId, docId},
            {kRev, keys.revision(logicalId)},
            {kBlob, QString::fromLatin1(blob.toBase64())}};
}

QJsonObject Envelope::sealRecord(const PairKeys &keys, const Record &record, const QString &author,
                                 const SecretBytes &signingKey, qint64 number)
{
    return seal(keys, record.id, record.schema, author, recordPayload(record, number), signingKey);
}

QJsonObject Envelope::sealDevice(const PairKeys &keys, const QString &deviceId, Role role,
                                 const QByteArray &publicKey, const SecretBytes &signingKey)
{
    return seal(keys, deviceLogicalId(deviceId), 1, deviceId,
                {{QStringLiteral("t"), QStringLiteral("device")},
                 {QStringLiteral("role"), roleName(role)},
                 {QStringLiteral("key"), QString::fromLatin1(publicKey.toBase64())}},
                signingKey);
}

QJsonObject Envelope::sealConfirmed(const PairKeys &keys, const QString &deviceId,
                                    const QString &otherDevice, const QByteArray &transcript,
                                    const QDateTime &at, const SecretBytes &signingKey)
{
    return seal(keys, confirmedLogicalId(deviceId, transcript, at, signingKey), 1, deviceId,
                {{QStringLiteral("t"), QStringLiteral("confirmed")},
                 {QStringLiteral("of"), otherDevice},
                 {QStringLiteral("check"), QString::fromLatin1(transcript.toBase64())},
                 {QStringLiteral("at"), double(at.toMSecsSinceEpoch())}},
                signingKey);
}

QJsonObject Envelope::sealUnpaired(const PairKeys &keys, const QString &deviceId,
                                   const SecretBytes &signingKey)
{
    return seal(keys, unpairedLogicalId(keys, deviceId, signingKey), 1, deviceId,
                {{QStringLiteral("t"), QStringLiteral("unpaired")}}, signingKey);
}

OpenResult Envelope::open(const PairKeys &keys, const QJsonObject &doc,
                          const std::function<QByteArray(const QString &)> &publicKeyOf)
{
    OpenResult out;
    out.rejection = Rejection::Malformed;
    const QString docId = doc.value(kId).toString();
    const QString encoded = doc.value(kBlob).toString();
    if (docId.isEmpty() || encoded.isEmpty() || encoded.size() > kMaxEncodedBytes)
        return out;
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return out;
    const QByteArray &blob = decoded.decoded;
    constexpr int kFixed = 1 + aead::kNonceBytes + 2;
    if (blob.size() < kFixed)
        return out;
    if (blob.at(0) == char(1)) {
        out.rejection = Rejection::OldFormat;
        return out;
    }
    if (blob.at(0) != char(kVersion))
        return out;
    const int headerLen = (int(uchar(blob.at(1 + aead::kNonceBytes))) << 8) |
                          int(uchar(blob.at(2 + aead::kNonceBytes)));
    if (blob.size() < kFixed + headerLen + aead::kNonceBytes + aead::kTagBytes)
        return out;
    const QByteArray headerNonce = blob.mid(1, aead::kNonceBytes);
    const QByteArray headerCt = blob.mid(kFixed, headerLen);
    const QByteArray bodyNonce = blob.mid(kFixed + headerLen, aead::kNonceBytes);
    const QByteArray bodyCt = blob.mid(kFixed + headerLen + aead::kNonceBytes);

    out.rejection = Rejection::Authentication;
    auto header = aead::open(keys.headerKey(), headerNonce, headerCt, headerAd(docId));
    if (!header)
        return out;
    const QJsonObject h = QJsonDocument::fromJson(header.value()).object();
    const QString logicalId = h.value(QStringLiteral("i")).toString();
    const int schema = h.value(QStringLiteral("s")).toInt(-1);
    const QString author = h.value(QStringLiteral("a")).toString();
    if (logicalId.isEmpty() || schema < 1 || author.isEmpty()) {
        out.rejection = Rejection::Malformed;
        return out;
    }
    if (keys.docId(logicalId) != docId) {
        out.rejection = Rejection::WrongSlot;
        return out;
    }
    auto body = aead::open(keys.recordKey(), bodyNonce, bodyCt, bodyAd(logicalId, schema, author));
    if (!body)
        return out;
    out.rejection = Rejection::Malformed;
    const auto unpadded = unpad(body.value());
    if (!unpadded || unpadded->size() <= kSignatureBytes)
        return out;
    const QByteArray signature = unpadded->left(kSignatureBytes);
    const QByteArray payloadBytes = unpadded->mid(kSignatureBytes);
    QJsonParseError parseError{};
    const QJsonObject payload = QJsonDocument::fromJson(payloadBytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return out;

    Opened opened;
    opened.logicalId = logicalId;
    opened.schema = schema;
    opened.author = author;
    const QString type = payload.value(QStringLiteral("t")).toString();
    QByteArray publicKey;
    if (type == QStringLiteral("device")) {
        opened.type = EnvelopeType::Device;
        opened.devicePublicKey =
            QByteArray::fromBase64(payload.value(QStringLiteral("key")).toString().toLatin1());
        if (logicalId != deviceLogicalId(author) ||
            !roleFromName(payload.value(QStringLiteral("role")).toString(), &opened.role))
            return out;
        publicKey = opened.devicePublicKey;
    } else if (type == QStringLiteral("confirmed")) {
        opened.type = EnvelopeType::Confirmed;
        opened.confirmedDevice = payload.value(QStringLiteral("of")).toString();
        opened.transcript =
            QByteArray::fromBase64(payload.value(QStringLiteral("check")).toString().toLatin1());
        const QJsonValue at = payload.value(QStringLiteral("at"));
        opened.confirmedAt = QDateTime::fromMSecsSinceEpoch(at.toInteger(), Qt::UTC);
        const QString prefix = QStringLiteral("confirmed:") + author + QLatin1Char(':');
        if (!at.isDouble() || !logicalId.startsWith(prefix) ||
            logicalId.size() != prefix.size() + 32 || opened.confirmedDevice.isEmpty() ||
            opened.transcript.size() != 32)
            return out;
        publicKey = publicKeyOf(author);
    } else if (type == QStringLiteral("unpaired")) {
        opened.type = EnvelopeType::Unpaired;
        const QString prefix = QStringLiteral("unpaired:") + author + QLatin1Char(':');
        if (!logicalId.startsWith(prefix) || logicalId.size() != prefix.size() + 32)
            return out;
        publicKey = publicKeyOf(author);
    } else if (type == QStringLiteral("record")) {
        opened.type = EnvelopeType::Record;
        auto record = recordFrom(payload, logicalId, schema);
        const QJsonValue number = payload.value(QStringLiteral("n"));
        if (!record || !number.isDouble() || number.toInteger() < 1)
            return out;
        opened.record = *record;
        opened.number = number.toInteger();
        publicKey = publicKeyOf(author);
    } else {
        return out;
    }
    if (publicKey.isEmpty()) {
        out.rejection = Rejection::UnknownDevice;
        return out;
    }
    if (!verifyDetached(publicKey, signedMessage(docId, logicalId, schema, author, payloadBytes),
                        signature)) {
        out.rejection = Rejection::Signature;
        return out;
    }
    // The signer is the author: a record cannot be made in another device's name.
    if (opened.type == EnvelopeType::Record && opened.record.author != author) {
        out.rejection = Rejection::WrongAuthor;
        return out;
    }
    out.rejection = Rejection::None;
    out.opened = std::move(opened);
    return out;
}

} // namespace dit::sync
