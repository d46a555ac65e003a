#include "SyncSchedule.h"

#include "SyncStatus.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace dit::sync {

namespace schedule {

int nextDelayMs(int consecutiveFailures, double jitter)
{
    jitter = std::clamp(jitter, 0.0, 1.0);
    qint64 base = kSteadyMs;
    if (consecutiveFailures > 0) {
        base = kFirstRetryMs;
        for (int i = 1; i < consecutiveFailures && base < kMaxRetryMs; ++i)
            base *= 2;
        base = std::min<qint64>(base, kMaxRetryMs);
    }
    return int(double(base) * (0.8 + 0.4 * jitter));
}

bool shouldRetry(const Pair &pair)
{
    return pair.state == Pair::State::Active && pair.lastFailure != status::accessWithdrawn();
}

} // namespace schedule

QString statusLine(const Pair &pair, const QDateTime &now)
{
    if (pair.state != Pair::State::Active)
        return QCoreApplication::translate("Sync", "Not syncing: %1.")
            .arg(pair.lastFailure.isEmpty() ? status::unpairedHere() : pair.lastFailure);
    QString when;
    if (!pair.lastSyncedAt.isValid()) {
        when = QCoreApplication::translate("Sync", "Not synced yet");
    } else {
        const QDateTime local = pair.lastSyncedAt.toLocalTime();
        const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
        when = local.date() == now.toLocalTime().date()
                   ? QCoreApplication::translate("Sync", "Last synced today at %1").arg(time)
                   : QCoreApplication::translate("Sync", "Last synced on %1 at %2")
                         .arg(QLocale().toString(local.date(), QLocale::ShortFormat), time);
    }
    if (pair.lastFailure.isEmpty())
        return when + QLatin1Char('.');
    return QCoreApplication::translate("Sync", "%1; %2.").arg(when, pair.lastFailure);
}

QString notMonitoredNote()
{
    return QCoreApplication::translate(
        "Sync", "What you send arrives when both devices are online. Your therapist does not "
                "watch it between sessions. If you need help now, use Get help.");
}

} // namespace dit::sync
