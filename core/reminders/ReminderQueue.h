#pragma once

#include "platform/Notifier.h"

#include <QList>

namespace dit {

// For platforms that cannot schedule notifications themselves (a Linux desktop): the app
// keeps the pending reminders and shows each when its time comes, while it runs. After the
// computer slept through a reminder's time, one that is more than `grace` late is dropped
// rather than shown out of context.
class ReminderQueue
{
public:
    explicit ReminderQueue(qint64 graceSeconds = qint64(6) * 3600) : m_grace(graceSeconds) {}

    void replace(const QList<Notification> &reminders); // keeps them soonest first
    void clear() { m_pending.clear(); }
    // Removes every reminder due by `now`; returns those still worth showing.
    QList<Notification> takeDue(const QDateTime &now);
    // When the next one is due; invalid if none.
    QDateTime nextAt() const;
    const QList<Notification> &pending() const { return m_pending; }

private:
    qint64 m_grace;
    QList<Notification> m_pending;
};

} // namespace dit
