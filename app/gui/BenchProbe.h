#pragma once

class QQmlApplicationEngine;
class QQuickWindow;

namespace dit {

// Test builds only (DIT_TEST_HOOKS; never in release). For scripts/bench.sh
// (docs/PERFORMANCE.md), DIT_BENCH_PROBE makes the app report on stdout and exit:
//   first-frame  the first frame (the lock screen, or whatever the options open)
//   unlock       then reads a passphrase line from stdin, times the KDF alone with the key
//                file's parameters, unlocks through Session as the lock page does and times
//                it to the first frame of the home screen (and to the store being open,
//                "opened": from there on it is the app's own work); with DIT_BENCH_PAGE=NAME it
//                then opens that page (as --page does) and times it to its first frame.
// Lines: "first-frame|home|page-frame ns=.. hwm_kb=.. rss_kb=.." and "kdf|opened|unlock|page
// ms=..".
void startBenchProbe(QQmlApplicationEngine &engine, QQuickWindow *window);

} // namespace dit
