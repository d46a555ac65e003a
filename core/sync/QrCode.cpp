#include "QrCode.h"

#include <QCoreApplication>
#include <qrencode.h>

namespace dit::sync {

Result<QrMatrix> qrEncode(const QString &text)
{
    // Case-sensitive off would upper-case; our codes are upper-case already, and libqrencode
    // picks the alphanumeric mode for them by itself.
    const QByteArray bytes = text.toUtf8();
    QRcode *code = QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Pairing", "The code is too long for a QR "
                                                                "code."));
    QrMatrix m;
    m.version = code->version;
    m.width = code->width;
    m.dark.reserve(qsizetype(m.width) * m.width);
    for (int i = 0; i < m.width * m.width; ++i)
        m.dark.append((code->data[i] & 1) != 0);
    QRcode_free(code);
    return m;
}

} // namespace dit::sync
