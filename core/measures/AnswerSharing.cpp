#include "AnswerSharing.h"

#include "course/CourseWording.h"
#include "storage/Store.h"
#include "sync/PairStore.h"

#include <QCoreApplication>

namespace dit {

QString AnswerSharing::words() const
{
    switch (state) {
    case State::NotPaired:
        return QCoreApplication::translate(
            "AnswerSharing",
            "This stays on your phone. Your therapist sees it only if you show them.");
    case State::NotYetSent:
        if (inDraft)
            return QCoreApplication::translate(
                "AnswerSharing",
                "Your therapist cannot see this yet. Your phone sends it the next time it syncs "
                "after you submit the form, or after the form closes if you do not.");
        return QCoreApplication::translate(
            "AnswerSharing",
            "This has not been sent to your therapist yet. Your phone sends it the next time it "
            "syncs; until then your therapist cannot see it.");
    case State::Sent:
        if (!sentBy.isValid())
            return QCoreApplication::translate(
                "AnswerSharing",
                "This has been sent. Your therapist can see it once their tablet has synced.");
        return QCoreApplication::translate(
                   "AnswerSharing", "This was sent on %1 at %2. Your therapist can see it once "
                                    "their tablet has synced.")
            .arg(wording::dayAndMonth(sentBy.toLocalTime().date()),
                 wording::timeOfDay(sentBy.toLocalTime().time()));
    case State::OnTherapistTablet:
        return QCoreApplication::translate(
            "AnswerSharing", "This is your therapist's tablet. Your answers are saved on it, and "
                             "your therapist can see them when you give it back.");
    }
    return {};
}

Result<AnswerSharing> AnswerSharing::of(Store &store, const QString &subject,
                                        const QStringList &recordIds)
{
    AnswerSharing s;
    s.inDraft = recordIds.isEmpty();
    if (store.role() == Role::Therapist) {
        s.state = State::OnTherapistTablet;
        return s;
    }
    sync::PairStore pairs(store);
    auto all = pairs.pairs();
    if (!all)
        return all.error();
    for (const sync::Pair &pair : all.value()) {
        if (pair.state != sync::Pair::State::Active || pair.subject != subject)
            continue;
        bool sent = !recordIds.isEmpty();
        QDateTime newest;
        for (const QString &id : recordIds) {
            auto was = pairs.sentRecord(pair.id, id);
            if (!was)
                return was.error();
            sent = sent && was.value();
            if (auto record = store.records().get(id); record && record.value().createdAt > newest)
                newest = record.value().createdAt;
        }
        if (sent) {
            s.state = State::Sent;
            // A pass that failed after sending leaves the last good pass's time, which can be
            // before the answers existed: then the time is not known.
            if (pair.lastSyncedAt.isValid() && pair.lastSyncedAt >= newest)
                s.sentBy = pair.lastSyncedAt;
            return s;
        }
        s.state = State::NotYetSent;
    }
    return s;
}

} // namespace dit
