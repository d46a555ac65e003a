#include "Reminders.h"

#include "AppContext.h"
#include "course/CourseStore.h"
#include "course/CourseWording.h"
#include "reminders/ReminderPlanner.h"

namespace dit {

Reminders::Reminders(AppContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    connect(&m_ctx, &AppContext::storeOpened, this, &Reminders::changed);
    connect(&m_ctx, &AppContext::storeClosed, this, [this] {
        m_message.clear();
        Q_EMIT changed();
    });
    if (ReminderScheduling *scheduling = m_ctx.reminderScheduling())
        connect(scheduling, &ReminderScheduling::refreshed, this, &Reminders::changed);
}

Reminders *Reminders::create(QQmlEngine *engine, QJSEngine *)
{
    auto *r = new Reminders(AppContext::of(engine));
    QJSEngine::setObjectOwnership(r, QJSEngine::CppOwnership);
    return r;
}

bool Reminders::formOpening() const
{
    Store *store = m_ctx.store();
    return store && ReminderChoices::load(store->settings()).formOpening;
}

bool Reminders::dayBefore() const
{
    Store *store = m_ctx.store();
    return store && ReminderChoices::load(store->settings()).dayBefore;
}

void Reminders::setFormOpening(bool on)
{
    setChoice(true, on);
}

void Reminders::setDayBefore(bool on)
{
    setChoice(false, on);
}

void Reminders::setChoice(bool formOpeningChoice, bool on)
{
    Store *store = m_ctx.store();
    if (!store)
        return;
    ReminderChoices choices = ReminderChoices::load(store->settings());
    bool &field = formOpeningChoice ? choices.formOpening : choices.dayBefore;
    if (field == on)
        return;
    field = on;
    if (Status s = choices.save(store->settings()); !s) {
        m_message = s.error().message;
        Q_EMIT changed();
        return;
    }
    Notifier *notifier = m_ctx.notifier();
    if (on && notifier) {
        // Phones ask once; the answer comes back later, on this thread.
        notifier->requestPermission([this](bool granted) {
            if (!granted)
                m_message = tr("This device did not allow reminders. You can allow them in its "
                               "settings.");
            refresh();
        });
        return;
    }
    refresh();
}

bool Reminders::available() const
{
    const Notifier *notifier = m_ctx.notifier();
    return notifier && notifier->isAvailable();
}

QString Reminders::unavailableReason() const
{
    const Notifier *notifier = m_ctx.notifier();
    if (!notifier)
        return tr("Reminders cannot be shown on this device.");
    return notifier->unavailableReason();
}

QString Reminders::nextText() const
{
    const Notifier *notifier = m_ctx.notifier();
    if (!m_ctx.store() || !notifier || (!formOpening() && !dayBefore()))
        return {};
    const QList<Notification> pending = notifier->pending();
    if (pending.isEmpty()) {
        // Only said to add session times when there are none: with a course it would not be
        // true (the next form may already be open, or the sessions have ended).
        const auto course = CourseStore(m_ctx.store()->records()).current();
        if (course && course.value())
            return tr("No reminder is waiting to be shown at the moment.");
        return tr("No reminders are planned yet. They follow the session times you add on Home.");
    }
    return tr("The next reminder is on %1.").arg(wording::dateTime(pending.first().at));
}

QString Reminders::wordingText() const
{
    return tr("Reminders never mention therapy or how you are. They only say: “%1”")
        .arg(ReminderScheduler::formOpeningText());
}

void Reminders::showExample()
{
    Notifier *notifier = m_ctx.notifier();
    if (!notifier) {
        m_message = unavailableReason();
    } else {
        const Status shown =
            notifier->showNow({QStringLiteral("example"), m_ctx.clock().now(),
                               ReminderScheduler::title(), ReminderScheduler::formOpeningText()});
        m_message =
            shown ? tr("A reminder was shown. This is how they will look.") : shown.error().message;
    }
    Q_EMIT changed();
}

void Reminders::refresh()
{
    if (ReminderScheduling *scheduling = m_ctx.reminderScheduling())
        scheduling->refresh(); // emits refreshed, and so changed
    else
        Q_EMIT changed();
}

} // namespace dit
