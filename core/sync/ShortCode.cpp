#include "ShortCode.h"

#include "Base32.h"

#include <QCoreApplication>

#include <sodium.h>

namespace dit::sync {

namespace {

// CRC-5 with generator x^5 + x^2 + 1 over the symbols' 5-bit values, most significant bit
// first: every error confined to 5 neighbouring bits (one symbol) changes it.
int crc5(QByteArrayView symbols)
{
    unsigned crc = 0;
    for (const char s : symbols) {
        const int v = *base32::value(QLatin1Char(s));
        for (int bit = 4; bit >= 0; --bit) {
            const unsigned top = (crc >> 4) & 1u;
            crc = (crc << 1) & 31u;
            if (top ^ ((unsigned(v) >> bit) & 1u))
                crc ^= 0x05u;
        }
    }
    return int(crc);
}

Error bad()
{
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate(
                         "Pairing", "The short code has a mistake. Check it and type it again."));
}

} // namespace

ShortCode ShortCode::generate()
{
    ShortCode code;
    code.m_symbols = SecretBytes(kSymbols);
    for (int i = 0; i < kSymbols; ++i)
        code.m_symbols.data()[i] = uchar(base32::symbol(int(randombytes_uniform(32))).toLatin1());
    return code;
}

bool ShortCode::isShortForm(const QString &text)
{
    QString flat = base32::withoutSeparators(text);
    const bool shortForm = flat.size() == kSymbols + 1;
    wipeString(flat);
    return shortForm;
}

Result<ShortCode> ShortCode::parse(const QString &text)
{
    QString flat = base32::withoutSeparators(text);
    if (flat.size() != kSymbols + 1) {
        wipeString(flat);
        return bad();
    }
    ShortCode code;
    code.m_symbols = SecretBytes(kSymbols);
    bool ok = true;
    int check = -1;
    for (int i = 0; i <= kSymbols; ++i) {
        const auto v = base32::value(flat.at(i));
        if (!v) {
            ok = false;
            break;
        }
        if (i < kSymbols)
            code.m_symbols.data()[i] = uchar(base32::symbol(*v).toLatin1());
        else
            check = *v;
    }
    wipeString(flat);
    if (!ok || crc5(code.m_symbols.view()) != check)
        return bad();
    return code;
}

QString ShortCode::typed() const
{
    QString flat = QString::fromLatin1(m_symbols.view()) + base32::symbol(crc5(m_symbols.view()));
    QString out = base32::grouped(flat, 4);
    wipeString(flat);
    return out;
}

} // namespace dit::sync
