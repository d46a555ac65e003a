#pragma once

#include "MeasureSchedule.h"
#include "course/CourseCalendar.h"

#include <QDateTime>
#include <QMap>
#include <QSet>

namespace dit {

// A session's form opens this long before the session starts, and closes when the session
// ends (so it can still be filled in at the start of the session, on the therapist's tablet).
// 72 hours lets a weekly form be done over a weekend before a Monday session. A service can
// change it (measures.json "formOpensHoursBefore"). Reminders read FormPlanner::opensAt().
inline constexpr int kDefaultFormOpensHoursBefore = 72;

enum class FormState {
    None,       // nothing due: no course, no instruments that session, or the course is over
    NotYetOpen, // the next form, not open yet
    Ready,      // open, nothing answered yet
    InProgress, // open, some answers saved in a draft
    Done,       // every instrument submitted
    Missed,     // closed without being submitted ("Not filled in")
};
QString formStateKey(FormState state); // "none", "notYetOpen", "ready", ...

struct SessionForm
{
    int session = 0;
    QDateTime sessionStart;
    QDateTime opensAt;
    QDateTime closesAt;
    QStringList instruments;
    FormState state = FormState::None;
};

class FormPlanner
{
public:
    FormPlanner(const CourseCalendar &calendar, MeasureSchedule schedule,
                int opensHoursBefore = kDefaultFormOpensHoursBefore);

    QDateTime opensAt(int session) const;
    QDateTime closesAt(int session) const;

    // `submitted`: instruments with a current response, by session; `drafts`: sessions with a
    // saved draft.
    SessionForm form(int session, const QDateTime &now, const QMap<int, QSet<QString>> &submitted,
                     const QSet<int> &drafts) const;
    // The form for the session a person is heading to (CourseCalendar::current); None once
    // the course is over.
    SessionForm due(const QDateTime &now, const QMap<int, QSet<QString>> &submitted,
                    const QSet<int> &drafts) const;
    // Forms whose window has closed (Done or Missed), latest session first. Sessions with
    // nothing scheduled are left out.
    QList<SessionForm> past(const QDateTime &now, const QMap<int, QSet<QString>> &submitted,
                            const QSet<int> &drafts) const;

    const MeasureSchedule &schedule() const { return m_schedule; }
    int opensHoursBefore() const { return m_opensHours; }

private:
    const CourseCalendar &m_calendar;
    MeasureSchedule m_schedule;
    int m_opensHours;
};

} // namespace dit
