#include "DemoData.h"
#include "course/CourseStore.h"

namespace dit::demo {

// Weekly on the same weekday. The next session (7 for the middle stage) is two days from
// now; for the After stage the last session was three weeks ago.
Status fillCourse(Store &store, const QDateTime &now, Stage stage)
{
    if (stage == Stage::New)
        return {}; // nothing entered yet
    const QDateTime local = now.toLocalTime();
    Course course;
    course.totalSessions = Course::kStandardSessions;
    course.sessionTime = QTime(10, 0);
    const int next = nextSessionAt(stage);
    const int daysToNext = stage == Stage::After ? -14 : 2; // session "17" would be -14 days
    course.firstSession = local.date().addDays(daysToNext - (next - 1) * 7);
    auto saved = CourseStore(store.records()).save(course);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace dit::demo
