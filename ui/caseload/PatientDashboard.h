#pragma once

#include "CaseloadRows.h"
#include "RowsModel.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

namespace dit {

class AppContext;

// The therapist's dashboard for one patient (docs/THERAPIST.md): the course's timeline with
// attendance, the latest session's scores beside the one before, charts, caseness and reliable
// change (from core/measures Outcomes; nothing is computed in QML), SOS-10 and RQ at the start and
// the end, the risk answers to acknowledge, whether the tablet can be handed over, and the
// exports for the service. Opening a patient makes them the app's subject, so the reused
// view models (Measures, MyFocus, CourseSetup, Letters, LetterEditing) work on their records.
class PatientDashboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString patientId READ patientId WRITE setPatientId NOTIFY patientChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
    Q_PROPERTY(QString label READ label NOTIFY changed)
    Q_PROPERTY(bool archived READ archived NOTIFY changed)
    Q_PROPERTY(bool hasCourse READ hasCourse NOTIFY changed)
    Q_PROPERTY(QString courseLine READ courseLine NOTIFY changed)
    Q_PROPERTY(QString nextSession READ nextSession NOTIFY changed)
    // Rows: session, title, dateText, phase (Phase), phaseName, state (SlotState), stateLabel,
    // symbol, moved, description.
    Q_PROPERTY(dit::RowsModel *timeline READ timeline CONSTANT)
    // Rows: name, latest, previous, latestBand, previousBand, change, description.
    Q_PROPERTY(dit::RowsModel *scores READ scores CONSTANT)
    Q_PROPERTY(QString latestLabel READ latestLabel NOTIFY changed)
    Q_PROPERTY(QString previousLabel READ previousLabel NOTIFY changed)
    // When the latest (and previous) totals were given, and whether they are older than the
    // form window they belong to, in words (ScoreAge).
    Q_PROPERTY(QString scoresAge READ scoresAge NOTIFY changed)
    // Rows: label, value.
    Q_PROPERTY(dit::RowsModel *outcome READ outcome CONSTANT)
    Q_PROPERTY(QStringList outcomeSentences READ outcomeSentences NOTIFY changed)
    // Rows: name, start, end, startLabel, endLabel, description.
    Q_PROPERTY(dit::RowsModel *startAndEnd READ startAndEnd CONSTANT)
    // Rows: responseId, title, answers, dateText, acknowledged, acknowledgedText, description.
    Q_PROPERTY(dit::RowsModel *risks READ risks CONSTANT)
    Q_PROPERTY(int unacknowledged READ unacknowledged NOTIFY changed)
    Q_PROPERTY(QString riskSummary READ riskSummary NOTIFY changed)
    Q_PROPERTY(bool canHandOver READ canHandOver NOTIFY changed)
    Q_PROPERTY(QString formText READ formText NOTIFY changed)
    Q_PROPERTY(QVariantList chartSeries READ chartSeries NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    // A timeline week's phase and state: the core's Phase and TimelineEntry::State, named for
    // QML (PatientDashboard.Middle, PatientDashboard.Now).
    enum class Phase {
        Initial = int(dit::Phase::Initial),
        Middle = int(dit::Phase::Middle),
        Ending = int(dit::Phase::Ending),
    };
    Q_ENUM(Phase)
    enum class SlotState {
        Attended = int(TimelineEntry::State::Attended),
        Missed = int(TimelineEntry::State::Missed),
        Now = int(TimelineEntry::State::Now),
        Next = int(TimelineEntry::State::Next),
        Upcoming = int(TimelineEntry::State::Upcoming),
        Break = int(TimelineEntry::State::Break),
        Cancelled = int(TimelineEntry::State::Cancelled),
    };
    Q_ENUM(SlotState)

    explicit PatientDashboard(AppContext &context, QObject *parent = nullptr);
    static PatientDashboard *create(QQmlEngine *, QJSEngine *);

    QString patientId() const { return m_patientId; }
    // Opens the patient (and makes them AppContext's subject); empty closes.
    void setPatientId(const QString &id);
    bool isOpen() const { return m_open; }
    QString label() const { return m_label; }
    bool archived() const { return m_archived; }
    bool hasCourse() const { return m_hasCourse; }
    QString courseLine() const { return m_courseLine; }
    QString nextSession() const { return m_nextSession; }
    RowsModel *timeline() { return &m_timeline; }
    RowsModel *scores() { return &m_scores; }
    QString latestLabel() const { return m_latestLabel; }
    QString previousLabel() const { return m_previousLabel; }
    QString scoresAge() const { return m_scoresAge; }
    RowsModel *outcome() { return &m_outcome; }
    QStringList outcomeSentences() const { return m_outcomeSentences; }
    RowsModel *startAndEnd() { return &m_startAndEnd; }
    RowsModel *risks() { return &m_risks; }
    int unacknowledged() const { return m_unacknowledged; }
    QString riskSummary() const;
    bool canHandOver() const { return m_canHandOver; }
    QString formText() const { return m_formText; }
    QVariantList chartSeries() const { return m_chartSeries; }
    QString errorMessage() const { return m_error; }

    // Records that the therapist has seen this risk answer, with the time: the flag clears.
    Q_INVOKABLE bool acknowledge(const QString &responseId);
    // For the service: the summary as PDF, the answers as "fhir" or "csv". False, nothing
    // written, with errorMessage saying why; true clears errorMessage. The write is atomic
    // (the save dialog has asked before replacing a file).
    Q_INVOKABLE bool exportSummary(const QUrl &file);
    Q_INVOKABLE bool exportAnswers(const QString &format, const QUrl &file);
    Q_INVOKABLE QString exportFileName(const QString &kind) const;
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void patientChanged();
    void changed();

private:
    void clear();
    // Each returns empty when written, otherwise why not.
    QString writeSummary(const QUrl &file) const;
    QString writeAnswers(const QString &format, const QUrl &file) const;
    bool report(const QString &problem); // sets errorMessage; true when empty

    AppContext &m_ctx;
    QTimer m_tick;
    QString m_patientId;
    bool m_open = false;
    QString m_label;
    bool m_archived = false;
    bool m_hasCourse = false;
    QString m_courseLine;
    QString m_nextSession;
    TypedRows<TimelineRow> m_timeline;
    TypedRows<ScoreRow> m_scores;
    QString m_latestLabel;
    QString m_previousLabel;
    QString m_scoresAge;
    TypedRows<OutcomeRow> m_outcome;
    QStringList m_outcomeSentences;
    TypedRows<StartAndEndRow> m_startAndEnd;
    TypedRows<RiskRow> m_risks;
    int m_unacknowledged = 0;
    bool m_canHandOver = false;
    QString m_formText;
    QVariantList m_chartSeries;
    QString m_error;
};

} // namespace dit
