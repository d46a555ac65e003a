#include "CourseCalendar.h"

namespace dit {

namespace {
// A course cannot need more weekly slots than its sessions plus every skipped week.
int maxSlots(const Course &c)
{
    return c.totalSessions + int(c.breaks.size()) + int(c.cancelled.size()) + 1;
}
} // namespace

CourseCalendar::CourseCalendar(const Course &course) : m_course(course)
{
    if (!m_course.problem().isEmpty())
        return;
    QDate slot = m_course.firstSession;
    for (int i = 0; i < maxSlots(m_course) && m_sessions.size() < m_course.totalSessions;
         ++i, slot = slot.addDays(7)) {
        if (m_course.breaks.contains(slot)) {
            m_skipped.append({slot, SkippedSlot::Reason::Break});
            continue;
        }
        if (m_course.cancelled.contains(slot)) {
            m_skipped.append({slot, SkippedSlot::Reason::Cancelled});
            continue;
        }
        ScheduledSession s;
        s.number = int(m_sessions.size()) + 1;
        s.slot = slot;
        s.start = m_course.moved.contains(slot) ? m_course.moved.value(slot)
                                                : QDateTime(slot, m_course.sessionTime);
        s.end = s.start.addSecs(qint64(m_course.sessionMinutes) * 60);
        s.missed = m_course.missed.contains(slot);
        s.phase = phaseOf(s.number, m_course.totalSessions);
        m_sessions.append(s);
    }
}

const ScheduledSession *CourseCalendar::session(int number) const
{
    if (number < 1 || number > m_sessions.size())
        return nullptr;
    return &m_sessions.at(number - 1);
}

std::optional<ScheduledSession> CourseCalendar::current(const QDateTime &now) const
{
    for (const ScheduledSession &s : m_sessions)
        if (s.end > now)
            return s;
    return std::nullopt;
}

int CourseCalendar::remainingAfterCurrent(const QDateTime &now) const
{
    const auto c = current(now);
    return c ? m_course.totalSessions - c->number : 0;
}

int CourseCalendar::completed(const QDateTime &now) const
{
    int n = 0;
    for (const ScheduledSession &s : m_sessions)
        if (s.end <= now)
            ++n;
    return n;
}

bool CourseCalendar::started(const QDateTime &now) const
{
    return !m_sessions.isEmpty() && m_sessions.first().start <= now;
}

bool CourseCalendar::finished(const QDateTime &now) const
{
    return !m_sessions.isEmpty() && m_sessions.last().end <= now;
}

QDateTime CourseCalendar::lastSessionEnd() const
{
    return m_sessions.isEmpty() ? QDateTime() : m_sessions.last().end;
}

} // namespace dit
