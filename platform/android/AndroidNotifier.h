#pragma once

#include "platform/Notifier.h"

#include <QMutex>

namespace dit {

// Android reminders: each one is an AlarmManager alarm whose receiver posts a notification
// on a neutral "Reminders" channel, so they fire with the app closed. The Java half is in
// android/java/org/ditcompanion/app (Reminders.java, ReminderReceiver.java); it keeps the
// pending list in the app's private SharedPreferences so alarms can be restored after a
// reboot (BOOT_COMPLETED). Written against the interface; not built on Linux.
//
// Android shows the application label beside every notification: the manifest's label
// must be the neutral kNotificationAppName, not the app's full name.
class AndroidNotifier final : public Notifier
{
public:
    AndroidNotifier();

    bool isAvailable() const override;
    QString unavailableReason() const override;
    // Android 13+ asks for POST_NOTIFICATIONS at run time; older versions grant it at install.
    void requestPermission(std::function<void(bool)> done) override;
    Status schedule(const QList<Notification> &reminders) override;
    void cancelAll() override;
    Status showNow(const Notification &notification) override;
    QList<Notification> pending() const override;

private:
    mutable QMutex m_mutex;
    QList<Notification> m_pending;
};

} // namespace dit
