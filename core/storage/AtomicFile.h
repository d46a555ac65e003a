#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace dit {

// The steps of an atomic replace, in order. A FaultInjector returning false at a step
// stops the write there, leaving the files exactly as a process killed at that moment would.
enum class WriteStep { TempCreated, TempWritten, TempSynced, Renamed, DirectorySynced };
using FaultInjector = std::function<bool(WriteStep)>;

// Writes `data` to `path` so that a reader sees either the old file or the whole new one:
// temporary file in the same folder, fsync, rename over, fsync the folder.
// A full disk gives ErrorCode::DiskFull and leaves the old file untouched.
Status writeFileAtomically(const QString &path, QByteArrayView data,
                           const FaultInjector &fault = {});

// Deletes temporary files a killed writeFileAtomically() may have left beside `path`.
void removeStaleTemporaries(const QString &path);

// Flushes a folder's entries (new, renamed or removed files) to disk.
bool syncDirectory(const QString &dir);

} // namespace dit
