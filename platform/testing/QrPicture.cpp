#include "QrPicture.h"

#include "sync/QrCode.h"

#include <QPainter>

#include <cstring>

namespace dit::qrscan {

QImage qrPicture(const QString &text, int modulePixels, QColor dark, QColor light)
{
    const auto matrix = sync::qrEncode(text);
    if (!matrix)
        return {};
    constexpr int kQuiet = 4;
    const int side = (matrix.value().width + 2 * kQuiet) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(light);
    QPainter painter(&image);
    for (int y = 0; y < matrix.value().width; ++y)
        for (int x = 0; x < matrix.value().width; ++x)
            if (matrix.value().at(x, y))
                painter.fillRect((kQuiet + x) * modulePixels, (kQuiet + y) * modulePixels,
                                 modulePixels, modulePixels, dark);
    return image;
}

QVideoFrame frameOf(const QImage &picture)
{
    const QImage argb = picture.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(argb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int rowBytes = argb.width() * 4;
    for (int y = 0; y < argb.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), argb.constScanLine(y),
                    size_t(rowBytes));
    frame.unmap();
    return frame;
}

} // namespace dit::qrscan
