// dit-bench-baseline: a bare Qt Quick Controls window, built with the same Qt and flags as
// dit-companion, for scripts/bench.sh to compare start-up time and memory with
// (docs/PERFORMANCE.md). With DIT_BENCH_PROBE set it reports its first frame and exits.
// Built a second time as dit-bench-baseline-widgets, a QApplication as the app must be (Qt
// Charts draws through Qt Widgets' graphics scene), to show what part of the gap that is.
#include "FrameProbe.h"

#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#ifdef DIT_BASELINE_WIDGETS
#include <QApplication>
using Application = QApplication;
#else
#include <QGuiApplication>
using Application = QGuiApplication;
#endif

int main(int argc, char **argv)
{
    Application app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral(DIT_BASELINE_QML)));
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
