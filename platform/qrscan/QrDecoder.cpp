#include "QrDecoder.h"

#include <QImage>
#include <QVideoFrame>

#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <array>

namespace dit::qrscan {

namespace {

std::optional<QString> readGray(const QImage &gray)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setMaxNumberOfSymbols(1);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    std::string text = result.text();
    QString out = QString::fromStdString(text);
    std::fill(text.begin(), text.end(), '\0');
    return out;
}

// The grey levels stretched so that the darkest and lightest percent become black and
// white: a dim room or a screen turned down leaves little between the modules.
QImage stretched(const QImage &gray)
{
    std::array<qsizetype, 256> histogram{};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ++histogram[line[x]];
    }
    const qsizetype cut = qsizetype(gray.width()) * gray.height() / 100;
    int low = 0;
    for (qsizetype seen = 0; low < 255 && (seen += histogram[size_t(low)]) <= cut;)
        ++low;
    int high = 255;
    for (qsizetype seen = 0; high > 0 && (seen += histogram[size_t(high)]) <= cut;)
        --high;
    if (high - low < 8) // flat: nothing to find
        return {};
    std::array<uchar, 256> map{};
    for (int v = 0; v < 256; ++v)
        map[size_t(v)] = uchar(qBound(0, (v - low) * 255 / (high - low), 255));
    QImage out(gray.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *in = gray.constScanLine(y);
        uchar *line = out.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            line[x] = map[in[x]];
    }
    return out;
}

// Tries the picture as it is, then with more contrast, then inverted: a screen with
// inverted colours (an accessibility setting on many tablets) shows the code light on dark,
// and zxing-cpp 1.4 reads only dark on light.
std::optional<QString> readGrayEveryWay(const QImage &gray)
{
    if (gray.isNull() || gray.width() < 21 || gray.height() < 21)
        return std::nullopt;
    if (auto text = readGray(gray))
        return text;
    QImage clear = stretched(gray);
    if (clear.isNull())
        return std::nullopt;
    if (auto text = readGray(clear))
        return text;
    clear.invertPixels();
    return readGray(clear);
}

bool lumaFirstPlane(QVideoFrameFormat::PixelFormat f)
{
    switch (f) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return true;
    default:
        return false;
    }
}

// The brightness of a mapped frame as an 8-bit grey picture, without colour conversion
// where the frame has a luma plane (most camera formats). Null if the format is not one of
// these; the caller then lets Qt convert the frame.
QImage grayOfMapped(const QVideoFrame &frame)
{
    const auto format = frame.pixelFormat();
    const int w = frame.width();
    const int h = frame.height();
    if (lumaFirstPlane(format))
        return QImage(frame.bits(0), w, h, frame.bytesPerLine(0), QImage::Format_Grayscale8).copy();
    if (format == QVideoFrameFormat::Format_YUYV || format == QVideoFrameFormat::Format_UYVY) {
        const int offset = format == QVideoFrameFormat::Format_YUYV ? 0 : 1;
        QImage gray(w, h, QImage::Format_Grayscale8);
        for (int y = 0; y < h; ++y) {
            const uchar *in = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0) + offset;
            uchar *out = gray.scanLine(y);
            for (int x = 0; x < w; ++x)
                out[x] = in[2 * qsizetype(x)];
        }
        return gray;
    }
    const QImage::Format imageFormat = QVideoFrameFormat::imageFormatFromPixelFormat(format);
    if (imageFormat != QImage::Format_Invalid)
        return QImage(frame.bits(0), w, h, frame.bytesPerLine(0), imageFormat)
            .convertToFormat(QImage::Format_Grayscale8);
    return {};
}

} // namespace

std::optional<QString> decodeQr(const QImage &image)
{
    if (image.isNull())
        return std::nullopt;
    return readGrayEveryWay(image.convertToFormat(QImage::Format_Grayscale8));
}

std::optional<QString> decodeQr(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return std::nullopt;
    QVideoFrame mapped = frame; // map() changes the frame object; the caller's stays as it was
    QImage gray;
    if (mapped.map(QVideoFrame::ReadOnly)) {
        gray = grayOfMapped(mapped);
        mapped.unmap();
    }
    if (gray.isNull()) // compressed or GPU frames: Qt converts them
        return decodeQr(frame.toImage());
    return readGrayEveryWay(gray);
}

} // namespace dit::qrscan
