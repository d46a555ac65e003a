#pragma once

#include "common/Clock.h"
#include "course/Course.h"
#include "measures/FormPlanner.h"
#include "platform/Notifier.h"

#include <QTime>

#include <chrono>
#include <optional>

namespace dit {

struct ReminderOptions
{
    // When a session's form opens, a reminder says there is something to look at.
    bool formOpening = true;
    // Optionally, a reminder the evening before each session.
    bool dayBefore = false;
    // How long before a session its form opens. The measures feature owns this rule; it is
    // passed in so the two always agree (docs/COURSE.md, "Reminders").
    std::chrono::hours formOpensBefore{kDefaultFormOpensHoursBefore}; // the measures rule
    QTime dayBeforeAt{18, 0}; // local time on the day before
    // Phones cap pending notifications (iOS: 64 per app); a few weeks ahead is plenty, and
    // the schedule is recomputed whenever the app is opened or the course changes.
    int maxPending = 12;
};

// Computes reminders from the course: which, when, and in which words. Pure: it schedules
// nothing itself (ReminderPlanner hands the result to a Notifier).
class ReminderScheduler
{
public:
    explicit ReminderScheduler(const Clock &clock) : m_clock(clock) {}

    // Future reminders for sessions that have not yet started, soonest first.
    QList<Notification> plan(const std::optional<Course> &course,
                             const ReminderOptions &options) const;

    // The words. Deliberately bland: no therapy, session, form, score or feeling.
    static QString title();
    static QString formOpeningText();
    static QString dayBeforeText();

private:
    const Clock &m_clock;
};

} // namespace dit
