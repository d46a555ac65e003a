// Scanning the pairing code (docs/SYNC.md, "Scanning"), without a camera: pictures of our
// own QR codes (core/sync/QrCode, as the tablet draws them) at several sizes, turned, noisy,
// blurred, faint and inverted, as images and as camera frames in the usual formats, read
// back to exactly the code's text; pictures without a code give nothing; a code that is not
// a pairing code is read but refused by the pairing parser. Then the frame scanner's rate
// limit and stop, and the camera adapter where there is no camera.
#include "TestSupport.h"
#include "qrscan/CameraScanner.h"
#include "qrscan/FrameScanner.h"
#include "qrscan/QrDecoder.h"
#include "sync/Pairing.h"
#include "testing/QrPicture.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cstring>

using namespace dit;
using namespace dit::qrscan;

namespace {

QString pairingCode()
{
    sync::PairingPayload p;
    p.server = QUrl(QStringLiteral("https://sync.example-clinic.org:6984"));
    p.pairKey = sync::PairKeys::newPairKey();
    return p.compact();
}

// The code as a camera sees it: small in a larger grey scene, off centre.
QImage inScene(const QImage &code, QColor background = QColor(150, 150, 150))
{
    QImage scene(640, 480, QImage::Format_RGB32);
    scene.fill(background);
    QPainter(&scene).drawImage(170, 60, code);
    return scene;
}

QImage turned(const QImage &image, qreal degrees)
{
    QImage out = image.transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
    QImage scene(out.size(), QImage::Format_RGB32);
    scene.fill(QColor(150, 150, 150)); // the corners a turn uncovers
    QPainter(&scene).drawImage(0, 0, out);
    return scene;
}

QImage noisy(QImage image, int amplitude)
{
    QRandomGenerator random(7);
    image = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = uchar(qBound(0, line[x] + random.bounded(-amplitude, amplitude + 1), 255));
    }
    return image;
}

QImage blurred(const QImage &image, int passes)
{
    QImage in = image.convertToFormat(QImage::Format_Grayscale8);
    for (int p = 0; p < passes; ++p) {
        QImage out = in.copy();
        for (int y = 1; y < in.height() - 1; ++y)
            for (int x = 1; x < in.width() - 1; ++x) {
                int sum = 0;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        sum += in.constScanLine(y + dy)[x + dx];
                out.scanLine(y)[x] = uchar(sum / 9);
            }
        in = out;
    }
    return in;
}

// Camera frames in the planar and packed YUV formats, brightness from the picture.
QVideoFrame yuvFrame(const QImage &picture, QVideoFrameFormat::PixelFormat format)
{
    const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame frame(QVideoFrameFormat(gray.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int plane = 0; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane)));
    for (int y = 0; y < gray.height(); ++y) {
        uchar *line = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0);
        const uchar *in = gray.constScanLine(y);
        if (format == QVideoFrameFormat::Format_YUYV)
            for (int x = 0; x < gray.width(); ++x)
                line[2 * qsizetype(x)] = in[x];
        else
            std::memcpy(line, in, size_t(gray.width()));
    }
    frame.unmap();
    return frame;
}

} // namespace

class TestQrDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsItsOwnCodeAtEverySize()
    {
        const QString code = pairingCode();
        for (const int modulePixels : {2, 3, 5, 8}) {
            const QImage picture = qrPicture(code, modulePixels);
            QVERIFY(!picture.isNull());
            QCOMPARE(decodeQr(picture), std::optional<QString>(code));
        }
    }

    void readsTheTypedFormToo()
    {
        const QString typed = [] {
            sync::PairingPayload p;
            p.server = QUrl(QStringLiteral("https://sync.example.org"));
            p.pairKey = sync::PairKeys::newPairKey();
            return p.typed();
        }();
        QCOMPARE(decodeQr(qrPicture(typed, 4)), std::optional<QString>(typed));
    }

    void readsItAsACameraWould_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"scene", "turned 90", "turned 180", "turned 17", "noise", "blur",
                                 "faint", "inverted", "faint and noisy"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void readsItAsACameraWould()
    {
        QFETCH(QString, kind);
        const QString code = pairingCode();
        QImage picture;
        if (kind == QLatin1String("scene"))
            picture = inScene(qrPicture(code, 4));
        else if (kind.startsWith(QLatin1String("turned")))
            picture = turned(inScene(qrPicture(code, 4)), kind.mid(7).toInt());
        else if (kind == QLatin1String("noise"))
            picture = noisy(inScene(qrPicture(code, 4)), 60);
        else if (kind == QLatin1String("blur"))
            picture = blurred(inScene(qrPicture(code, 5)), 2);
        else if (kind == QLatin1String("faint")) // 40 grey levels apart, as in a dim room
            picture = inScene(qrPicture(code, 4, QColor(110, 110, 110), QColor(150, 150, 150)),
                              QColor(130, 130, 130));
        else if (kind == QLatin1String("inverted")) // a tablet with inverted colours
            picture = inScene(qrPicture(code, 4, Qt::white, Qt::black), QColor(40, 40, 40));
        else if (kind == QLatin1String("faint and noisy"))
            picture =
                noisy(inScene(qrPicture(code, 4, QColor(90, 90, 90), QColor(170, 170, 170))), 15);
        QVERIFY(!picture.isNull());
        QCOMPARE(decodeQr(picture), std::optional<QString>(code));
    }

    void readsCameraFrames_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12);
        QTest::newRow("YUV420P") << int(QVideoFrameFormat::Format_YUV420P);
        QTest::newRow("YUYV") << int(QVideoFrameFormat::Format_YUYV);
        QTest::newRow("BGRA8888") << int(-1);
    }

    void readsCameraFrames()
    {
        QFETCH(int, format);
        const QString code = pairingCode();
        const QImage picture = inScene(qrPicture(code, 4));
        const QVideoFrame frame = format < 0
                                      ? frameOf(picture)
                                      : yuvFrame(picture, QVideoFrameFormat::PixelFormat(format));
        QVERIFY(frame.isValid());
        QCOMPARE(decodeQr(frame), std::optional<QString>(code));
        // The frame is only read: it can be shown (mapped) again afterwards.
        QVideoFrame again = frame;
        QVERIFY(again.map(QVideoFrame::ReadOnly));
        again.unmap();
    }

    void findsNothingWhereThereIsNoCode()
    {
        QImage blank(640, 480, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QCOMPARE(decodeQr(blank), std::nullopt);
        QCOMPARE(decodeQr(noisy(blank, 120)), std::nullopt);
        QImage shapes = blank.copy();
        QPainter painter(&shapes);
        for (int i = 0; i < 12; ++i)
            painter.fillRect(20 + i * 50, 40 + (i % 3) * 120, 30, 80, Qt::black);
        painter.end();
        QCOMPARE(decodeQr(shapes), std::nullopt);
        QCOMPARE(decodeQr(QImage()), std::nullopt);
        QCOMPARE(decodeQr(QVideoFrame()), std::nullopt);
        QCOMPARE(decodeQr(QImage(8, 8, QImage::Format_RGB32)), std::nullopt);
    }

    void aCodeThatIsNotAPairingCodeIsReadThenRefused()
    {
        const QString other = QStringLiteral("https://example.org/menu?table=4");
        const auto text = decodeQr(inScene(qrPicture(other, 4)));
        QCOMPARE(text, std::optional<QString>(other));
        const auto parsed = sync::PairingPayload::parse(*text);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void frameScannerLooksAtFewFramesAndStopsAtTheFirstCode()
    {
        const QVideoFrame empty = frameOf(inScene(QImage(1, 1, QImage::Format_RGB32)));
        const QString code = pairingCode();
        const QVideoFrame withCode = frameOf(inScene(qrPicture(code, 4)));
        FrameScanner scanner;
        scanner.setInterval(std::chrono::milliseconds(300));
        QSignalSpy found(&scanner, &FrameScanner::found);

        scanner.offer(withCode); // not started: ignored
        QCOMPARE(scanner.framesLooked(), 0);
        scanner.start();
        for (int i = 0; i < 30; ++i) // a camera's second of frames, at once
            scanner.offer(empty);
        QCOMPARE(scanner.framesLooked(), 1);
        QTest::qWait(50);
        scanner.offer(withCode); // still within the interval: dropped
        QCOMPARE(scanner.framesLooked(), 1);
        QTest::qWait(400);
        QCOMPARE(found.size(), 0);
        scanner.offer(withCode);
        QCOMPARE(scanner.framesLooked(), 2);
        QVERIFY(found.wait(5000));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).at(0).toString(), code);
        QVERIFY(!scanner.isActive());
        QTest::qWait(400);
        scanner.offer(withCode); // after the first code: nothing more is looked at
        QCOMPARE(scanner.framesLooked(), 2);
        QCOMPARE(found.size(), 1);
    }

    void aDecodeUnderWayWhenStoppedIsDropped()
    {
        const QVideoFrame withCode = frameOf(inScene(qrPicture(pairingCode(), 4)));
        FrameScanner scanner;
        QSignalSpy found(&scanner, &FrameScanner::found);
        scanner.start();
        scanner.offer(withCode);
        QCOMPARE(scanner.framesLooked(), 1);
        scanner.stop();
        QTest::qWait(1000);
        QCOMPARE(found.size(), 0);
    }

    void withoutACameraTheAdapterSaysSo()
    {
        if (!QMediaDevices::videoInputs().isEmpty())
            QSKIP("this machine has a camera; the no-camera path is checked where there is "
                  "none (CI, offscreen runs)");
        CameraScanner scanner;
        QSignalSpy found(&scanner, &CodeScanner::found);
        scanner.refresh();
        QCOMPARE(scanner.state(), CodeScanner::State::NoCamera);
        scanner.start(nullptr);
        QCOMPARE(scanner.state(), CodeScanner::State::NoCamera);
        scanner.stop();
        QCOMPARE(scanner.state(), CodeScanner::State::NoCamera);
        QCOMPARE(found.size(), 0);
    }
};

QTEST_MAIN(TestQrDecoder)
#include "tst_qr_decoder.moc"
