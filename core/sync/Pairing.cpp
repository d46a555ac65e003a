#include "Pairing.h"

#include "CouchDatabase.h"

#include <QCoreApplication>

namespace dit::sync {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford
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

QString base32(const QByteArray &data)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | uchar(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<QByteArray> unbase32(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        c = c.toUpper();
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        const char *at = std::strchr(kAlphabet, c.toLatin1());
        if (c.unicode() > 127 || !at || !*at)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(at - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    // Strict: the leftover bits are zero padding, so each text has one meaning.
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
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
    QString out = kPrefix + base32(data);
    wipeBytes(data);
    return out;
}

QString PairingPayload::typed() const
{
    QString flat = compact();
    QString out;
    for (int i = 0; i < flat.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char('-');
        out += flat.mid(i, 4);
    }
    wipeString(flat);
    return out;
}

Result<PairingPayload> PairingPayload::parse(const QString &text)
{
    QString flat;
    for (const QChar c : text)
        if (!c.isSpace() && c != u'-')
            flat += c;
    if (!flat.startsWith(kPrefix, Qt::CaseInsensitive))
        return bad("This is not a DIT Companion pairing code.");
    auto data = unbase32(flat.mid(kPrefix.size()));
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

} // namespace dit::sync
