#include "CourseCalendar.h"

namespace dit {

namespace {
// A course cannot need more weekly slots than its sessions plus every skipped week.
int maxSlots(const Course &c)
{
    return c.totalSessions + int(c.breaks.size()) + int(c.cancelled.size()) + 1;
}
} // namespace

QDateTime placeInTime(QDate date, QTime time, const QTimeZone &zone, ClockChange *change)
{
    const auto at = [&](QTime t) {
        return zone.isValid() ? QDateTime(date, t, zone) : QDateTime(date, t);
    };
    ClockChange found = ClockChange::None;
    QDateTime when = at(time);
    if (!when.isValid()) {
        // In the hour the clocks skip: a minute at a time to the first that exists that day.
        found = ClockChange::Skipped;
        for (QTime t = time.addSecs(60); t > time && !when.isValid(); t = t.addSecs(60))
            when = at(t);
    } else {
        // A time that happens twice: Qt may give either; the session is at the first.
        const auto sameWallTime = [&](const QDateTime &other) {
            return other.date() == date && other.time() == time;
        };
        if (const QDateTime earlier = when.addSecs(-3600); sameWallTime(earlier)) {
            when = earlier;
            found = ClockChange::Repeated;
        } else if (sameWallTime(when.addSecs(3600))) {
            found = ClockChange::Repeated;
        }
    }
    if (change)
        *change = found;
    return when;
}

CourseCalendar::CourseCalendar(const Course &course, const QTimeZone &zone) : m_course(course)
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
        // A moved session keeps the wall-clock time it was moved to.
        const QDateTime moved = m_course.moved.value(slot);
        s.start = moved.isValid() ? placeInTime(moved.date(), moved.time(), zone, &s.clockChange)
                                  : placeInTime(slot, m_course.sessionTime, zone, &s.clockChange);
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
