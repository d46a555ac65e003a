#pragma once

#include "FormDraftStore.h"
#include "ResponseStore.h"

namespace dit {

// Turns a draft into immutable responses, one per instrument in the form (an instrument left
// blank is still recorded, with no total), and removes the draft. All or nothing: one
// transaction. Corrections name the responses they replace.
Result<QList<StoredResponse>> submitForm(Database &db, ResponseStore &responses,
                                         FormDraftStore &drafts, const FormDraft &draft,
                                         const QString &subject = {});

} // namespace dit
