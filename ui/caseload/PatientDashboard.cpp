#include "PatientDashboard.h"

#include "AppContext.h"
#include "ChartSeries.h"
#include "FileUrls.h"
#include "PatientSummaryPdf.h"
#include "caseload/CaseloadExport.h"
#include "caseload/PatientOverview.h"
#include "caseload/RiskReview.h"
#include "course/CourseWording.h"
#include "measures/FormDraftStore.h"
#include "measures/MeasuresConfig.h"
#include "storage/AtomicFile.h"

#include <QFile>
#include <QLocale>

namespace dit {

PatientDashboard::PatientDashboard(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_timeline(this), m_scores(this), m_outcome(this),
      m_startAndEnd(this), m_risks(this)
{
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &PatientDashboard::refresh);
    connect(&m_ctx, &AppContext::storeClosed, this, [this] { setPatientId({}); });
    connect(&m_ctx, &AppContext::recordsChanged, this, &PatientDashboard::refresh);
}

PatientDashboard *PatientDashboard::create(QQmlEngine *engine, QJSEngine *)
{
    auto *d = new PatientDashboard(AppContext::of(engine));
    QJSEngine::setObjectOwnership(d, QJSEngine::CppOwnership);
    return d;
}

void PatientDashboard::setPatientId(const QString &id)
{
    if (id == m_patientId && (id.isEmpty() || m_ctx.subject() == id)) {
        refresh();
        return;
    }
    // While the tablet is handed over the subject is held: nothing else opens.
    if (!m_ctx.setSubject(id))
        return;
    m_patientId = id;
    Q_EMIT patientChanged();
    if (id.isEmpty())
        m_tick.stop();
    else
        m_tick.start();
    refresh();
}

QString PatientDashboard::riskSummary() const
{
    if (m_risks.count() == 0)
        return tr("No risk answers.");
    if (m_unacknowledged == 0)
        return tr("Every risk answer has been acknowledged.");
    return m_unacknowledged == 1 ? tr("1 risk answer is waiting for you to acknowledge it.")
                                 : tr("%1 risk answers are waiting for you to acknowledge them.")
                                       .arg(m_unacknowledged);
}

void PatientDashboard::clear()
{
    m_open = false;
    m_label.clear();
    m_archived = m_hasCourse = m_canHandOver = false;
    m_courseLine.clear();
    m_nextSession.clear();
    m_latestLabel.clear();
    m_previousLabel.clear();
    m_scoresAge.clear();
    m_outcomeSentences.clear();
    m_unacknowledged = 0;
    m_formText.clear();
    m_chartSeries.clear();
    m_timeline.setRows({});
    m_scores.setRows({});
    m_outcome.setRows({});
    m_startAndEnd.setRows({});
    m_risks.setRows({});
}

namespace {

bool draftHoldsRisk(Store &store, const MeasuresConfig &config, const Clock &clock, int session,
                    const QString &patientId)
{
    auto draft = FormDraftStore(store.database(), clock).load(session, patientId);
    if (!draft || !draft.value())
        return false;
    for (auto it = draft.value()->answers.cbegin(); it != draft.value()->answers.cend(); ++it)
        if (const Instrument *q = config.catalogue.find(it.key());
            q && config.risk.flags(*q, it.value()))
            return true;
    return false;
}

} // namespace

void PatientDashboard::refresh()
{
    Store *store = m_ctx.store();
    clear();
    if (!store || m_patientId.isEmpty()) {
        Q_EMIT changed();
        return;
    }
    const QDateTime now = m_ctx.clock().now();
    const MeasuresConfig &config = m_ctx.measuresConfig();
    auto loaded = caseload::overview(*store, config, m_patientId, now);
    if (!loaded) {
        m_error = loaded.error().message;
        Q_EMIT changed();
        return;
    }
    m_error.clear();
    const PatientOverview &o = loaded.value();
    const QLocale locale;
    m_open = true;
    m_label = o.patient.label;
    m_archived = o.patient.archived;
    m_hasCourse = o.course.has_value();
    m_courseLine = caseload::courseLine(o.summary);
    if (o.summary.current) {
        const QDateTime start = o.summary.current->start;
        const QString relative =
            wording::relativeDay(start.toLocalTime().date(), now.toLocalTime().date());
        m_nextSession =
            o.summary.inSessionNow
                ? tr("Session %1 is now, until %2.")
                      .arg(o.summary.current->number)
                      .arg(wording::timeOfDay(o.summary.current->end.toLocalTime().time()))
                : tr("Session %1: %2 (%3)")
                      .arg(o.summary.current->number)
                      .arg(wording::dateTime(start), relative);
    }

    QList<TimelineRow> timeline;
    for (const TimelineEntry &e : o.timeline) {
        const QDate day = e.session > 0 ? e.start.toLocalTime().date() : e.slot;
        const QString date = wording::shortDayAndMonth(day, locale);
        const QString title = e.session > 0 ? tr("Session %1").arg(e.session) : tr("No session");
        QString state = e.label();
        if (e.moved)
            state = tr("%1, moved").arg(state);
        timeline.append({.session = e.session,
                         .title = title,
                         .dateText = date,
                         .phase = e.phase,
                         .phaseName = wording::phaseName(e.phase),
                         .state = e.state,
                         .stateLabel = state,
                         .symbol = e.symbol(),
                         .moved = e.moved,
                         .description = tr("%1, %2, %3: %4")
                                            .arg(title, locale.toString(day, QLocale::LongFormat),
                                                 wording::phaseName(e.phase), state)});
    }
    m_timeline.setRows(timeline);

    m_latestLabel = o.latestSession > 0 ? tr("Session %1").arg(o.latestSession) : QString();
    m_previousLabel = o.previousSession > 0 ? tr("Session %1").arg(o.previousSession) : QString();
    m_scoresAge.clear();
    if (o.latestSession > 0)
        m_scoresAge = tr("%1: %2.").arg(m_latestLabel, o.latestAge.words(false));
    if (o.previousSession > 0)
        m_scoresAge += tr(" %1: %2.").arg(m_previousLabel, o.previousAge.words(false));
    QList<ScoreRow> scores;
    const QString none = QStringLiteral("\u2013");
    // A WSAS total completed from the average says so beside its range (docs/MEASURES.md).
    const auto band = [](const QString &label, bool fromAverage) {
        return fromAverage ? tr("%1, completed from the average").arg(label) : label;
    };
    for (const ScoreComparison &c : o.scores) {
        const QString latest = c.latest ? QString::number(*c.latest) : none;
        const QString previous = c.previous ? QString::number(*c.previous) : none;
        const QString latestBand = band(c.latestBand, c.latestFromAverage);
        const QString previousBand = band(c.previousBand, c.previousFromAverage);
        QString spoken = tr("%1: %2 %3")
                             .arg(c.name, m_latestLabel,
                                  c.latest ? tr("%1, %2").arg(latest, latestBand.toLower())
                                           : tr("not filled in"));
        if (o.previousSession > 0)
            spoken += tr("; %1 %2").arg(
                m_previousLabel, c.previous ? tr("%1, %2").arg(previous, previousBand.toLower())
                                            : tr("not filled in"));
        if (!c.change().isEmpty())
            spoken += tr("; %1").arg(c.change());
        scores.append({.name = c.name,
                       .latest = latest,
                       .previous = previous,
                       .latestBand = latestBand,
                       .previousBand = previousBand,
                       .change = c.change(),
                       .description = spoken});
    }
    m_scores.setRows(scores);

    QList<OutcomeRow> outcome;
    for (const auto &[label, value] : caseload::outcomeStatus(o.outcome))
        outcome.append({.label = label, .value = value});
    m_outcome.setRows(outcome);
    m_outcomeSentences = o.outcome.therapistSummary;

    QList<StartAndEndRow> startEnd;
    for (const StartAndEnd &m : {o.sos10, o.rq}) {
        const QString startLabel =
            m.firstSession > 0 ? tr("Session %1").arg(m.firstSession) : tr("Start");
        const QString endLabel =
            m.lastSession > 0 ? tr("Session %1").arg(m.lastSession) : tr("End");
        const QString start = m.start.isEmpty() ? tr("not given yet") : m.start;
        const QString end = m.end.isEmpty() ? tr("not given yet") : m.end;
        startEnd.append({.name = m.name,
                         .start = start,
                         .end = end,
                         .startLabel = startLabel,
                         .endLabel = endLabel,
                         .description = tr("%1: at the start (%2) %3; at the end (%4) %5")
                                            .arg(m.name, startLabel, start, endLabel, end)});
    }
    m_startAndEnd.setRows(startEnd);

    QList<RiskRow> risks;
    const auto when = [&locale](const QDateTime &t) {
        const QDateTime local = t.toLocalTime();
        //: a short date and a time, e.g. "Tue, 24 Nov 19:00"
        return tr("%1 %2").arg(wording::shortDayAndMonth(local.date(), locale),
                               wording::timeOfDay(local.time(), locale));
    };
    for (const RiskAnswer &a : o.risks) {
        const QString title = tr("Session %1 · %2").arg(a.response.session).arg(a.instrumentName);
        const QString date = when(a.response.authored);
        const QString ack = a.acknowledged() ? tr("Acknowledged %1").arg(when(a.acknowledgedAt))
                                             : tr("Not yet acknowledged");
        const QString answers = a.answerTexts.join(QLatin1Char('\n'));
        // A form never submitted is kept, flagged, when its window closes (DraftExpiry.h):
        // its time is then, not when the answer was given.
        const QString dateText = a.response.incomplete
                                     ? tr("Not submitted: kept when the form closed, %1").arg(date)
                                     : tr("Answered %1").arg(date);
        risks.append(
            {.responseId = a.response.id,
             .title = title,
             .answers = answers,
             .dateText = dateText,
             .acknowledged = a.acknowledged(),
             .acknowledgedText = ack,
             .description = tr("Risk answer, %1. %2: %3. %4").arg(title, dateText, answers, ack)});
    }
    m_risks.setRows(risks);
    m_unacknowledged = o.unacknowledged;

    m_canHandOver = o.canHandOver();
    switch (o.due.state) {
    case FormState::Ready:
        m_formText = tr("The session %1 form is ready to fill in.").arg(o.due.session);
        break;
    case FormState::InProgress:
        // A risk answer in a form stopped in the room is said now, not only once the form is
        // submitted or closes (docs/MEASURES.md, "A risk answer in a form").
        m_formText = draftHoldsRisk(*store, config, m_ctx.clock(), o.due.session, m_patientId)
                         ? tr("The session %1 form is part done and holds a risk answer, not "
                              "submitted yet; it carries on where it was left.")
                               .arg(o.due.session)
                         : tr("The session %1 form is part done; it carries on where it was left.")
                               .arg(o.due.session);
        break;
    case FormState::Done:
        m_formText = tr("The session %1 form is done.").arg(o.due.session);
        break;
    case FormState::NotYetOpen:
        m_formText = tr("The session %1 form opens on %2.")
                         .arg(o.due.session)
                         .arg(wording::dateTime(o.due.opensAt));
        break;
    case FormState::None:
    case FormState::Missed:
        m_formText = o.course ? tr("No form is open now.") : tr("Set up the sessions first.");
        break;
    }
    if (o.patient.archived)
        m_formText = tr("Archived: restore this patient to hand over a form.");
    m_chartSeries = chartSeriesFor(o.series, ChartReader::Therapist, m_label);
    Q_EMIT changed();
}

bool PatientDashboard::acknowledge(const QString &responseId)
{
    Store *store = m_ctx.store();
    if (!store || m_patientId.isEmpty())
        return false;
    const MeasuresConfig &config = m_ctx.measuresConfig();
    auto done = RiskReview(store->records(), config.catalogue, config.risk)
                    .acknowledge(responseId, m_patientId);
    if (!done) {
        m_error = done.error().message;
        Q_EMIT changed();
        return false;
    }
    m_ctx.notifyRecordsChanged(QString::fromLatin1(RiskReview::kKind));
    return true;
}

QString PatientDashboard::exportFileName(const QString &kind) const
{
    // Nothing identifying in a file list: no label, no date of birth, no initials.
    if (kind == QLatin1String("pdf"))
        return QStringLiteral("summary.pdf");
    if (kind == QLatin1String("csv"))
        return QStringLiteral("answers.csv");
    return QStringLiteral("answers.json");
}

bool PatientDashboard::report(const QString &problem)
{
    if (problem != m_error) {
        m_error = problem;
        Q_EMIT changed();
    }
    return problem.isEmpty();
}

bool PatientDashboard::exportSummary(const QUrl &file)
{
    return report(writeSummary(file));
}

bool PatientDashboard::exportAnswers(const QString &format, const QUrl &file)
{
    return report(writeAnswers(format, file));
}

QString PatientDashboard::writeSummary(const QUrl &file) const
{
    Store *store = m_ctx.store();
    const QString path = localPathOf(file);
    if (!store || m_patientId.isEmpty())
        return tr("No patient is open.");
    if (path.isEmpty())
        return tr("Please choose where to save the file.");
    const MeasuresConfig &config = m_ctx.measuresConfig();
    auto o = caseload::overview(*store, config, m_patientId, m_ctx.clock().now());
    if (!o)
        return o.error().message;
    auto pdf = documents::patientSummaryPdf(o.value(), m_ctx.clock().now());
    if (!pdf)
        return pdf.error().message;
    if (Status s = writeFileAtomically(path, pdf.value()); !s)
        return s.error().message;
    return {};
}

QString PatientDashboard::writeAnswers(const QString &format, const QUrl &file) const
{
    Store *store = m_ctx.store();
    const QString path = localPathOf(file);
    if (!store || m_patientId.isEmpty())
        return tr("No patient is open.");
    if (path.isEmpty())
        return tr("Please choose where to save the file.");
    if (format != QLatin1String("fhir") && format != QLatin1String("csv"))
        return tr("That file type is not offered.");
    const MeasuresConfig &config = m_ctx.measuresConfig();
    auto bytes = caseload::exportResponses(
        *store, config.catalogue, m_patientId,
        format == QLatin1String("csv") ? caseload::ExportFormat::Csv : caseload::ExportFormat::Fhir,
        m_ctx.clock().now());
    if (!bytes)
        return bytes.error().message;
    if (Status s = writeFileAtomically(path, bytes.value()); !s)
        return s.error().message;
    return {};
}

} // namespace dit
