#include "ReminderPlanner.h"

#include "common/Logging.h"
#include "course/CourseStore.h"
#include "letters/AfterTherapy.h"

namespace dit {

namespace {
const QString kFormOpeningKey = QStringLiteral("reminders.formOpening");
const QString kDayBeforeKey = QStringLiteral("reminders.dayBefore");
} // namespace

ReminderChoices ReminderChoices::load(const Settings &settings)
{
    ReminderChoices c;
    c.formOpening = settings.intValue(kFormOpeningKey, c.formOpening ? 1 : 0) != 0;
    c.dayBefore = settings.intValue(kDayBeforeKey, c.dayBefore ? 1 : 0) != 0;
    return c;
}

Status ReminderChoices::save(Settings &settings) const
{
    if (Status s = settings.setValue(kFormOpeningKey,
                                     formOpening ? QStringLiteral("1") : QStringLiteral("0"));
        !s)
        return s;
    return settings.setValue(kDayBeforeKey, dayBefore ? QStringLiteral("1") : QStringLiteral("0"));
}

// The platform keeps one list of pending reminders for the app, so everything that can remind
// (the forms, the letter) is planned here together; scheduling replaces the whole list.
Status ReminderPlanner::refresh(std::chrono::hours formOpensBefore)
{
    const ReminderChoices choices = ReminderChoices::load(m_store.settings());
    QList<Notification> planned;
    if (choices.formOpening || choices.dayBefore) {
        auto course = CourseStore(m_store.records()).current();
        if (!course)
            return course.error();
        ReminderOptions options;
        options.formOpening = choices.formOpening;
        options.dayBefore = choices.dayBefore;
        options.formOpensBefore = formOpensBefore;
        planned = ReminderScheduler(m_clock).plan(course.value(), options);
    }
    // The gentle reminder to reread the goodbye letter, if the person asked for one.
    auto reread = letters::nextReread(m_store, m_clock.now());
    if (!reread)
        return reread.error();
    if (reread.value())
        planned.append({QString::fromLatin1(kLetterRereadId), *reread.value(),
                        letters::rereadNotificationTitle(), letters::rereadNotificationBody()});
    if (planned.isEmpty()) {
        m_notifier.cancelAll();
        return {};
    }
    qCInfo(lcReminders) << "scheduling" << planned.size() << "reminders";
    return m_notifier.schedule(planned);
}

} // namespace dit
