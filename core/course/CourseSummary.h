#pragma once

#include "CourseCalendar.h"

#include <QDateTime>

#include <optional>

namespace dit {

// Where a person is in their course at a moment, for Home, ditc and the library's ordering.
// All the arithmetic is here, so the UI only shows it.
struct CourseSummary
{
    enum class Stage {
        NotSetUp,   // no course has been entered (or received) yet
        NotStarted, // before the first session has begun
        InProgress, // between the first session's start and the last one's end
        Finished,   // the last session has ended
    };

    Stage stage = Stage::NotSetUp;
    int totalSessions = 0;
    // The session a person is heading to or is in (the first one not yet ended). Empty when
    // not set up or finished.
    std::optional<ScheduledSession> current;
    bool inSessionNow = false; // `current` has started and not yet ended
    int completed = 0;         // sessions that have ended (attended or missed)
    int remainingAfter = 0;    // sessions after `current`
    QDateTime lastSessionEnd;  // when the course ends (or ended)

    // The content stage for the psychoeducation library: "initial", "middle", "ending" or
    // "after". Before the first session (or without a course) it is "initial".
    QString contentStage() const;
};

CourseSummary summarize(const std::optional<Course> &course, const QDateTime &now);

} // namespace dit
