#pragma once

#include <QtGlobal>

#include <functional>

class QQuickWindow;

namespace dit::probe {

// Timing probes for scripts/bench.sh (docs/PERFORMANCE.md). Compiled into dit-companion only
// with DIT_TEST_HOOKS, and into the baseline window. Each report is one line on stdout:
// `<what> ns=<CLOCK_MONOTONIC> hwm_kb=<VmHWM> rss_kb=<VmRSS>`, flushed at once.

qint64 monotonicNs();
void report(const char *what, qint64 ns);
void reportValue(const char *what, double ms);

// Calls `then` (on the GUI thread) with the time the first frame was swapped that shows
// what the scene held when this was called: it waits for the next scene synchronisation,
// then for the swap after it, so a frame already being rendered is not counted.
void afterNextFrame(QQuickWindow *window, std::function<void(qint64 ns)> then);

} // namespace dit::probe
