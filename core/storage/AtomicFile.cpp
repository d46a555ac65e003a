#include "AtomicFile.h"

#include "common/Ids.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace dit {

namespace {

QString tempPrefix(const QString &path)
{
    const QFileInfo info(path);
    return QStringLiteral(".") + info.fileName() + QStringLiteral(".tmp-");
}

Error ioError(int err, const QString &what)
{
    if (err == ENOSPC || err == EDQUOT)
        return makeError(ErrorCode::DiskFull,
                         QCoreApplication::translate(
                             "Storage", "There is not enough free space on this device to save. "
                                        "Nothing was changed."));
    return makeError(ErrorCode::Io, what);
}

bool writeAll(int fd, QByteArrayView data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, static_cast<size_t>(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

bool syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Status writeFileAtomically(const QString &path, QByteArrayView data, const FaultInjector &fault)
{
    const auto stopAt = [&](WriteStep step) {
        return fault && !fault(step);
    };
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    const QString temp = dir + QLatin1Char('/') + tempPrefix(path) + newRandomId();
    const QByteArray tempName = QFile::encodeName(temp);

    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(errno, QCoreApplication::translate(
                                  "Storage", "Could not create a file in the profile folder."));
    if (stopAt(WriteStep::TempCreated)) {
        ::close(fd);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Storage", "Write interrupted (test fault)."));
    }
    if (!writeAll(fd, data)) {
        const int err = errno;
        ::close(fd);
        ::unlink(tempName.constData());
        return ioError(err, QCoreApplication::translate(
                                "Storage", "Could not write a file in the profile folder."));
    }
    if (stopAt(WriteStep::TempWritten)) {
        ::close(fd);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Storage", "Write interrupted (test fault)."));
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tempName.constData());
        return ioError(err,
                       QCoreApplication::translate("Storage", "Could not flush a file to disk."));
    }
    ::close(fd);
    if (stopAt(WriteStep::TempSynced))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Storage", "Write interrupted (test fault)."));
    if (::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        ::unlink(tempName.constData());
        return ioError(err, QCoreApplication::translate(
                                "Storage", "Could not replace a file in the profile folder."));
    }
    if (stopAt(WriteStep::Renamed))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Storage", "Write interrupted (test fault)."));
    if (!syncDirectory(dir))
        qCWarning(lcStorage) << "could not sync the profile folder after a write";
    if (stopAt(WriteStep::DirectorySynced))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Storage", "Write interrupted (test fault)."));
    return {};
}

void removeStaleTemporaries(const QString &path)
{
    const QFileInfo info(path);
    QDir dir(info.absolutePath());
    const QStringList stale = dir.entryList({tempPrefix(path) + QLatin1Char('*')},
                                            QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : stale)
        dir.remove(name);
}

} // namespace dit
