#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace dit {

// Files that come from outside the app (a service folder, a letter to import, a backup, the key
// file) are read only when they are regular files (after following links): a named pipe or a
// device is refused at once instead of hanging or reading without end (docs/SECURITY.md).
// Qt resource paths (":/…") are read as they are: they are part of the program.

// The whole file, refused when it is larger than `maxBytes` (checked before reading).
Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes);

// Opens `file` on `path` for reading in a stream, refusing anything but a regular file.
Status openRegularFile(QFile &file, const QString &path);

} // namespace dit
