#include "Clock.h"

#include <QElapsedTimer>
#include <QFile>

#ifdef Q_OS_LINUX
#include <ctime>
#endif

namespace dit {

namespace {

QByteArray readBootId()
{
#ifdef Q_OS_LINUX
    // A random id the kernel makes at each boot (Linux and Android).
    QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (f.open(QIODevice::ReadOnly))
        return f.read(64).trimmed();
#endif
    return QByteArrayLiteral("unknown-boot");
}

} // namespace

BootTime Clock::sinceBoot() const
{
    static const QByteArray bootId = readBootId();
#ifdef Q_OS_LINUX
    timespec ts{};
    if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0)
        return {bootId, qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000};
#endif
    // Elsewhere Qt's monotonic clock: it cannot be set either, though it may pause in sleep.
    QElapsedTimer t;
    t.start();
    return {bootId, t.msecsSinceReference()};
}

namespace {
const QDateTime kProcessStarted = QDateTime::currentDateTimeUtc();
} // namespace

QDateTime processStarted()
{
    return kProcessStarted;
}

} // namespace dit
