#include "ReminderQueue.h"

#include <algorithm>

namespace dit {

void ReminderQueue::replace(const QList<Notification> &reminders)
{
    m_pending = reminders;
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Notification &a, const Notification &b) { return a.at < b.at; });
}

QList<Notification> ReminderQueue::takeDue(const QDateTime &now)
{
    QList<Notification> due;
    while (!m_pending.isEmpty() && m_pending.first().at <= now) {
        const Notification n = m_pending.takeFirst();
        if (n.at.secsTo(now) <= m_grace)
            due << n;
    }
    return due;
}

QDateTime ReminderQueue::nextAt() const
{
    return m_pending.isEmpty() ? QDateTime() : m_pending.first().at;
}

} // namespace dit
