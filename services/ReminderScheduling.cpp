#include "ReminderScheduling.h"

#include "AppContext.h"
#include "common/Logging.h"
#include "course/CourseStore.h"
#include "letters/AfterTherapy.h"
#include "measures/MeasuresConfig.h"
#include "reminders/ReminderPlanner.h"

namespace dit {

ReminderScheduling::ReminderScheduling(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context)
{
    m_hourly.setInterval(60 * 60 * 1000);
    connect(&m_hourly, &QTimer::timeout, this, &ReminderScheduling::refresh);
    connect(&m_ctx, &AppContext::storeOpened, this, &ReminderScheduling::refresh);
    connect(&m_ctx, &AppContext::storeClosed, this, [this] {
        m_hourly.stop();
        Q_EMIT refreshed();
    });
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        // What reminders depend on: the course, a letter (its date), the reread choice.
        if (kind == QLatin1String(CourseStore::kKind) || kind == QLatin1String("letter") ||
            kind == QLatin1String(letters::kRereadSetting))
            refresh();
    });
    if (m_ctx.store())
        refresh();
}

std::chrono::hours ReminderScheduling::formOpensBefore() const
{
    return std::chrono::hours(m_ctx.measuresConfig().formOpensHoursBefore);
}

void ReminderScheduling::refresh()
{
    Store *store = m_ctx.store();
    Notifier *notifier = m_ctx.notifier();
    if (store && notifier) {
        if (!m_hourly.isActive())
            m_hourly.start();
        if (Status s = ReminderPlanner(*store, *notifier, m_ctx.clock()).refresh(formOpensBefore());
            !s)
            qCInfo(lcReminders) << "reminders not scheduled:" << int(s.error().code);
    }
    Q_EMIT refreshed();
}

} // namespace dit
