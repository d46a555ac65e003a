#include "MeasuresOverview.h"

#include "FormWalk.h"
#include "ScheduleStore.h"
#include "ScoreAge.h"
#include "course/CourseCalendar.h"
#include "course/CourseStore.h"
#include "storage/Store.h"

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
Status fillDue(MeasuresOverview &o, Store &store, const MeasuresConfig &config,
               const QString &subject)
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
        for (const StoredResponse &r : std::as_const(o.current))
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
    auto drafts = FormDraftStore(store.database(), store.clock()).sessions(subject);
    if (!drafts)
        return drafts.error();
    auto schedule = ScheduleStore(store.records()).current(o.course->totalSessions, subject);
    if (!schedule)
        return schedule.error();
    const CourseCalendar calendar(*o.course);
    const FormPlanner plan(calendar, schedule.value(), config.formOpensHoursBefore);
    for (const ScheduledSession &s : calendar.sessions()) {
        o.opensAt.insert(s.number, plan.opensAt(s.number));
        o.sessionStarts.insert(s.number, s.start);
    }
    o.due = plan.due(now, submitted, drafts.value());
    if (Status s = fillDue(o, store, config, subject); !s)
        return s.error();
    for (const SessionForm &f : plan.past(now, submitted, drafts.value()))
        o.past.append(pastForm(f, submitted, o.current, config.catalogue));
    return o;
}

} // namespace dit
