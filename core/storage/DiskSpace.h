#pragma once

#include "common/Result.h"

#include <QString>

namespace dit {

// Bytes this process may still write on the filesystem holding `path` (a file or folder),
// or -1 if that cannot be told.
qint64 freeBytes(const QString &path);

// The message every "disk full" failure gives: plain words and the promise that nothing
// was changed (each caller makes sure it is true).
Error diskFullError();

// SQLite 3.15 reports a full disk met while growing its -wal or -shm file as a plain I/O
// error (it has no sqlite3_system_errno yet). When the filesystem holding `path` is nearly
// full, such an I/O failure is a full disk, and the person is told so.
Error explainIfDiskFull(const Error &error, const QString &path);

} // namespace dit
