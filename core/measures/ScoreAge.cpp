#include "ScoreAge.h"

#include "course/CourseCalendar.h"
#include "course/CourseWording.h"

#include <QCoreApplication>

namespace dit {

QString ScoreAge::words(bool toPatient) const
{
    const QString day = wording::dayAndMonth(date);
    switch (older) {
    case Older::No:
        return QCoreApplication::translate("ScoreAge", "from %1").arg(day);
    case Older::LaterSession:
        return toPatient ? QCoreApplication::translate("ScoreAge",
                                                       "from %1 — older than your last session")
                               .arg(day)
                         : QCoreApplication::translate("ScoreAge",
                                                       "from %1 — older than the last session")
                               .arg(day);
    case Older::Days:
        return QCoreApplication::translate("ScoreAge", "from %1 — more than %2 weeks old")
            .arg(day)
            .arg(kOlderAfterDays / 7);
    }
    return {};
}

ScoreAge ScoreAge::of(int session, const QDateTime &authored, int latestSessionBegun,
                      const QDateTime &now)
{
    ScoreAge age;
    age.date = authored.toLocalTime().date();
    if (latestSessionBegun > session)
        age.older = Older::LaterSession;
    else if (authored.isValid() && authored.secsTo(now) > qint64(kOlderAfterDays) * 24 * 3600)
        age.older = Older::Days;
    return age;
}

int ScoreAge::latestSessionBegun(const std::optional<Course> &course, const QDateTime &now)
{
    if (!course)
        return 0;
    int latest = 0;
    // Named: sessions() is a reference into the calendar, which must outlive the loop.
    const CourseCalendar calendar(*course);
    for (const ScheduledSession &s : calendar.sessions())
        if (s.start <= now)
            latest = qMax(latest, s.number);
    return latest;
}

} // namespace dit
