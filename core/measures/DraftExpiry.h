#pragma once

#include "FormDraftStore.h"
#include "FormPlanner.h"
#include "MeasuresConfig.h"
#include "ResponseStore.h"

namespace dit {
class Store;
}

namespace dit {

// When a form's window closes (FormPlanner::closesAt) with its draft unsubmitted, what was
// answered is kept: one response per instrument with any answer, marked incomplete, scored
// and flagged like a submitted one (so a risk answer reaches the therapist's risk review and
// sync like any response), and the draft goes. A draft with no answers simply goes.
// Corrections (drafts that replace responses) are left alone: the responses they would
// correct stand. `openSession` is a form someone has open now: left until it is closed.
// Run whenever the store is looked at (the app does on opening and every minute); one
// transaction per draft. Returns the responses kept. See docs/MEASURES.md.
Result<QList<StoredResponse>> keepExpiredDrafts(Database &db, ResponseStore &responses,
                                                FormDraftStore &drafts, const FormPlanner &plan,
                                                const QDateTime &now, const QString &subject = {},
                                                int openSession = 0);

// The same for every subject with a draft on this device (the owner on a phone; each patient
// on a therapist's tablet), with each one's course and schedule. `openSubject` and
// `openSession` name the form open now, if any.
Result<QList<StoredResponse>> keepAllExpiredDrafts(Store &store, const MeasuresConfig &config,
                                                   const QDateTime &now,
                                                   const QString &openSubject = {},
                                                   int openSession = 0);

} // namespace dit
