#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QStringList>

namespace dit {

class Store;

// Who can see a person's answers, worked out from the real state and never promised
// (docs/MEASURES.md, "Who sees an answer"). Every sentence the app says about it comes from
// words() here, so the form, crisis support and Measures say the same thing.
struct AnswerSharing
{
    enum class State {
        NotPaired,        // no active pair: nothing leaves the phone
        NotYetSent,       // paired, but these answers have not gone to the server yet
        Sent,             // every one of them has been sent to the pair's server
        OnTherapistTablet // a therapist's profile: the tablet handed over in the room
    };
    State state = State::NotPaired;
    // Sent: the end of a sync pass that had sent them (so they were sent by then); invalid
    // when that time is not known.
    QDateTime sentBy;
    // The answers are still in a form's draft, which sync never sends: they go once the form is
    // submitted, or kept when it closes (DraftExpiry.h).
    bool inDraft = false;

    QString words() const;

    // The state for `recordIds` (a form's stored responses; empty for answers still in a
    // draft, then `inDraft`) of `subject` on this device.
    static Result<AnswerSharing> of(Store &store, const QString &subject,
                                    const QStringList &recordIds);
};

} // namespace dit
