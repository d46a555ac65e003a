// The camera scanner is a plugin opened only when the pairing page asks for the camera
// (docs/PERFORMANCE.md, "Start-up"): nothing of Qt Multimedia is loaded before, and without
// the plugin the app says there is no camera instead of failing.
#include "qrscan/CameraLoader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dit::qrscan;

namespace {

bool multimediaLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return maps.readAll().contains("libQt6Multimedia.so");
}

} // namespace

class TestCameraLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensThePluginOnlyWhenTheCameraIsAskedFor()
    {
        CameraLoader camera(
            {QStringLiteral("/nonexistent"), QStringLiteral(DIT_QRSCAN_PLUGIN_DIR)});
        QVERIFY(!multimediaLoaded());
        QVERIFY(!camera.loaded());
        camera.stop(); // stopping a camera never started opens nothing
        QVERIFY(!camera.loaded());

        QSignalSpy changed(&camera, &CodeScanner::stateChanged);
        camera.refresh();
        QVERIFY(camera.loaded());
        QVERIFY(multimediaLoaded());
        if (camera.state() == CodeScanner::State::NoCamera) {
            // No camera here (CI, offscreen): the plugin's answer is passed on.
            QCOMPARE(changed.size(), 1);
            camera.start(nullptr);
            QCOMPARE(camera.state(), CodeScanner::State::NoCamera);
        } else {
            QCOMPARE(camera.state(), CodeScanner::State::Idle);
        }
        camera.stop();
    }

    void withoutThePluginThereIsNoCamera()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        QFile notAPlugin(empty.filePath(QStringLiteral(DIT_QRSCAN_PLUGIN_FILE)));
        QVERIFY(notAPlugin.open(QIODevice::WriteOnly));
        notAPlugin.write("not a library");
        notAPlugin.close();

        for (const QString &folder : {QStringLiteral("/nonexistent"), empty.path()}) {
            CameraLoader camera({folder});
            QSignalSpy found(&camera, &CodeScanner::found);
            camera.refresh();
            QVERIFY(!camera.loaded());
            QCOMPARE(camera.state(), CodeScanner::State::NoCamera);
            camera.start(nullptr);
            QCOMPARE(camera.state(), CodeScanner::State::NoCamera);
            camera.stop();
            QCOMPARE(found.size(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCameraLoader)
#include "tst_camera_loader.moc"
