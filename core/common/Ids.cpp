#include "Ids.h"

#include "crypto/Sodium.h"

#include <QByteArray>

#include <sodium.h>

namespace dit {

QString newRandomId()
{
    ensureSodium();
    QByteArray bytes(16, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(bytes.toHex());
}

bool isValidId(const QString &id)
{
    if (id.size() != 32)
        return false;
    for (const QChar c : id) {
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        if (!hex)
            return false;
    }
    return true;
}

} // namespace dit
