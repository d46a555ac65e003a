#pragma once

#include "FormSession.h"
#include "MeasuresRows.h"
#include "RowsModel.h"
#include "measures/FormPlanner.h"
#include "measures/MeasuresConfig.h"
#include "measures/Progress.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace dit {

class AppContext;
class Store;
struct DueFormOverview;
struct MeasuresOverview;

// The Measures tab's view model: which form is due and in what state, the forms already past
// (done, or "Not filled in"), progress and the outcome summary, and the form being filled in.
// Everything is worked out in the core; this class only turns it into words and rows for QML.
//
// Two parts, read apart (docs/ARCHITECTURE.md, "Measures"): the due form (dueFormOverview,
// which reads only the due session's responses) at every refresh; progress and the past forms
// (measuresOverview, which reads every response) only once something asks for them (any of
// their properties), and then again only when they may have changed: a change event
// (records of a course, schedule or responses; another subject; a form submitted; a form
// kept when its window closed; the clock moved) or the time passing a moment that changes
// them (a session beginning or ending, a total turning two weeks old). Unlocking to Home
// reads no more than the due form's responses (docs/PERFORMANCE.md).
//
// The due form's card (DueFormCard.qml) reads dueSession, dueState, dueTitle, dueDetail and
// dueActionLabel, so Home can show the same card as the Measures tab.
class Measures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool hasCourse READ hasCourse NOTIFY changed)
    Q_PROPERTY(int dueSession READ dueSession NOTIFY changed)
    Q_PROPERTY(DueState dueState READ dueState NOTIFY changed)
    Q_PROPERTY(QString dueTitle READ dueTitle NOTIFY changed)
    Q_PROPERTY(QString dueDetail READ dueDetail NOTIFY changed)
    Q_PROPERTY(QString dueActionLabel READ dueActionLabel NOTIFY changed)
    Q_PROPERTY(QDateTime dueOpensAt READ dueOpensAt NOTIFY changed)
    Q_PROPERTY(int formOpensHoursBefore READ formOpensHoursBefore CONSTANT)
    Q_PROPERTY(bool hasProgress READ hasProgress NOTIFY changed)
    Q_PROPERTY(QStringList outcomeSummary READ outcomeSummary NOTIFY changed)
    // The first chart's plain headline ("Your low mood score went from 18 to 10"), for the
    // Measures tab's progress card; empty with no chart.
    Q_PROPERTY(QString progressHeadline READ progressHeadline NOTIFY changed)
    Q_PROPERTY(QStringList progressColumns READ progressColumns NOTIFY changed)
    // Goes up each time progress and the past forms are built again: the Progress page hands
    // its charts over again only then.
    Q_PROPERTY(int progressVersion READ progressVersion NOTIFY changed)
    Q_PROPERTY(QString configProblems READ configProblems CONSTANT)
    Q_PROPERTY(dit::RowsModel *pastForms READ pastForms CONSTANT)
    Q_PROPERTY(dit::RowsModel *progressRows READ progressRows CONSTANT)
    Q_PROPERTY(dit::FormSession *form READ form NOTIFY formChanged)
    // Empty unless the clock was moved or the time zone changed since the app last looked
    // (ClockWatch): then which session the due form, or the open form, will be filed under.
    Q_PROPERTY(QString clockNotice READ clockNotice NOTIFY changed)
    Q_PROPERTY(QString formClockNotice READ formClockNotice NOTIFY changed)

public:
    // The due form's state: the core's FormState, named for QML (Measures.Ready).
    enum class DueState {
        None = int(FormState::None),
        NotYetOpen = int(FormState::NotYetOpen),
        Ready = int(FormState::Ready),
        InProgress = int(FormState::InProgress),
        Done = int(FormState::Done),
        Missed = int(FormState::Missed),
    };
    Q_ENUM(DueState)

    explicit Measures(AppContext &context, QObject *parent = nullptr);
    static Measures *create(QQmlEngine *, QJSEngine *);

    bool hasCourse() const { return m_hasCourse; }
    int dueSession() const { return m_dueSession; }
    DueState dueState() const { return DueState(m_dueState); }
    QString dueTitle() const { return m_dueTitle; }
    QString dueDetail() const { return m_dueDetail; }
    QString dueActionLabel() const;
    QDateTime dueOpensAt() const { return m_dueOpensAt; }
    int formOpensHoursBefore() const { return m_config.formOpensHoursBefore; }
    // Progress and the past forms: each builds them if they are not yet (wantProgress).
    bool hasProgress();
    QStringList outcomeSummary();
    QString progressHeadline();
    QStringList progressColumns();
    int progressVersion();
    RowsModel *pastForms();
    RowsModel *progressRows();
    QString configProblems() const { return m_config.problems.join(QLatin1Char('\n')); }
    FormSession *form() const { return m_form.data(); }
    QString clockNotice() const;
    QString formClockNotice() const;

    // When a session's form opens (for reminders): its start minus formOpensHoursBefore.
    Q_INVOKABLE QDateTime formOpensAt(int session) const;
    // Re-reads the store and the clock.
    Q_INVOKABLE void refresh();
    // Starts or resumes the due form (ready or in progress). False if none is open.
    Q_INVOKABLE bool openDueForm();
    // Starts a correction of a past session's submitted form, its answers filled in. The new
    // responses will name the ones they replace; the old ones are kept.
    Q_INVOKABLE bool openCorrection(int session);
    // Lets go of the form object (its draft stays in the store).
    Q_INVOKABLE void closeForm();
    // "Stop for now" after crisis support: the form closes, its answers kept (formStopped).
    Q_INVOKABLE void stopForm();
    // For the charts: [{instrument, name, maximum, caseness, bands: [{min, max, label}],
    // points: [{session, total, band}]}] for instruments with severity bands.
    Q_INVOKABLE QVariantList chartSeries();

Q_SIGNALS:
    void changed();
    void formChanged();
    // An answer the risk policy flags was just given (or submitted, if crisis support was not
    // shown for it then): crisis support opens at once, before the next question.
    void riskAnswered();
    // The person chose to stop the form for now (stopForm): the form page closes.
    void formStopped();

private:
    void clear();
    void setForm(FormSession *form);
    void onFormSubmitted(bool risk, bool crisisShown);
    void keepExpiredDrafts(Store &store, const QDateTime &now);
    void setDue(const DueFormOverview &overview);
    void setDueWords(const DueFormOverview &overview);
    // Progress and the past forms from a whole overview read at `now`.
    void setProgress(const MeasuresOverview &overview, const QDateTime &now);
    // Progress is wanted from now on (until the store closes); built now if it is not current.
    void wantProgress();
    bool progressCurrent(const QDateTime &now) const;
    // Reads the whole overview and builds progress from it; false if it could not be read.
    bool buildProgress(Store &store, const QDateTime &now);
    // The due card's words while a form is in progress, from its draft (kept current while
    // the form is open).
    QString inProgressDetail(const FormDraft &draft, const QStringList &instruments,
                             const QDateTime &closesAt) const;
    void updateDueFromForm();
    void watchClock(Store &store);
    QString clockNoticeFor(int session) const;

    AppContext &m_ctx;
    const MeasuresConfig &m_config; // the context's, kept for the session
    bool m_hasCourse = false;
    int m_dueSession = 0;
    FormState m_dueState = FormState::None;
    QString m_dueTitle;
    QString m_dueDetail;
    QDateTime m_dueOpensAt;
    QDateTime m_dueClosesAt;
    QStringList m_dueInstruments;
    QList<ProgressSeries> m_series;
    QStringList m_outcomeSummary;
    QStringList m_progressColumns;
    QMap<int, QDateTime> m_opensAt;
    QMap<int, QDateTime> m_sessionStarts;
    // The clock or time zone moved since last seen: kept until the store closes.
    bool m_clockMoved = false;
    // The clock disagrees with the sync server's time last seen (ClockJump::offFromServer):
    // looked at again at every refresh.
    bool m_clockOffFromServer = false;
    // Progress and the past forms: asked for since the store opened, and whether what was built
    // at m_progressBuiltAt still holds (until m_progressValidUntil, unless an event says not).
    bool m_progressWanted = false;
    bool m_progressChanged = true;
    QDateTime m_progressBuiltAt;
    QDateTime m_progressValidUntil;
    int m_progressVersion = 0;
    QVariantList m_chartSeries; // chartSeriesFor(m_series), made once per build
    TypedRows<PastFormRow> m_pastForms;
    TypedRows<ProgressRow> m_progressRows;
    QPointer<FormSession> m_form;
    // Forms open and close with time: look again every minute while the store is open.
    QTimer m_tick;
};

} // namespace dit
