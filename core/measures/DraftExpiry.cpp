#include "DraftExpiry.h"

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

} // namespace dit
