#include "RegularFile.h"

#include <QCoreApplication>
#include <QDir>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dit {

namespace {

// Qt resources are built into the program: always regular, read through QFile.
bool isResource(const QString &path)
{
    return path.startsWith(QLatin1Char(':')) || path.startsWith(QLatin1String("qrc:"));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Opens without blocking (a FIFO with no writer would otherwise wait for ever) and checks the
// opened file itself, so nothing can be swapped in between the check and the read.
Result<int> openChecked(const QString &path, qint64 *size)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errno == ENOENT)
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("Files", "There is no file at %1.").arg(shown(path)));
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Files", "%1 could not be read.").arg(shown(path)));
    }
    struct stat st
    {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Files", "%1 is not a regular file.").arg(shown(path)));
    }
    *size = st.st_size;
    return fd;
}

Error tooLarge(const QString &path, qint64 maxBytes)
{
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("Files", "%1 is larger than %2 KiB.")
                         .arg(shown(path))
                         .arg(maxBytes / 1024));
}

} // namespace

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes)
{
    if (isResource(path)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("Files", "There is no file at %1.").arg(shown(path)));
        if (f.size() > maxBytes)
            return tooLarge(path, maxBytes);
        return f.readAll();
    }
    qint64 size = 0;
    auto fd = openChecked(path, &size);
    if (!fd)
        return fd.error();
    if (size > maxBytes) {
        ::close(fd.value());
        return tooLarge(path, maxBytes);
    }
    // One byte more than allowed tells a file that grew after the check.
    QByteArray bytes(qsizetype(maxBytes + 1), Qt::Uninitialized);
    qint64 got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd.value(), bytes.data() + got, size_t(bytes.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            ::close(fd.value());
            return makeError(
                ErrorCode::Io,
                QCoreApplication::translate("Files", "%1 could not be read.").arg(shown(path)));
        }
        if (n == 0)
            break;
        got += n;
    }
    ::close(fd.value());
    if (got > maxBytes)
        return tooLarge(path, maxBytes);
    bytes.truncate(qsizetype(got));
    return bytes;
}

Status openRegularFile(QFile &file, const QString &path)
{
    if (isResource(path)) {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("Files", "There is no file at %1.").arg(shown(path)));
        return {};
    }
    qint64 size = 0;
    auto fd = openChecked(path, &size);
    if (!fd)
        return fd.error();
    // Back to blocking reads: a regular file never blocks, but QFile expects plain reads.
    (void)::fcntl(fd.value(), F_SETFL, O_RDONLY);
    if (!file.open(fd.value(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd.value());
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Files", "%1 could not be read.").arg(shown(path)));
    }
    return {};
}

} // namespace dit
