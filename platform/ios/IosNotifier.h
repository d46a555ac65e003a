#pragma once

#include "platform/Notifier.h"

#include <QMutex>

#include <atomic>

namespace dit {

// iOS reminders through UNUserNotificationCenter: each one is a request with a calendar
// trigger, so iOS shows it with the app closed. iOS keeps at most 64 pending requests per
// app; ReminderOptions::maxPending stays well below. Written against the interface; not
// built on Linux.
//
// iOS shows the bundle's display name beside every notification: CFBundleDisplayName must
// be the neutral kNotificationAppName, not the app's full name.
class IosNotifier final : public Notifier
{
public:
    IosNotifier();

    bool isAvailable() const override { return m_authorized.load(); }
    QString unavailableReason() const override;
    void requestPermission(std::function<void(bool)> done) override;
    Status schedule(const QList<Notification> &reminders) override;
    void cancelAll() override;
    Status showNow(const Notification &notification) override;
    QList<Notification> pending() const override;

private:
    void refreshAuthorization();

    std::atomic<bool> m_authorized{false};
    mutable QMutex m_mutex;
    QList<Notification> m_pending;
};

} // namespace dit
