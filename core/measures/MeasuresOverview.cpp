#include "MeasuresOverview.h"

#include "FormWalk.h"
#include "ScheduleStore.h"
#include "ScoreAge.h"
#include "course/CourseCalendar.h"
#include "course/CourseStore.h"
#include "storage/Store.h"

#include <QJsonDocument>

namespace dit {

namespace {

QList<SessionTotal> totalsOf(const QList<StoredResponse> &responses, int session,
                             const InstrumentCatalogue &catalogue)
{
    QList<SessionTotal> out;
    for (const QString &id : MeasureSchedule::instrumentOrder())
        for (const StoredResponse &r : responses)
            if (r.session == session && r.instrument == id && r.score.total)
                if (const Instrument *q = catalogue.find(id))
                    out.append({id, q->shortName(), *r.score.total});
    return out;
}

PastForm pastForm(const SessionForm &f, const QMap<int, QSet<QString>> &submitted,
                  const QList<StoredResponse> &current, const InstrumentCatalogue &catalogue)
{
    PastForm p;
    p.form = f;
    p.partly = f.state == FormState::Missed && !submitted.value(f.session).isEmpty();
    for (const StoredResponse &r : current)
        if (r.session == f.session) {
            p.unfinished = p.unfinished || r.incomplete;
            p.flagged = p.flagged || r.risk;
        }
    if (p.done())
        p.totals = totalsOf(current, f.session, catalogue);
    return p;
}

// What the due form's card needs beyond its state, read only for the state that shows it.
// `responses` holds at least the current responses to the due session.
Status fillDue(DueFormOverview &o, Store &store, const MeasuresConfig &config,
               const QString &subject, const QList<StoredResponse> &responses)
{
    switch (o.due.state) {
    case FormState::Ready:
        o.dueQuestions = FormWalk(config.catalogue, o.due.instruments, {}).count();
        o.dueMinutes = formMinutes(o.dueQuestions);
        break;
    case FormState::InProgress: {
        auto draft = FormDraftStore(store.database(), store.clock()).load(o.due.session, subject);
        if (!draft)
            return draft.error();
        o.dueDraft = draft.value();
        break;
    }
    case FormState::Done: {
        QStringList ids;
        for (const StoredResponse &r : responses)
            if (r.session == o.due.session)
                ids.append(r.id);
        auto sharing = AnswerSharing::of(store, subject, ids);
        if (!sharing)
            return sharing.error();
        o.dueSharing = sharing.value();
        break;
    }
    case FormState::None:
    case FormState::NotYetOpen:
    case FormState::Missed:
        break;
    }
    return {};
}

// What planning the forms needs besides the course: its schedule and the sessions with a
// saved draft.
struct PlanInputs
{
    MeasureSchedule schedule;
    QSet<int> drafts;
};

Result<PlanInputs> planInputs(Store &store, const Course &course, const QString &subject)
{
    auto drafts = FormDraftStore(store.database(), store.clock()).sessions(subject);
    if (!drafts)
        return drafts.error();
    auto schedule = ScheduleStore(store.records()).current(course.totalSessions, subject);
    if (!schedule)
        return schedule.error();
    return PlanInputs{schedule.value(), drafts.value()};
}

void fillCalendar(DueFormOverview &o, const CourseCalendar &calendar, const FormPlanner &plan)
{
    for (const ScheduledSession &s : calendar.sessions()) {
        o.opensAt.insert(s.number, plan.opensAt(s.number));
        o.sessionStarts.insert(s.number, s.start);
    }
}

} // namespace

Result<MeasuresOverview> measuresOverview(Store &store, const MeasuresConfig &config,
                                          const QString &subject, const QDateTime &now)
{
    MeasuresOverview o;
    ResponseStore responses(store.records(), config.catalogue, config.risk);
    auto current = responses.current(subject);
    if (!current)
        return current.error();
    o.current = current.value();
    auto course = CourseStore(store.records()).current(subject);
    if (!course)
        return course.error();
    o.course = course.value();
    o.series = progressSeries(o.current, config.catalogue);
    o.outcome = classifyOutcome(o.series);
    o.latestSessionBegun = ScoreAge::latestSessionBegun(o.course, now);
    if (!o.course)
        return o;

    // From the responses read above: reading them again was a third of a refresh at ten
    // years of forms (docs/PERFORMANCE.md).
    const QMap<int, QSet<QString>> submitted = ResponseStore::bySession(o.current);
    auto inputs = planInputs(store, *o.course, subject);
    if (!inputs)
        return inputs.error();
    const CourseCalendar calendar(*o.course);
    const FormPlanner plan(calendar, inputs.value().schedule, config.formOpensHoursBefore);
    fillCalendar(o, calendar, plan);
    o.due = plan.due(now, submitted, inputs.value().drafts);
    if (Status s = fillDue(o, store, config, subject, o.current); !s)
        return s.error();
    for (const SessionForm &f : plan.past(now, submitted, inputs.value().drafts))
        o.past.append(pastForm(f, submitted, o.current, config.catalogue));
    return o;
}

Result<QList<StoredResponse>> currentResponsesOfSession(Store &store, int session,
                                                        const QString &subject)
{
    // Bodies are stored as compact JSON (RecordStore::insertExisting), so a response to this
    // session holds "session":N; that finds the candidates in SQL without parsing every body,
    // and each is still parsed and its session checked ("session":1 also finds 12).
    auto stmt = store.database().prepare(
        "SELECT id, parent, subject, created_at, body FROM records r WHERE kind = ? AND "
        "subject = ? AND instr(body, ?) > 0 AND NOT EXISTS "
        "(SELECT 1 FROM records c WHERE c.parent = r.id) ORDER BY created_at, seq");
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, QString::fromLatin1(ResponseStore::kKind))
        .bind(2, subject)
        .bind(3, QStringLiteral("\"session\":%1").arg(session));
    QList<StoredResponse> out;
    while (s.next()) {
        Record rec;
        rec.kind = QString::fromLatin1(ResponseStore::kKind);
        rec.id = s.text(0);
        rec.parent = s.isNull(1) ? QString() : s.text(1);
        rec.subject = s.text(2);
        rec.createdAt = QDateTime::fromMSecsSinceEpoch(s.integer(3), Qt::UTC);
        rec.body = QJsonDocument::fromJson(s.text(4).toUtf8()).object();
        auto r = StoredResponse::fromRecord(rec);
        if (!r)
            return r.error();
        if (r.value().session == session)
            out.append(r.value());
    }
    if (s.failed())
        return s.error();
    return out;
}

Result<DueFormOverview> dueFormOverview(Store &store, const MeasuresConfig &config,
                                        const QString &subject, const QDateTime &now)
{
    DueFormOverview o;
    auto course = CourseStore(store.records()).current(subject);
    if (!course)
        return course.error();
    o.course = course.value();
    o.latestSessionBegun = ScoreAge::latestSessionBegun(o.course, now);
    if (!o.course)
        return o;

    auto inputs = planInputs(store, *o.course, subject);
    if (!inputs)
        return inputs.error();
    const CourseCalendar calendar(*o.course);
    const FormPlanner plan(calendar, inputs.value().schedule, config.formOpensHoursBefore);
    fillCalendar(o, calendar, plan);
    // Only the due session's responses: the form's state depends on no other.
    QList<StoredResponse> dueResponses;
    if (const auto session = calendar.current(now)) {
        auto read = currentResponsesOfSession(store, session->number, subject);
        if (!read)
            return read.error();
        dueResponses = read.value();
    }
    o.due = plan.due(now, ResponseStore::bySession(dueResponses), inputs.value().drafts);
    if (Status s = fillDue(o, store, config, subject, dueResponses); !s)
        return s.error();
    return o;
}

} // namespace dit
