#pragma once

#include "common/Clock.h"
#include "storage/Store.h"

#include <QString>

#include <memory>

namespace dit::bench {

// DIT_BENCH_SMOKE=1 (the smoke tests): tiny sizes, so a run takes a moment.
bool smoke();
// `full` normally, `small` in a smoke run.
int scaled(int full, int small);
// Where benchmark data goes: DIT_BENCH_DIR, or ./bench-data. On a real disk, not a tmpfs,
// or fsync costs nothing and the durable-write figures mean nothing (scripts/bench.sh).
QString dataDir();
// An empty folder `name` under dataDir() (removed first if it was there).
QString freshDir(const QString &name);

// The passphrase every benchmark profile is made with.
SecretBytes passphrase();

// A store in `dir`, through the same Database, RecordStore and Settings code: encrypted (a
// real profile, SQLCipher, test KDF parameters) or plain SQLite (Database::open with an
// empty key): the unencrypted baseline.
std::unique_ptr<Store> newStore(const QString &dir, bool encrypted, const Clock &clock);

// A profile in `dir` holding `weeks` weekly forms (demo::fillHistory), made once and
// reused; `fastKdf` picks the test KDF parameters instead of the recommended ones.
QString historyProfile(const QString &name, int weeks, bool fastKdf);
// A therapist's profile in `dir` with `patients` invented patients (demo::fillCaseload, seed
// 1), made once and reused; test KDF parameters.
QString caseloadProfile(const QString &name, int patients);

} // namespace dit::bench
