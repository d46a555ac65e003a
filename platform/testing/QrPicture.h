#pragma once

#include <QColor>
#include <QImage>
#include <QString>
#include <QVideoFrame>

namespace dit::qrscan {

// Pictures of QR codes for tests, drawn from core/sync/QrCode's modules as the tablet shows
// them (dark on light, a four-module quiet zone). Null if the text does not fit a code.
QImage qrPicture(const QString &text, int modulePixels, QColor dark = Qt::black,
                 QColor light = Qt::white);
// The picture as a camera frame in BGRA (as Qt's RGB camera formats arrive).
QVideoFrame frameOf(const QImage &picture);

} // namespace dit::qrscan
