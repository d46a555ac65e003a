#include "DraftExpiry.h"

#include "ScheduleStore.h"
#include "course/CourseStore.h"
#include "storage/Store.h"

namespace dit {

Result<QList<StoredResponse>> keepExpiredDrafts(Database &db, ResponseStore &responses,
                                                FormDraftStore &drafts, const FormPlanner &plan,
                                                const QDateTime &now, const QString &subject,
                                                int openSession)
{
    auto sessions = drafts.sessions(subject);
    if (!sessions)
        return sessions.error();
    auto submitted = responses.submittedBySession(subject);
    if (!submitted)
        return submitted.error();
    QList<int> ordered(sessions.value().cbegin(), sessions.value().cend());
    std::sort(ordered.begin(), ordered.end());
    QList<StoredResponse> kept;
    for (int session : std::as_const(ordered)) {
        const QDateTime closes = plan.closesAt(session);
        if (session == openSession || !closes.isValid() || now < closes)
            continue;
        auto draft = drafts.load(session, subject);
        if (!draft)
            return draft.error();
        if (!draft.value() || draft.value()->isCorrection())
            continue;
        const FormDraft &d = *draft.value();
        QList<StoredResponse> these;
        const Status done = db.transaction([&]() -> Status {
            for (const QString &id : d.instruments) {
                const Answers answers = d.answers.value(id);
                // Nothing entered, or already submitted another way (a therapist's tablet,
                // ditc): nothing more to keep, unless this draft holds a risk answer.
                if (answers.isEmpty())
                    continue;
                if (submitted.value().value(session).contains(id)) {
                    const Instrument *q = responses.catalogue().find(id);
                    if (!q || !responses.riskPolicy().flags(*q, answers))
                        continue;
                }
                auto r = responses.keepIncomplete(id, session, answers, subject);
                if (!r)
                    return r.error();
                these.append(r.value());
            }
            return drafts.remove(session, subject);
        });
        if (!done)
            return done.error();
        kept += these;
    }
    return kept;
}

Result<QList<StoredResponse>> keepAllExpiredDrafts(Store &store, const MeasuresConfig &config,
                                                   const QDateTime &now, const QString &openSubject,
                                                   int openSession)
{
    auto stmt = store.database().prepare("SELECT DISTINCT subject FROM drafts WHERE kind = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, QString::fromLatin1(FormDraftStore::kKind));
    QStringList subjects;
    while (stmt.value().next())
        subjects.append(stmt.value().text(0));
    if (stmt.value().failed())
        return stmt.value().error();
    ResponseStore responses(store.records(), config.catalogue, config.risk);
    FormDraftStore drafts(store.database(), store.clock());
    QList<StoredResponse> kept;
    for (const QString &subject : std::as_const(subjects)) {
        auto course = CourseStore(store.records()).current(subject);
        if (!course)
            return course.error();
        if (!course.value())
            continue; // no sessions, so no window has closed
        auto schedule =
            ScheduleStore(store.records()).current(course.value()->totalSessions, subject);
        if (!schedule)
            return schedule.error();
        const CourseCalendar calendar(*course.value());
        const FormPlanner plan(calendar, schedule.value(), config.formOpensHoursBefore);
        auto these = keepExpiredDrafts(store.database(), responses, drafts, plan, now, subject,
                                       subject == openSubject ? openSession : 0);
        if (!these)
            return these.error();
        kept += these.value();
    }
    return kept;
}

} // namespace dit
