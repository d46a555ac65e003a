#include "DemoData.h"
#include "course/CourseStore.h"

namespace dit::demo {

// Weekly on the same weekday, with session 6 held a few days ago, so "now" is before
// session 7 of 16, in the middle phase.
Status fillCourse(Store &store, const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    Course course;
    course.totalSessions = Course::kStandardSessions;
    course.sessionTime = QTime(10, 0);
    // Session 7 is two days from now; session 1 six weeks before that.
    course.firstSession = local.date().addDays(2 - 6 * 7);
    auto saved = CourseStore(store.records()).save(course);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace dit::demo
