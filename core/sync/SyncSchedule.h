#pragma once

#include "PairStore.h"

#include <QDateTime>
#include <QString>

namespace dit::sync {

// When the app's background sync runs next, and the status line it shows. Sync never
// blocks the UI: the app runs passes on a worker thread at these times.
namespace schedule {

constexpr int kSteadyMs = 5 * 60 * 1000;    // all well: a pass every five minutes
constexpr int kFirstRetryMs = 30 * 1000;    // after one failure
constexpr int kMaxRetryMs = 30 * 60 * 1000; // backoff stops growing here

// Delay before the next pass: steady when all is well; after failures, doubling from
// 30 seconds up to 30 minutes, spread by ±20% (`jitter` in [0, 1)) so that devices coming
// back online do not all retry at once.
int nextDelayMs(int consecutiveFailures, double jitter);
// Whether to keep trying at all: not after access was withdrawn or the pair ended (the
// person has to act), otherwise yes.
bool shouldRetry(const Pair &pair);

} // namespace schedule

// The status line for a pair, in plain words: when it last synced (local time) and, if the
// last pass failed, why. No plurals, so no translation plural forms are needed.
QString statusLine(const Pair &pair, const QDateTime &now);
// Said beside it on the patient's device (CLINICAL_SAFETY.md H7).
QString notMonitoredNote();

} // namespace dit::sync
