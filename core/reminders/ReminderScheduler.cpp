#include "ReminderScheduler.h"

#include "course/CourseCalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace dit {

namespace {
// A day-before reminder this close to the form-opening one would be a second buzz for the
// same thing; only the first is kept.
constexpr qint64 kMergeSeconds = qint64(3) * 3600;
} // namespace

QString ReminderScheduler::title()
{
    //: A notification's title. Anyone may see it: keep it neutral (docs/COURSE.md).
    return QCoreApplication::translate("Reminders", "Reminder");
}

QString ReminderScheduler::formOpeningText()
{
    //: A notification. Never name the therapy, a session, a form, a score or a feeling.
    return QCoreApplication::translate("Reminders",
                                       "There is something new to look at when you have a moment.");
}

QString ReminderScheduler::dayBeforeText()
{
    //: A notification. Never name the therapy, a session, a form, a score or a feeling.
    return QCoreApplication::translate("Reminders", "You have something planned for tomorrow.");
}

QList<Notification> ReminderScheduler::plan(const std::optional<Course> &course,
                                            const ReminderOptions &options) const
{
    QList<Notification> out;
    if (!course || !course->problem().isEmpty() || (!options.formOpening && !options.dayBefore))
        return out;
    const QDateTime now = m_clock.now();
    const CourseCalendar calendar(*course);
    const qint64 opensBefore =
        std::chrono::duration_cast<std::chrono::seconds>(options.formOpensBefore).count();
    for (const ScheduledSession &s : calendar.sessions()) {
        if (s.start <= now)
            continue;
        QDateTime formAt;
        if (options.formOpening) {
            formAt = s.start.addSecs(-opensBefore);
            if (formAt > now)
                out << Notification{QStringLiteral("form-%1").arg(s.number), formAt.toUTC(),
                                    title(), formOpeningText()};
        }
        if (options.dayBefore) {
            const QDateTime at(s.start.toLocalTime().date().addDays(-1), options.dayBeforeAt);
            const bool merged =
                formAt.isValid() && formAt > now && std::abs(formAt.secsTo(at)) < kMergeSeconds;
            if (at > now && !merged)
                out << Notification{QStringLiteral("daybefore-%1").arg(s.number), at.toUTC(),
                                    title(), dayBeforeText()};
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Notification &a, const Notification &b) { return a.at < b.at; });
    if (out.size() > options.maxPending)
        out.resize(options.maxPending);
    return out;
}

} // namespace dit
