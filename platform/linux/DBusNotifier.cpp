#include "DBusNotifier.h"

#include "common/Logging.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <algorithm>

namespace dit {

namespace {

// Re-check at least this often, so a suspended laptop or a changed clock is noticed.
constexpr qint64 kMaxWaitMs = qint64(15) * 60 * 1000;

} // namespace

DBusNotifier::DBusNotifier(const Clock &clock, const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_clock(clock), m_bus(bus)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DBusNotifier::showDue);
}

bool DBusNotifier::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const QString service = QString::fromLatin1(kService);
    if (m_bus.interface()->isServiceRegistered(service).value())
        return true;
    const QDBusReply<QStringList> activatable = m_bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(service);
}

QString DBusNotifier::unavailableReason() const
{
    if (!m_bus.isConnected())
        return tr("This computer has no desktop session that can show reminders.");
    if (!isAvailable())
        return tr("This computer’s desktop is not running a notification service, so reminders "
                  "cannot be shown.");
    return {};
}

void DBusNotifier::requestPermission(std::function<void(bool)> done)
{
    done(isAvailable()); // desktops do not ask
}

Status DBusNotifier::schedule(const QList<Notification> &reminders)
{
    m_queue.replace(reminders);
    arm();
    if (!reminders.isEmpty() && !isAvailable())
        return makeError(ErrorCode::Io, unavailableReason());
    return {};
}

void DBusNotifier::cancelAll()
{
    m_queue.clear();
    m_timer.stop();
}

Status DBusNotifier::showNow(const Notification &n)
{
    if (!isAvailable())
        return makeError(ErrorCode::Io, unavailableReason());
    QDBusMessage call = QDBusMessage::createMethodCall(
        QString::fromLatin1(kService), QStringLiteral("/org/freedesktop/Notifications"),
        QString::fromLatin1(kService), QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}};
    // app_name is deliberately neutral; no icon name, which could name the app.
    call << QString::fromLatin1(kNotificationAppName) << uint(0) << QString() << n.title << n.body
         << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            qCWarning(lcReminders)
                << "the notification service refused a reminder:" << reply.error().name();
        w->deleteLater();
    });
    return {};
}

void DBusNotifier::arm()
{
    const QDateTime next = m_queue.nextAt();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_clock.now().msecsTo(next), 0, kMaxWaitMs);
    m_timer.start(int(wait));
}

void DBusNotifier::showDue()
{
    const QList<Notification> due = m_queue.takeDue(m_clock.now());
    for (const Notification &n : due)
        if (Status s = showNow(n); !s)
            qCInfo(lcReminders) << "a reminder could not be shown: notifications unavailable";
    arm();
}

} // namespace dit
