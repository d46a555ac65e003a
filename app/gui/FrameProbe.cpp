#include "FrameProbe.h"

#include <QFile>
#include <QMetaObject>
#include <QQuickWindow>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <memory>
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define DIT_PROBE_CALLGRIND 1
#endif

namespace dit::probe {

namespace {

qint64 statusKb(const QByteArray &status, const char *key)
{
    const qsizetype at = status.indexOf(key);
    if (at < 0)
        return -1;
    const qsizetype end = status.indexOf('\n', at);
    const auto keyLength = qsizetype(qstrlen(key));
    return status.mid(at + keyLength, end - at - keyLength)
        .trimmed()
        .split(' ')
        .value(0)
        .toLongLong();
}

} // namespace

qint64 monotonicNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

void report(const char *what, qint64 ns)
{
#ifdef DIT_PROBE_CALLGRIND
    // Under `valgrind --tool=callgrind` (scripts/bench.sh's instruction count): start-up alone
    // is counted to the first frame, not the exit after it; with the unlock probe the count
    // starts again at the lock screen's first frame, so it is what follows (docs/PERFORMANCE.md).
    // Outside valgrind these are a few instructions that do nothing.
    if (qstrcmp(what, "first-frame") == 0) {
        if (qgetenv("DIT_BENCH_PROBE") == "first-frame")
            CALLGRIND_STOP_INSTRUMENTATION;
        else
            CALLGRIND_ZERO_STATS;
    }
#endif
    QFile f(QStringLiteral("/proc/self/status"));
    const QByteArray status = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    std::printf("%s ns=%lld hwm_kb=%lld rss_kb=%lld\n", what, static_cast<long long>(ns),
                static_cast<long long>(statusKb(status, "VmHWM:")),
                static_cast<long long>(statusKb(status, "VmRSS:")));
    std::fflush(stdout);
}

void reportValue(const char *what, double ms)
{
    std::printf("%s ms=%.3f\n", what, ms);
    std::fflush(stdout);
}

void afterNextFrame(QQuickWindow *window, std::function<void(qint64 ns)> then)
{
    // Both signals may come from the render thread: record there, report on the GUI thread.
    struct State
    {
        std::atomic<int> stage{0}; // 0 waiting for a sync, 1 waiting for the swap, 2 done
        QMetaObject::Connection sync, swap;
    };
    auto state = std::make_shared<State>();
    state->sync = QObject::connect(
        window, &QQuickWindow::afterSynchronizing, window,
        [state] {
            int expected = 0;
            state->stage.compare_exchange_strong(expected, 1);
        },
        Qt::DirectConnection);
    state->swap = QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [state, window, then = std::move(then)] {
            int expected = 1;
            if (!state->stage.compare_exchange_strong(expected, 2))
                return;
            const qint64 ns = monotonicNs();
            QObject::disconnect(state->sync);
            QObject::disconnect(state->swap);
            QMetaObject::invokeMethod(
                window, [then, ns] { then(ns); }, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    window->update();
}

} // namespace dit::probe
