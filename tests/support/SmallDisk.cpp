#include "SmallDisk.h"

#include <QByteArray>
#include <QFile>
#include <QtGlobal>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace dit::test {

QString smallDisk()
{
    return qEnvironmentVariable("DIT_SMALL_FS");
}

DiskFiller::DiskFiller(const QString &dir) : m_path(dir + QStringLiteral("/.filler")) {}

DiskFiller::~DiskFiller()
{
    release();
}

void DiskFiller::fill()
{
    if (m_fd < 0)
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        qFatal("could not make the filler file");
    const QByteArray block(64 * 1024, 'f');
    for (qsizetype chunk : {qsizetype(64 * 1024), qsizetype(4096), qsizetype(512), qsizetype(1)}) {
        for (;;) {
            const ssize_t n = ::pwrite(m_fd, block.constData(), size_t(chunk), m_size);
            if (n <= 0)
                break;
            m_size += n;
        }
    }
    ::fsync(m_fd);
}

void DiskFiller::leaveFree(qint64 bytes)
{
    if (m_fd < 0)
        return;
    m_size = std::max<qint64>(0, m_size - bytes);
    if (::ftruncate(m_fd, m_size) != 0)
        qFatal("could not shrink the filler file");
}

void DiskFiller::release()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    QFile::remove(m_path);
    m_size = 0;
}

} // namespace dit::test
