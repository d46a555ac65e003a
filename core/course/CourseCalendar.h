#pragma once

#include "Course.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace dit {

// One of the course's sessions, placed in time.
struct ScheduledSession
{
    int number = 0;  // 1..totalSessions
    QDate slot;      // the weekly slot it occupies (the key for missed/moved)
    QDateTime start; // local time
    QDateTime end;
    bool missed = false;
    Phase phase = Phase::Initial;
};

// A weekly slot that held no session, for the timeline.
struct SkippedSlot
{
    enum class Reason { Break, Cancelled };
    QDate slot;
    Reason reason = Reason::Break;
};

// Where the sessions fall, and where a person is in the course at a given moment.
class CourseCalendar
{
public:
    explicit CourseCalendar(const Course &course);

    const Course &course() const { return m_course; }
    const QList<ScheduledSession> &sessions() const { return m_sessions; }
    const QList<SkippedSlot> &skipped() const { return m_skipped; }
    const ScheduledSession *session(int number) const;

    // The session a person is heading to or in the middle of: the first one that has not
    // yet ended. Empty once the last session has ended.
    std::optional<ScheduledSession> current(const QDateTime &now) const;
    // Sessions still to come after the current one (so 9 while heading to 7 of 16).
    int remainingAfterCurrent(const QDateTime &now) const;
    // Sessions that have ended by `now` (attended or missed).
    int completed(const QDateTime &now) const;
    bool started(const QDateTime &now) const;
    bool finished(const QDateTime &now) const;
    QDateTime lastSessionEnd() const;

private:
    Course m_course;
    QList<ScheduledSession> m_sessions;
    QList<SkippedSlot> m_skipped;
};

} // namespace dit
