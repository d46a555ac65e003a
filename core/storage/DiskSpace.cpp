#include "DiskSpace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sys/statvfs.h>

namespace dit {

namespace {
// Below this much free space an I/O failure is taken to be a full disk: SQLite grows its
// files by tens of KiB at a time, and nothing else fails that way on a healthy disk.
constexpr qint64 kNearlyFullBytes = qint64(1024) * 1024;
} // namespace

qint64 freeBytes(const QString &path)
{
    QFileInfo info(path);
    // The nearest folder that exists: a file not yet made is measured by its folder.
    QString probe = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(probe) && probe.size() > 1)
        probe = QFileInfo(probe).absolutePath();
    struct statvfs st
    {};
    if (::statvfs(QFile::encodeName(probe).constData(), &st) != 0)
        return -1;
    return qint64(st.f_bavail) * qint64(st.f_frsize);
}

Error diskFullError()
{
    return makeError(ErrorCode::DiskFull,
                     QCoreApplication::translate(
                         "Storage", "There is not enough free space on this device to save. "
                                    "Nothing was changed."));
}

Error explainIfDiskFull(const Error &error, const QString &path)
{
    if (error.code != ErrorCode::Io && error.code != ErrorCode::Internal)
        return error;
    const qint64 free = freeBytes(path);
    if (free >= 0 && free < kNearlyFullBytes)
        return diskFullError();
    return error;
}

} // namespace dit
