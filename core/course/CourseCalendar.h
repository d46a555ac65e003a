#pragma once

#include "Course.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace dit {

// How a clock change that night moved a session's time (docs/COURSE.md, "Clock changes").
enum class ClockChange {
    None,
    Skipped,  // the planned time does not exist (clocks go forward): the first time after it
    Repeated, // the planned time happens twice (clocks go back): the first of the two
};

// `time` on `date` as a real moment in `zone` (local time if `zone` is not valid): a time the
// clocks skip becomes the first time after it that exists, a time that happens twice the first
// of the two. `change` (optional) says which. Invalid only if the rest of the day is skipped.
QDateTime placeInTime(QDate date, QTime time, const QTimeZone &zone = {},
                      ClockChange *change = nullptr);

// One of the course's sessions, placed in time.
struct ScheduledSession
{
    int number = 0;  // 1..totalSessions
    QDate slot;      // the weekly slot it occupies (the key for missed/moved)
    QDateTime start; // local time
    QDateTime end;
    bool missed = false;
    Phase phase = Phase::Initial;
    ClockChange clockChange = ClockChange::None; // the start is not the time planned
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
    // Sessions in `zone`'s time; local time when it is not valid.
    explicit CourseCalendar(const Course &course, const QTimeZone &zone = {});

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
