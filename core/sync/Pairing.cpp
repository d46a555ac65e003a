#include "Pairing.h"

#include "Base32.h"
#include "CouchDatabase.h"

#include <QCoreApplication>

namespace dit::sync {

namespace {

const QString kPrefix = QStringLiteral("DITC");
constexpr int kChecksumBytes = 2;
constexpr int kMaxUrlBytes = 200;

// CRC-16 (ISO 3309): catches every slip within 16 neighbouring bits, so every single
// wrong character (5 bits) and most swaps.
QByteArray checksum(const QByteArray &data)
{
    const quint16 crc = qChecksum(data);
    QByteArray out;
    out.append(char(crc >> 8)).append(char(crc & 0xff));
    return out;
}

Error bad(const char *why)
{
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("Pairing", why));
}

QByteArray binary(const PairingPayload &p)
{
    QByteArray data;
    data.append(char(PairingPayload::kFormat));
    data.append(p.pairKey.view());
    data.append(p.server.toString(QUrl::FullyEncoded).toUtf8());
    data.append(checksum(data));
    return data;
}

} // namespace

QString PairingPayload::compact() const
{
    QByteArray data = binary(*this);
    QString out = kPrefix + base32::encode(data);
    wipeBytes(data);
    return out;
}

QString PairingPayload::typed() const
{
    QString flat = compact();
    QString out = base32::grouped(flat, 4);
    wipeString(flat);
    return out;
}

Result<PairingPayload> PairingPayload::parse(const QString &text)
{
    QString flat = base32::withoutSeparators(text);
    if (!flat.startsWith(kPrefix, Qt::CaseInsensitive))
        return bad("This is not a DIT Companion pairing code.");
    auto data = base32::decode(flat.mid(kPrefix.size()));
    wipeString(flat);
    if (!data || data->size() < 1 + PairKeys::kKeyBytes + kChecksumBytes ||
        data->size() > 1 + PairKeys::kKeyBytes + kMaxUrlBytes + kChecksumBytes)
        return bad("The pairing code is incomplete or has a mistake. Please check it.");
    const QByteArray body = data->left(data->size() - kChecksumBytes);
    if (checksum(body) != data->right(kChecksumBytes))
        return bad("The pairing code is incomplete or has a mistake. Please check it.");
    if (body.at(0) != char(kFormat))
        return bad("This pairing code is from a newer version of DIT Companion.");
    PairingPayload p;
    p.pairKey = SecretBytes::copyOf(body.mid(1, PairKeys::kKeyBytes));
    p.server = QUrl(QString::fromUtf8(body.mid(1 + PairKeys::kKeyBytes)), QUrl::StrictMode);
    QByteArray wipeBody = body;
    wipeBytes(wipeBody);
    wipeBytes(*data);
    if (!CouchDatabase::addressAllowed(p.server))
        return bad("The sync server in this code does not use https. Only https is allowed "
                   "(or this computer itself, for testing).");
    return p;
}

Result<PairingPayload> parseSlot(QString &text)
{
    auto slot = PairingPayload::parse(text);
    wipeString(text);
    return slot;
}

Result<Pair> addPair(PairStore &pairs, const PairingPayload &payload, const QString &subject,
                     const QString &label)
{
    if (!CouchDatabase::addressAllowed(payload.server))
        return bad("The sync server must use https.");
    auto existing = pairs.pairs();
    if (!existing)
        return existing.error();
    for (const Pair &p : existing.value())
        if (p.state == Pair::State::Active && p.subject == subject)
            return makeError(ErrorCode::AlreadyExists,
                             QCoreApplication::translate(
                                 "Pairing", "This is already paired. Unpair first to pair again."));
    return pairs.add(payload.server.toString(), payload.pairKey, subject, label);
}

Result<PairConfirmation> pairConfirmation(PairStore &pairs, const QString &pairId)
{
    PairConfirmation c;
    auto others = pairs.otherDevices(pairId);
    if (!others)
        return others.error();
    if (others.value().isEmpty())
        return c;
    auto pair = pairs.get(pairId);
    auto key = pairs.pairKey(pairId);
    auto mine = pairs.deviceKey();
    if (!pair)
        return pair.error();
    if (!key)
        return key.error();
    if (!mine)
        return mine.error();
    c.otherDevice = others.value().first(); // a pair has one other device (Replicator)
    const std::optional<Role> role = pairs.deviceRole(pairId, c.otherDevice);
    if (!role)
        return c; // announced by an older version: never confirmed (olderVersion)
    c.otherRole = *role;
    const QByteArray theirs = pairs.devicePublicKey(pairId, c.otherDevice);
    const QByteArray &ours = mine.value().publicKey;
    const bool weAreTherapist = *role == Role::Patient;
    c.checkWords = PairKeys(key.value())
                       .checkWords(pair.value().serverUrl, weAreTherapist ? ours : theirs,
                                   weAreTherapist ? theirs : ours);
    key.value().wipe();
    c.confirmedAt = pairs.confirmedAt(pairId, c.otherDevice);
    c.otherConfirmedAt = pairs.peerConfirmedAt(pairId, c.otherDevice);
    return c;
}

Status confirmPair(PairStore &pairs, const QString &pairId)
{
    auto c = pairConfirmation(pairs, pairId);
    if (!c)
        return c.error();
    if (c.value().checkWords.isEmpty())
        return bad("The other device has not joined yet.");
    return pairs.confirmDevice(pairId, c.value().otherDevice, pairs.store().clock().now());
}

} // namespace dit::sync
