#include "CourseSummary.h"

namespace dit {

QString CourseSummary::contentStage() const
{
    if (stage == Stage::Finished)
        return QStringLiteral("after");
    if (current)
        return phaseKey(current->phase);
    return phaseKey(Phase::Initial);
}

CourseSummary summarize(const std::optional<Course> &course, const QDateTime &now)
{
    CourseSummary s;
    if (!course || !course->problem().isEmpty())
        return s;
    const CourseCalendar cal(*course);
    s.totalSessions = course->totalSessions;
    s.completed = cal.completed(now);
    s.lastSessionEnd = cal.lastSessionEnd();
    s.current = cal.current(now);
    s.remainingAfter = cal.remainingAfterCurrent(now);
    if (cal.finished(now))
        s.stage = CourseSummary::Stage::Finished;
    else if (cal.started(now))
        s.stage = CourseSummary::Stage::InProgress;
    else
        s.stage = CourseSummary::Stage::NotStarted;
    s.inSessionNow = s.current && s.current->start <= now && now < s.current->end;
    return s;
}

} // namespace dit
