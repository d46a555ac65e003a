#pragma once

#include "common/Clock.h"
#include "platform/Notifier.h"
#include "reminders/ReminderQueue.h"

#include <QDBusConnection>
#include <QObject>
#include <QTimer>

namespace dit {

// Desktop reminders through the freedesktop notification service
// (org.freedesktop.Notifications.Notify over the D-Bus session bus). A desktop has no
// scheduler to hand reminders to, so they are shown by this object while the app runs.
// With no session bus or no notification service it reports itself unavailable and does
// nothing else: no crash, no retry loop.
class DBusNotifier final : public QObject, public Notifier
{
    Q_OBJECT

public:
    explicit DBusNotifier(const Clock &clock,
                          const QDBusConnection &bus = QDBusConnection::sessionBus(),
                          QObject *parent = nullptr);

    bool isAvailable() const override;
    QString unavailableReason() const override;
    void requestPermission(std::function<void(bool)> done) override;
    Status schedule(const QList<Notification> &reminders) override;
    void cancelAll() override;
    Status showNow(const Notification &notification) override;
    QList<Notification> pending() const override { return m_queue.pending(); }

    static constexpr const char *kService = "org.freedesktop.Notifications";

private:
    void arm();
    void showDue();

    const Clock &m_clock;
    QDBusConnection m_bus;
    ReminderQueue m_queue;
    QTimer m_timer;
};

} // namespace dit
