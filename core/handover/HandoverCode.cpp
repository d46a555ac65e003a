#include "HandoverCode.h"

#include "crypto/Sodium.h"

#include <cstring>
#include <sodium.h>

namespace dit::handover {

SecretBytes newCode()
{
    ensureSodium();
    SecretBytes code(kCodeLength);
    for (int i = 0; i < kCodeLength; ++i)
        code.data()[i] = static_cast<unsigned char>(kAlphabet[randombytes_uniform(32)]);
    return code;
}

QString grouped(const SecretBytes &code)
{
    QString out;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(static_cast<char>(code.data()[i]));
    }
    return out;
}

std::optional<SecretBytes> normalised(QString &typed)
{
    SecretBytes out(kCodeLength);
    std::size_t n = 0;
    bool ok = true;
    for (const QChar c : std::as_const(typed)) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        char u = c.toUpper().toLatin1();
        if (u == 'O')
            u = '0';
        else if (u == 'I' || u == 'L')
            u = '1';
        if (u == 0 || !std::strchr(kAlphabet, u) || n >= std::size_t(kCodeLength)) {
            ok = false;
            break;
        }
        out.data()[n++] = static_cast<unsigned char>(u);
    }
    wipeString(typed);
    if (!ok || n != std::size_t(kCodeLength))
        return std::nullopt;
    return out;
}

} // namespace dit::handover
