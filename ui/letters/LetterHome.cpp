#include "LetterHome.h"

#include "AppContext.h"
#include "LetterChanges.h"
#include "letters/AfterTherapy.h"
#include "letters/LetterExport.h"

namespace dit {

namespace {
// The last session's end is rarely crossed with the app open; a minute is soon enough.
constexpr int kTickMs = 60 * 1000;
} // namespace

LetterHome::LetterHome(AppContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &LetterHome::refresh);
    m_tick.start();
    connect(&m_ctx, &AppContext::storeOpened, this, &LetterHome::refresh);
    connect(&m_ctx, &AppContext::storeClosed, this, &LetterHome::refresh);
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        if (letters::isLetterKind(kind))
            refresh();
    });
    m_active = active();
    m_nextReread = nextReread();
}

LetterHome *LetterHome::create(QQmlEngine *engine, QJSEngine *)
{
    auto *h = new LetterHome(AppContext::of(engine));
    QJSEngine::setObjectOwnership(h, QJSEngine::CppOwnership);
    return h;
}

bool LetterHome::active() const
{
    Store *store = m_ctx.store();
    if (!store)
        return false;
    auto facts = letters::homeFacts(*store);
    return facts && letters::letterIsHome(facts.value(), m_ctx.clock().now());
}

QString LetterHome::choice() const
{
    Store *store = m_ctx.store();
    letters::HomeChoice c = letters::HomeChoice::Automatic;
    if (store)
        letters::homeChoiceFromName(
            store->settings().value(QString::fromLatin1(letters::kHomeChoiceSetting)), &c);
    return letters::homeChoiceName(c);
}

void LetterHome::setChoice(const QString &choice)
{
    Store *store = m_ctx.store();
    letters::HomeChoice c;
    if (!store || !letters::homeChoiceFromName(choice, &c) || choice == this->choice())
        return;
    if (!store->settings().setValue(QString::fromLatin1(letters::kHomeChoiceSetting), choice))
        return;
    Q_EMIT settingsChanged();
    refresh();
}

QString LetterHome::reread() const
{
    Store *store = m_ctx.store();
    letters::RereadSchedule s = letters::RereadSchedule::Off;
    if (store)
        letters::rereadScheduleFromName(
            store->settings().value(QString::fromLatin1(letters::kRereadSetting)), &s);
    return letters::rereadScheduleName(s);
}

void LetterHome::setReread(const QString &schedule)
{
    Store *store = m_ctx.store();
    letters::RereadSchedule s;
    if (!store || !letters::rereadScheduleFromName(schedule, &s) || schedule == reread())
        return;
    if (!store->settings().setValue(QString::fromLatin1(letters::kRereadSetting), schedule))
        return;
    Q_EMIT settingsChanged();
    refresh();
    m_ctx.notifyRecordsChanged(QString::fromLatin1(letters::kRereadSetting)); // reschedule
}

QDateTime LetterHome::nextReread() const
{
    Store *store = m_ctx.store();
    if (!store)
        return {};
    auto next = letters::nextReread(*store, m_ctx.clock().now());
    return next && next.value() ? *next.value() : QDateTime();
}

QString LetterHome::nextRereadText() const
{
    const QDateTime next = nextReread();
    if (!next.isValid())
        return reread() == QLatin1String("off")
                   ? QString()
                   : tr("A reminder will be set once your letter is here.");
    return tr("Next reminder: %1, in the morning. It will only say “%2”.")
        .arg(letters::letterDateText(next.toLocalTime().date()),
             letters::rereadNotificationTitle());
}

void LetterHome::refresh()
{
    const bool now = active();
    if (now != m_active) {
        m_active = now;
        Q_EMIT activeChanged();
    }
    const QDateTime next = nextReread();
    if (next != m_nextReread) {
        m_nextReread = next;
        Q_EMIT settingsChanged();
        Q_EMIT rereadScheduleChanged(next);
    }
}

} // namespace dit
