#include "CourseOverview.h"

#include "AppContext.h"
#include "course/CourseStore.h"
#include "course/CourseSummary.h"
#include "course/CourseWording.h"

namespace dit {

CourseOverview::CourseOverview(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context)
{
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &CourseOverview::refresh);
    connect(&m_ctx, &AppContext::storeOpened, this, &CourseOverview::refresh);
    connect(&m_ctx, &AppContext::storeClosed, this, &CourseOverview::refresh);
    connect(&m_ctx, &AppContext::subjectChanged, this, &CourseOverview::refresh);
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String(CourseStore::kKind))
            refresh();
    });
    refresh();
}

CourseOverview *CourseOverview::create(QQmlEngine *engine, QJSEngine *)
{
    auto *o = new CourseOverview(AppContext::of(engine));
    QJSEngine::setObjectOwnership(o, QJSEngine::CppOwnership);
    return o;
}

void CourseOverview::clear()
{
    m_stage = Stage::NoCourse;
    m_headline = wording::headline({});
    m_nextSession.clear();
    m_remaining.clear();
    const wording::PhaseCard card = wording::phaseCard(QStringLiteral("initial"));
    m_phaseTitle = card.title;
    m_phaseText = card.text;
    m_phaseArticleId = card.articleId;
    m_contentStage = QStringLiteral("initial");
    m_sessionNumber = 0;
    m_totalSessions = 0;
    m_marks.clear();
    m_progressText.clear();
    m_error.clear();
}

void CourseOverview::refresh()
{
    clear();
    Store *store = m_ctx.store();
    if (!store) {
        m_tick.stop();
        Q_EMIT changed();
        return;
    }
    if (!m_tick.isActive())
        m_tick.start();
    auto course = CourseStore(store->records()).current(m_ctx.subject());
    if (!course) {
        m_error = course.error().message;
        Q_EMIT changed();
        return;
    }
    const QDateTime now = m_ctx.clock().now();
    const CourseSummary s = summarize(course.value(), now);
    switch (s.stage) {
    case CourseSummary::Stage::NotSetUp:
        m_stage = Stage::NoCourse;
        break;
    case CourseSummary::Stage::NotStarted:
        m_stage = Stage::Upcoming;
        break;
    case CourseSummary::Stage::InProgress:
        m_stage = Stage::Active;
        break;
    case CourseSummary::Stage::Finished:
        m_stage = Stage::Finished;
        break;
    }
    m_headline = wording::headline(s);
    m_nextSession = wording::nextSession(s, now);
    m_remaining = wording::remaining(s);
    m_contentStage = s.contentStage();
    const wording::PhaseCard card = wording::phaseCard(m_contentStage);
    m_phaseTitle = card.title;
    m_phaseText = card.text;
    m_phaseArticleId = card.articleId;
    m_totalSessions = s.totalSessions;
    m_sessionNumber = s.current ? s.current->number : 0;
    if (course.value()) {
        const CourseCalendar calendar(*course.value());
        for (const ScheduledSession &session : calendar.sessions()) {
            if (session.end <= now)
                m_marks << int(session.missed ? SessionMark::Missed : SessionMark::Done);
            else if (session.number == m_sessionNumber)
                m_marks << int(SessionMark::Now);
            else
                m_marks << int(SessionMark::Ahead);
        }
        m_progressText =
            tr("%1 of %2 sessions have happened.").arg(s.completed).arg(s.totalSessions);
    }
    Q_EMIT changed();
}

} // namespace dit
