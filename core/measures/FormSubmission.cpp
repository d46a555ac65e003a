#include "FormSubmission.h"

#include <QCoreApplication>

namespace dit {

Result<QList<StoredResponse>> submitForm(Database &db, ResponseStore &responses,
                                         FormDraftStore &drafts, const FormDraft &draft,
                                         const QString &subject)
{
    if (draft.instruments.isEmpty())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Responses", "There is nothing to submit."));
    QList<StoredResponse> stored;
    const Status done = db.transaction([&]() -> Status {
        for (const QString &id : draft.instruments) {
            auto r = responses.submit(id, draft.session, draft.answers.value(id),
                                      draft.replaces.value(id), subject);
            if (!r)
                return r.error();
            stored.append(r.value());
        }
        return drafts.remove(draft.session, subject);
    });
    if (!done)
        return done.error();
    return stored;
}

} // namespace dit
