#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace dit {

// One reminder as the platform shows it. The words come from core/reminders and never name
// the therapy, a score or a feeling: a notification can be seen by anyone near the phone.
struct Notification
{
    QString id; // stable for the same reminder across reschedules ("form-7"); never shown
    QDateTime at;
    QString title;
    QString body;
};

// The platform's notifications (freedesktop over D-Bus on Linux desktops, AlarmManager and
// NotificationManager on Android, UNUserNotificationCenter on iOS), used only for reminders.
// Implementations live in platform/<os>/; tests use platform/testing/RecordingNotifier.
// Every implementation shows notifications under the neutral name kNotificationAppName.
class Notifier
{
public:
    virtual ~Notifier() = default;

    // Whether reminders can be shown at all on this device right now.
    virtual bool isAvailable() const = 0;
    // Why not, in a plain sentence for Settings; empty when available.
    virtual QString unavailableReason() const = 0;
    // Asks the person for permission where the platform needs it (Android 13+, iOS); `done`
    // may run later, on the caller's thread.
    virtual void requestPermission(std::function<void(bool granted)> done) = 0;
    // Replaces every reminder this app has pending with `reminders` (future times only).
    virtual Status schedule(const QList<Notification> &reminders) = 0;
    virtual void cancelAll() = 0;
    // Shows one at once ("show me what a reminder looks like").
    virtual Status showNow(const Notification &notification) = 0;
    // What is pending, soonest first.
    virtual QList<Notification> pending() const = 0;
};

// The name notifications appear under: not the app's full name, which names the therapy.
inline constexpr char kNotificationAppName[] = "Companion";

} // namespace dit
