#include "ReminderPlanner.h"

#include "common/Logging.h"
#include "course/CourseStore.h"

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

Status ReminderPlanner::refresh(std::chrono::hours formOpensBefore)
{
    const ReminderChoices choices = ReminderChoices::load(m_store.settings());
    if (!choices.formOpening && !choices.dayBefore) {
        m_notifier.cancelAll();
        return {};
    }
    auto course = CourseStore(m_store.records()).current();
    if (!course)
        return course.error();
    ReminderOptions options;
    options.formOpening = choices.formOpening;
    options.dayBefore = choices.dayBefore;
    options.formOpensBefore = formOpensBefore;
    const QList<Notification> planned = ReminderScheduler(m_clock).plan(course.value(), options);
    qCInfo(lcReminders) << "scheduling" << planned.size() << "reminders";
    return m_notifier.schedule(planned);
}

} // namespace dit
