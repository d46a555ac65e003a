// dit-bench-baseline: a bare Qt Quick Controls window, built with the same Qt and flags as
// dit-companion, for scripts/bench.sh to compare start-up time and memory with
// (docs/PERFORMANCE.md). With DIT_BENCH_PROBE set it reports its first frame and exits.
#include "FrameProbe.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.load(QUrl(
        QStringLiteral("qrc:/qt-project.org/imports/org/ditcompanion/benchbaseline/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    if (qEnvironmentVariableIsSet("DIT_BENCH_PROBE"))
        dit::probe::afterNextFrame(window, [](qint64 ns) {
            dit::probe::report("first-frame", ns);
            QCoreApplication::exit(0);
        });
    return app.exec();
}
