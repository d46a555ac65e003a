#pragma once

#include "AnswerSharing.h"
#include "FormDraftStore.h"
#include "FormPlanner.h"
#include "MeasuresConfig.h"
#include "Outcomes.h"
#include "Progress.h"
#include "ResponseStore.h"
#include "common/Result.h"
#include "course/Course.h"

#include <optional>

namespace dit {

class Store;

// A questionnaire's total in one session's form, for the past forms' one-line summary.
struct SessionTotal
{
    QString instrument;
    QString shortName; // "PHQ-9"
    int total = 0;
};

// A form whose window has closed.
struct PastForm
{
    SessionForm form;
    // Closed with some of its questionnaires submitted another way (ditc, a therapist's
    // tablet): shown as "Partly filled in", and correctable like a full one.
    bool partly = false;
    // Kept when its window closed unsubmitted (DraftExpiry.h): "Not finished".
    bool unfinished = false;
    bool flagged = false;       // one of its answers is flagged for the therapist
    QList<SessionTotal> totals; // in the form's order; only when done()

    bool done() const { return form.state == FormState::Done || partly; }
};

// The form due now and what its card says, with the course's calendar: what the due form's
// card (the Measures tab's and Home's) and the reminders need. It reads only the due
// session's responses, not every one, so a store with years of forms opens as quickly as a
// new one (docs/PERFORMANCE.md).
struct DueFormOverview
{
    std::optional<Course> course;
    int latestSessionBegun = 0; // for ScoreAge
    // When each session's form opens, and when each session starts.
    QMap<int, QDateTime> opensAt;
    QMap<int, QDateTime> sessionStarts;

    SessionForm due; // the form for the session the person is heading to
    // Ready: how many questions the form asks and about how many minutes it takes.
    int dueQuestions = 0;
    int dueMinutes = 0;
    // InProgress: its saved draft.
    std::optional<FormDraft> dueDraft;
    // Done: who can see its answers.
    std::optional<AnswerSharing> dueSharing;
};

// Everything about one person's measures at one moment, read from the stores once: the
// course, every current response, progress and the outcome, the form due now with what its
// card says about it, and the forms already past. The Measures tab, the therapist's patient
// overview and ditc all start from here (docs/MEASURES.md, "The Measures overview"), so they
// agree.
struct MeasuresOverview : DueFormOverview
{
    QList<StoredResponse> current; // the current version of every response
    QList<ProgressSeries> series;  // every total by session, for the table and the charts
    CourseOutcome outcome;

    QList<PastForm> past; // latest session first
};

// The overview of `subject`'s measures (empty: the profile's owner) at `now`. Any store that
// cannot be read makes it an error: nothing is shown rather than part of it.
Result<MeasuresOverview> measuresOverview(Store &store, const MeasuresConfig &config,
                                          const QString &subject, const QDateTime &now);
// The due form alone, the same as measuresOverview's, reading only the due session's
// responses. A damaged response to another session is not seen here (measuresOverview
// reports it).
Result<DueFormOverview> dueFormOverview(Store &store, const MeasuresConfig &config,
                                        const QString &subject, const QDateTime &now);
// The current responses to one session's form, without reading the others (oldest first, as
// ResponseStore::current): at ten years of forms a fraction of a read of them all
// (docs/PERFORMANCE.md).
Result<QList<StoredResponse>> currentResponsesOfSession(Store &store, int session,
                                                        const QString &subject = {});

} // namespace dit
