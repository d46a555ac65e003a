#include "Base32.h"

#include <cstring>

namespace dit::sync::base32 {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford
}

QChar symbol(int value)
{
    return QLatin1Char(kAlphabet[value & 31]);
}

std::optional<int> value(QChar c)
{
    c = c.toUpper();
    if (c == u'O')
        c = u'0';
    else if (c == u'I' || c == u'L')
        c = u'1';
    if (c.unicode() > 127 || c.unicode() == 0)
        return std::nullopt;
    const char *at = std::strchr(kAlphabet, c.toLatin1());
    if (!at)
        return std::nullopt;
    return int(at - kAlphabet);
}

QString withoutSeparators(const QString &text)
{
    QString flat;
    for (const QChar c : text)
        if (!c.isSpace() && c != u'-')
            flat += c;
    return flat;
}

QString encode(const QByteArray &data)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | uchar(c);
        bits += 8;
        while (bits >= 5) {
            out += symbol(int(buffer >> (bits - 5)));
            bits -= 5;
        }
    }
    if (bits > 0)
        out += symbol(int(buffer << (5 - bits)));
    return out;
}

std::optional<QByteArray> decode(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const auto v = value(c);
        if (!v)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(*v);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

QString grouped(const QString &flat, int group)
{
    QString out;
    for (qsizetype i = 0; i < flat.size(); i += group) {
        if (i > 0)
            out += QLatin1Char('-');
        out += flat.mid(i, group);
    }
    return out;
}

} // namespace dit::sync::base32
