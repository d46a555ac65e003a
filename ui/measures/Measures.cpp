#include "Measures.h"

#include "AppContext.h"
#include "ChartSeries.h"
#include "common/Logging.h"
#include "course/CourseStore.h"
#include "course/CourseWording.h"
#include "measures/ClockWatch.h"
#include "measures/DraftExpiry.h"
#include "measures/FormWalk.h"
#include "measures/MeasuresOverview.h"
#include "measures/ScheduleStore.h"
#include "measures/ScoreAge.h"

#include <QLocale>

namespace dit {

namespace {

QString dayText(const QDateTime &t)
{
    return wording::dayAndMonth(t.toLocalTime().date());
}

QString timeText(const QDateTime &t)
{
    return wording::timeOfDay(t.toLocalTime().time());
}

QString totalsSummary(const QList<SessionTotal> &totals)
{
    QStringList parts;
    for (const SessionTotal &t : totals)
        parts.append(QStringLiteral("%1 %2").arg(t.shortName).arg(t.total));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

Measures::Measures(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_config(context.measuresConfig()), m_pastForms(this),
      m_progressRows(this)
{
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &Measures::refresh);
    connect(&m_ctx, &AppContext::storeOpened, this, &Measures::refresh);
    connect(&m_ctx, &AppContext::storeOpened, &m_tick, qOverload<>(&QTimer::start));
    connect(&m_ctx, &AppContext::storeClosed, &m_tick, &QTimer::stop);
    connect(&m_ctx, &AppContext::storeClosed, this, &Measures::clear);
    connect(&m_ctx, &AppContext::profileSwitched, this, &Measures::clear);
    // Sessions added or changed, a schedule, answers brought by a file or a sync: the due
    // form and progress follow at once, not at the next minute's tick.
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        for (const char *k : {CourseStore::kKind, ScheduleStore::kKind, ResponseStore::kKind})
            if (kind == QLatin1String(k)) {
                m_progressChanged = true;
                refresh();
                return;
            }
    });
    // A therapist opening another patient (or handing the tablet over): their forms.
    connect(&m_ctx, &AppContext::subjectChanged, this, [this] {
        setForm(nullptr);
        m_progressChanged = true;
        refresh();
    });
    if (m_ctx.store())
        m_tick.start();
    refresh();
}

Measures *Measures::create(QQmlEngine *engine, QJSEngine *)
{
    auto *m = new Measures(AppContext::of(engine));
    QJSEngine::setObjectOwnership(m, QJSEngine::CppOwnership);
    return m;
}

QString Measures::dueActionLabel() const
{
    if (m_dueState == FormState::Ready)
        return tr("Start the form");
    if (m_dueState == FormState::InProgress)
        return tr("Carry on");
    return {};
}

QDateTime Measures::formOpensAt(int session) const
{
    return m_opensAt.value(session);
}

void Measures::clear()
{
    setForm(nullptr);
    m_hasCourse = false;
    m_dueSession = 0;
    m_dueState = FormState::None;
    m_dueTitle.clear();
    m_dueDetail.clear();
    m_dueOpensAt = {};
    m_dueClosesAt = {};
    m_dueInstruments.clear();
    m_series.clear();
    m_outcomeSummary.clear();
    m_progressColumns.clear();
    m_opensAt.clear();
    m_sessionStarts.clear();
    m_clockMoved = false;
    m_clockOffFromServer = false;
    m_progressWanted = false;
    m_progressChanged = true;
    m_progressBuiltAt = {};
    m_progressValidUntil = {};
    m_chartSeries.clear();
    m_pastForms.setRows({});
    m_progressRows.setRows({});
    Q_EMIT changed();
}

void Measures::refresh()
{
    Store *store = m_ctx.store();
    if (!store) {
        clear();
        return;
    }
    const QDateTime now = m_ctx.clock().now();
    const QString subject = m_ctx.subject();
    watchClock(*store);
    keepExpiredDrafts(*store, now);
    if (m_form && m_form->submitted())
        m_form->refreshWhoSees(); // sent since it was submitted?
    if (m_progressWanted && !progressCurrent(now)) {
        // Progress is on show and may have changed: one read for both parts.
        auto read = measuresOverview(*store, m_config, subject, now);
        if (!read) {
            qCWarning(lcMeasures) << "measures could not be read";
            clear();
            return;
        }
        setProgress(read.value(), now);
        setDue(read.value());
    } else {
        auto read = dueFormOverview(*store, m_config, subject, now);
        if (!read) {
            qCWarning(lcMeasures) << "the due form could not be read";
            clear();
            return;
        }
        setDue(read.value());
    }
    Q_EMIT changed();
}

void Measures::setDue(const DueFormOverview &o)
{
    m_hasCourse = o.course.has_value();
    m_dueSession = o.due.session;
    m_dueState = o.due.state;
    m_dueOpensAt = o.due.opensAt;
    m_dueClosesAt = o.due.closesAt;
    m_dueInstruments = o.due.instruments;
    m_opensAt = o.opensAt;
    m_sessionStarts = o.sessionStarts;
    setDueWords(o);
}

bool Measures::progressCurrent(const QDateTime &now) const
{
    return !m_progressChanged && m_progressBuiltAt.isValid() && now >= m_progressBuiltAt &&
           (!m_progressValidUntil.isValid() || now < m_progressValidUntil);
}

void Measures::wantProgress()
{
    // Asked while locked (a page's binding as the store closes): not wanted at the next unlock.
    Store *store = m_ctx.store();
    if (!store)
        return;
    m_progressWanted = true;
    // Only a change event makes a property build it again; the time passing is looked at by
    // refresh(), which says so (changed()).
    if (!m_progressChanged && m_progressBuiltAt.isValid())
        return;
    buildProgress(*store, m_ctx.clock().now());
}

bool Measures::buildProgress(Store &store, const QDateTime &now)
{
    auto read = measuresOverview(store, m_config, m_ctx.subject(), now);
    if (!read) {
        qCWarning(lcMeasures) << "measures could not be read";
        return false;
    }
    setProgress(read.value(), now);
    return true;
}

void Measures::setProgress(const MeasuresOverview &o, const QDateTime &now)
{
    m_progressChanged = false;
    m_progressBuiltAt = now;
    ++m_progressVersion;
    // What is built here changes with time only when a session begins (a total becomes older
    // than the session after it) or ends (its form is past), or a total turns two weeks old
    // (ScoreAge): until the first of those, it holds.
    QDateTime until;
    const auto sooner = [&until, &now](const QDateTime &t) {
        if (t.isValid() && t > now && (!until.isValid() || t < until))
            until = t;
    };
    for (const QDateTime &start : o.sessionStarts)
        sooner(start);
    if (o.due.session > 0)
        sooner(o.due.closesAt);

    m_series = o.series;
    m_chartSeries = chartSeriesFor(m_series);
    const CourseOutcome &outcome = o.outcome;
    m_outcomeSummary = outcome.summary;
    m_progressColumns.clear();
    for (const ProgressSeries &s : std::as_const(m_series))
        m_progressColumns.append(s.name);
    // One row per session with any total: the totals, their ranges' names (and whether a
    // total was completed from the average), when they were given and whether that is older
    // than the form window they belong to (ScoreAge), and the whole row as a sentence for
    // screen readers.
    struct Row
    {
        QStringList cells;
        QStringList bands;
        QDateTime authored;
    };
    QMap<int, Row> rows;
    const QString none = QStringLiteral("–");
    for (qsizetype c = 0; c < m_series.size(); ++c) {
        for (const ProgressPoint &p : m_series.at(c).points) {
            Row &row = rows[p.session];
            if (row.cells.isEmpty()) {
                row.cells = QStringList(m_series.size(), none);
                row.bands = QStringList(m_series.size(), QString());
            }
            row.cells[c] = QString::number(p.total);
            const QString band = p.bandLabel.toLower();
            row.bands[c] = !p.fromAverage   ? band
                           : band.isEmpty() ? tr("completed from the average")
                                            : tr("%1, completed from the average").arg(band);
            row.authored = qMax(row.authored, p.authored);
            sooner(p.authored.addSecs(qint64(ScoreAge::kOlderAfterDays) * 24 * 3600 + 1));
        }
    }
    const int latestBegun = o.latestSessionBegun;
    QList<ProgressRow> progress;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList spoken;
        for (qsizetype c = 0; c < m_series.size(); ++c) {
            const QString &total = it.value().cells.at(c);
            const QString &band = it.value().bands.at(c);
            if (total == none)
                spoken.append(tr("%1 not filled in").arg(m_progressColumns.at(c)));
            else if (band.isEmpty())
                spoken.append(tr("%1 %2").arg(m_progressColumns.at(c), total));
            else
                spoken.append(tr("%1 %2, %3").arg(m_progressColumns.at(c), total, band));
        }
        const ScoreAge age = ScoreAge::of(it.key(), it.value().authored, latestBegun, now);
        ProgressRow row;
        row.session = it.key();
        row.label = tr("Session %1").arg(it.key());
        row.cells = it.value().cells;
        row.bands = it.value().bands;
        row.age = age.words(true);
        row.older = age.isOlder();
        row.description = tr("Session %1, %2: %3")
                              .arg(it.key())
                              .arg(age.words(true))
                              .arg(spoken.join(QStringLiteral("; ")));
        progress.append(row);
    }
    // The summary says how old the latest totals are, so they are not read as how things
    // are today.
    if (!rows.isEmpty()) {
        const auto last = std::prev(rows.cend());
        const ScoreAge age = ScoreAge::of(last.key(), last.value().authored, latestBegun, now);
        m_outcomeSummary.append(
            tr("Your latest totals (session %1) are %2.").arg(last.key()).arg(age.words(true)));
    }
    m_progressRows.setRows(progress);

    QList<PastFormRow> past;
    for (const PastForm &f : o.past) {
        PastFormRow row;
        row.session = f.form.session;
        row.title = tr("Session %1").arg(f.form.session);
        row.date = dayText(f.form.sessionStart);
        row.formState = f.form.state;
        row.stateLabel = f.unfinished ? tr("Not finished")
                         : f.partly   ? tr("Partly filled in")
                         : f.done()   ? tr("Filled in")
                                      : tr("Not filled in");
        row.unfinished = f.unfinished;
        row.flagged = f.flagged;
        row.summary = totalsSummary(f.totals);
        row.canCorrect = f.done();
        past.append(row);
    }
    m_pastForms.setRows(past);
    m_progressValidUntil = until;
}

// The due form's card in words.
void Measures::setDueWords(const DueFormOverview &o)
{
    const SessionForm &due = o.due;
    if (!o.course) {
        m_dueTitle = tr("Your forms will appear here");
        m_dueDetail = tr("Once your session times are set up, the form for each session will be "
                         "ready here a few days before it.");
        return;
    }
    switch (due.state) {
    case FormState::None:
        m_dueTitle = due.session == 0 ? tr("No more forms to fill in")
                                      : tr("No form for session %1").arg(due.session);
        m_dueDetail = due.session == 0
                          ? tr("Your sessions have finished. Your answers and progress stay here.")
                          : tr("There is nothing to fill in before this session.");
        break;
    case FormState::NotYetOpen:
        m_dueTitle =
            tr("Your session %1 form opens on %2").arg(due.session).arg(dayText(due.opensAt));
        m_dueDetail = tr("Session %1 is on %2 at %3. The form will be ready from %4 on %5.")
                          .arg(due.session)
                          .arg(dayText(due.sessionStart), timeText(due.sessionStart),
                               timeText(due.opensAt), dayText(due.opensAt));
        break;
    case FormState::Ready:
        m_dueTitle = tr("Your session %1 form is ready").arg(due.session);
        m_dueDetail = tr("%1 questions, about %2 minutes. You can stop at any point and "
                         "carry on later: each answer is saved as you give it.")
                          .arg(o.dueQuestions)
                          .arg(o.dueMinutes);
        break;
    case FormState::InProgress:
        m_dueTitle = tr("Your session %1 form is waiting for you").arg(due.session);
        m_dueDetail =
            inProgressDetail(m_form && m_form->session() == due.session && !m_form->correction()
                                 ? m_form->draft()
                                 : o.dueDraft.value_or(FormDraft()),
                             due.instruments, due.closesAt);
        break;
    case FormState::Done:
        m_dueTitle = tr("Your session %1 form is done").arg(due.session);
        m_dueDetail =
            o.dueSharing ? tr("Thank you. %1").arg(o.dueSharing->words()) : tr("Thank you.");
        break;
    case FormState::Missed:
        m_dueTitle = tr("Session %1: not filled in").arg(due.session);
        m_dueDetail = {};
        break;
    }
}

bool Measures::openDueForm()
{
    refresh();
    Store *store = m_ctx.store();
    if (!store || (m_dueState != FormState::Ready && m_dueState != FormState::InProgress))
        return false;
    if (m_form && m_form->session() == m_dueSession && !m_form->submitted() &&
        !m_form->correction())
        return true;
    const QString subject = m_ctx.subject();
    auto saved = FormDraftStore(store->database(), m_ctx.clock()).load(m_dueSession, subject);
    if (!saved)
        return false;
    FormDraft draft;
    if (saved.value() && !saved.value()->isCorrection()) {
        draft = *saved.value();
    } else {
        draft.session = m_dueSession;
        draft.instruments = m_dueInstruments;
    }
    setForm(new FormSession(*store, m_config.catalogue, m_config.risk, draft, this, subject));
    return true;
}

bool Measures::openCorrection(int session)
{
    Store *store = m_ctx.store();
    if (!store)
        return false;
    const QString subject = m_ctx.subject();
    ResponseStore responses(store->records(), m_config.catalogue, m_config.risk);
    auto current = responses.current(subject);
    if (!current)
        return false;
    FormDraft draft;
    draft.session = session;
    for (const QString &id : MeasureSchedule::instrumentOrder())
        for (const StoredResponse &r : current.value())
            if (r.session == session && r.instrument == id && !draft.replaces.contains(id)) {
                draft.instruments.append(id);
                draft.answers.insert(id, r.answers);
                draft.replaces.insert(id, r.id);
            }
    if (draft.instruments.isEmpty())
        return false;
    auto saved = FormDraftStore(store->database(), m_ctx.clock()).load(session, subject);
    if (saved && saved.value() && saved.value()->isCorrection())
        draft = *saved.value();
    setForm(new FormSession(*store, m_config.catalogue, m_config.risk, draft, this, subject));
    return true;
}

void Measures::closeForm()
{
    setForm(nullptr);
    refresh();
}

void Measures::stopForm()
{
    closeForm();
    Q_EMIT formStopped();
}

void Measures::keepExpiredDrafts(Store &store, const QDateTime &now)
{
    const bool open = m_form && !m_form->correction() && !m_form->submitted();
    auto kept = keepAllExpiredDrafts(store, m_config, now, open ? m_form->subject() : QString(),
                                     open ? m_form->session() : 0);
    if (!kept) {
        qCWarning(lcMeasures) << "forms whose window closed could not be kept";
        return;
    }
    // The caseload and risk review read responses: tell them, and progress changes.
    if (!kept.value().isEmpty())
        m_progressChanged = true;
    if (!kept.value().isEmpty())
        QMetaObject::invokeMethod(
            this, [this] { m_ctx.notifyRecordsChanged(QString::fromLatin1(ResponseStore::kKind)); },
            Qt::QueuedConnection);
}

QString Measures::inProgressDetail(const FormDraft &draft, const QStringList &instruments,
                                   const QDateTime &closesAt) const
{
    const int count = FormWalk(m_config.catalogue, instruments, draft.answers).count();
    const int at = FormWalk(m_config.catalogue, draft).questionNumber(draft.position);
    const QString stands =
        at > 0 ? tr("You are at question %1 of %2 and have answered %3; those answers are saved.")
                     .arg(at)
                     .arg(count)
                     .arg(draft.answeredCount())
               : tr("You have answered %1 of %2 questions; those answers are saved.")
                     .arg(draft.answeredCount())
                     .arg(count);
    return stands + QLatin1Char(' ') +
           tr("It stays open until your session ends on %1; after that, what you have answered "
              "is kept as it is.")
               .arg(dayText(closesAt));
}

// While the due form is open, its card's count follows each answer.
void Measures::updateDueFromForm()
{
    if (!m_form || m_form->correction() || m_form->submitted() ||
        m_form->session() != m_dueSession || m_dueState != FormState::InProgress)
        return;
    const QString detail = inProgressDetail(m_form->draft(), m_dueInstruments, m_dueClosesAt);
    if (detail != m_dueDetail) {
        m_dueDetail = detail;
        Q_EMIT changed();
    }
}

// A form is filed under the session it was opened for (its draft's), whatever the clock says
// when it is submitted (tst_responses formKeepsItsSessionWhenTheClockGoesBack).
void Measures::watchClock(Store &store)
{
    ClockWatch watch(store.settings(), m_ctx.clock());
    const ClockJump jump = watch.check();
    if (jump.any())
        m_progressChanged = true; // the days shown follow the time zone
    if (jump.any() && !m_clockMoved) {
        m_clockMoved = true;
        qCInfo(lcMeasures) << "clock changed since last seen: went back" << jump.wentBack
                           << "went forward" << jump.wentForward << "UTC offset changed"
                           << jump.zoneChanged << "- forms keep the session they were opened for";
    }
    if (jump.offFromServer && !m_clockOffFromServer)
        qCInfo(lcMeasures) << "the clock is more than" << ClockWatch::kServerToleranceSeconds / 3600
                           << "hours from the sync server's time - forms keep the session they "
                              "were opened for";
    m_clockOffFromServer = jump.offFromServer;
    if (!watch.remember())
        qCWarning(lcMeasures) << "the time last seen could not be kept";
}

QString Measures::clockNoticeFor(int session) const
{
    if ((!m_clockMoved && !m_clockOffFromServer) || !m_sessionStarts.contains(session))
        return {};
    if (m_clockOffFromServer)
        return tr("Your phone's clock does not match the time from the sync server: it is more "
                  "than %1 hours out. Check the date and time in your phone's settings. This "
                  "form will be filed under session %2 (%3).")
            .arg(ClockWatch::kServerToleranceSeconds / 3600)
            .arg(session)
            .arg(dayText(m_sessionStarts.value(session)));
    return tr("Your phone's clock or time zone has changed since you last opened the app. This "
              "form will be filed under session %1 (%2).")
        .arg(session)
        .arg(dayText(m_sessionStarts.value(session)));
}

QString Measures::clockNotice() const
{
    if (m_dueState != FormState::Ready && m_dueState != FormState::InProgress)
        return {};
    return clockNoticeFor(m_dueSession);
}

QString Measures::formClockNotice() const
{
    return m_form ? clockNoticeFor(m_form->session()) : QString();
}

void Measures::setForm(FormSession *form)
{
    if (m_form == form)
        return;
    if (m_form)
        m_form->deleteLater();
    m_form = form;
    if (form) {
        connect(form, &FormSession::formSubmitted, this, &Measures::onFormSubmitted);
        connect(form, &FormSession::riskAnswered, this, &Measures::riskAnswered);
        connect(form, &FormSession::changed, this, [this] {
            // The first answer makes a ready form one in progress.
            if (m_dueState == FormState::Ready && m_form && m_form->session() == m_dueSession &&
                m_form->answeredCount() > 0)
                refresh();
            else
                updateDueFromForm();
        });
    }
    Q_EMIT formChanged();
    Q_EMIT changed(); // formClockNotice
}

void Measures::onFormSubmitted(bool risk, bool crisisShown)
{
    m_progressChanged = true;
    refresh();
    if (risk && !crisisShown)
        Q_EMIT riskAnswered();
}

bool Measures::hasProgress()
{
    wantProgress();
    return !m_series.isEmpty();
}

QStringList Measures::outcomeSummary()
{
    wantProgress();
    return m_outcomeSummary;
}

QStringList Measures::progressColumns()
{
    wantProgress();
    return m_progressColumns;
}

int Measures::progressVersion()
{
    wantProgress();
    return m_progressVersion;
}

RowsModel *Measures::pastForms()
{
    wantProgress();
    return &m_pastForms;
}

RowsModel *Measures::progressRows()
{
    wantProgress();
    return &m_progressRows;
}

QVariantList Measures::chartSeries()
{
    wantProgress();
    return m_chartSeries;
}

QString Measures::progressHeadline()
{
    wantProgress();
    return m_chartSeries.isEmpty()
               ? QString()
               : m_chartSeries.first().toMap().value(QStringLiteral("headline")).toString();
}

} // namespace dit
