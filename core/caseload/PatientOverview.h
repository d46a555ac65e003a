#pragma once

#include "Patient.h"
#include "RiskReview.h"
#include "course/CourseSummary.h"
#include "measures/FormPlanner.h"
#include "measures/MeasuresConfig.h"
#include "measures/Outcomes.h"
#include "measures/ScoreAge.h"

#include <QLocale>

#include <optional>

namespace dit {

class Store;

// One weekly slot of a patient's course on the therapist's timeline.
struct TimelineEntry
{
    enum class State {
        Attended,  // the session has ended and was not marked missed
        Missed,    // held without the patient (still one of the course's sessions)
        Now,       // happening now
        Next,      // the next one
        Upcoming,  // later
        Break,     // a planned break: no session that week
        Cancelled, // cancelled: no session that week
    };
    State state = State::Upcoming;
    int session = 0; // 0 for a week with no session
    QDate slot;
    QDateTime start; // sessions only
    Phase phase = Phase::Initial;
    bool moved = false;

    QString key() const; // "attended", "missed", "now", "next", "upcoming", "break", "cancelled"
    // Said in words and as a symbol as well as by colour: "Attended" ✓, "Missed" ✗, ...
    QString label() const;
    QString symbol() const;
};

// One measure's total in the latest session with a form beside the session before it.
struct ScoreComparison
{
    QString instrument;
    QString name;
    int maximum = 0;
    bool higherIsBetter = false;
    std::optional<int> latest;
    std::optional<int> previous;
    QString latestBand;
    QString previousBand;
    bool latestFromAverage = false; // WSAS: completed from the average (docs/MEASURES.md)
    bool previousFromAverage = false;
    // "4 lower", "2 higher", "the same", or empty when one of them is missing.
    QString change() const;
};

// A measure given at the start and the end of therapy (SOS-10, RQ), in words.
struct StartAndEnd
{
    QString name;
    int firstSession = 0;
    int lastSession = 0;
    QString start; // "22 of 60", "Fearful-avoidant (self −3, other −1)"
    QString end;   // empty until it has been given a second time
};

// Everything the therapist's dashboard shows about one patient, worked out here so QML
// only shows it (no recomputation there).
struct PatientOverview
{
    Patient patient;
    std::optional<Course> course;
    CourseSummary summary;
    QList<TimelineEntry> timeline;
    QList<ProgressSeries> series; // every total by session, for the charts and the PDF
    int latestSession = 0;        // the latest session with a complete total
    int previousSession = 0;      // the one before it
    ScoreAge latestAge;           // when those totals were given, and whether that is older
    ScoreAge previousAge;
    QList<ScoreComparison> scores;
    CourseOutcome outcome;
    StartAndEnd sos10;
    StartAndEnd rq;
    QList<RiskAnswer> risks; // unacknowledged first
    int unacknowledged = 0;
    SessionForm due; // the form for the patient's current session (for "Hand to patient")
    bool canHandOver() const
    {
        return !patient.archived &&
               (due.state == FormState::Ready || due.state == FormState::InProgress);
    }
};

namespace caseload {

// The timeline of a course at `now`: its sessions and skipped weeks in date order.
QList<TimelineEntry> timeline(const Course &course, const QDateTime &now);

// The course in a line for the therapist: "Session 7 of 16 · Middle phase", "Not started",
// "Finished", "No sessions set up yet".
QString courseLine(const CourseSummary &summary);
// When the next session is, short, for the caseload list: "Today 14:00", "Tomorrow 10:00",
// "Thu 12 Mar 10:00"; empty when there is none.
QString nextSessionShort(const CourseSummary &summary, const QDateTime &now,
                         const QLocale &locale = QLocale());

// Caseness and reliable change in words, as label and value pairs for the dashboard, the
// summary PDF and ditc ("Caseness at the start", "Yes: PHQ-9 18, GAD-7 15"). Before there
// are two PHQ-9 and GAD-7 totals it says what is needed instead of guessing.
QList<QPair<QString, QString>> outcomeStatus(const CourseOutcome &outcome);

// The RQ attachment style's name for the therapist ("Fearful-avoidant"). Never shown to the
// patient (docs/MEASURES.md).
QString rqStyleName(const QString &style);

Result<PatientOverview> overview(Store &store, const MeasuresConfig &config,
                                 const QString &patientId, const QDateTime &now);

// A row of the caseload list.
struct CaseloadRow
{
    Patient patient;
    CourseSummary summary;
    int unacknowledged = 0;
};

// Every patient, archived ones too, read with one query per kind (fast for a caseload of
// hundreds), in the list's order: the next session first (soonest at the top), then those
// with no course yet, then those whose course has finished, each by label; archived ones
// last.
Result<QList<CaseloadRow>> caseloadRows(Store &store, const QDateTime &now);
// The query caseloadRows finds the answers flagged at risk with (bind the response kind). Its
// LIKE names the condition of the partial index records_at_risk (schema 6), word for word,
// so SQLite reads only those rows (docs/PERFORMANCE.md).
extern const char *const kFlaggedAnswersSql;
// The rows to list: archived ones only when asked; with a search, those whose label has every
// word typed as the start of one of its words (case and accents ignored).
QList<CaseloadRow> filterRows(const QList<CaseloadRow> &rows, bool includeArchived,
                              const QString &search);

} // namespace caseload

} // namespace dit
