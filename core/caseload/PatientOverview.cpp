#include "PatientOverview.h"

#include "PatientStore.h"
#include "course/CourseCalendar.h"
#include "course/CourseStore.h"
#include "course/CourseWording.h"
#include "measures/MeasuresOverview.h"
#include "measures/Progress.h"
#include "measures/Scoring.h"
#include "storage/Store.h"
#include "text/Search.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace dit {

namespace {

// The latest complete RQ or the first: "Fearful-avoidant (self −3, other −1)".
QString rqText(const StoredResponse &r)
{
    const QJsonObject d = r.score.derived;
    const auto signedNumber = [](int v) {
        return v < 0 ? QStringLiteral("\u2212") + QString::number(-v) : QString::number(v);
    };
    return QCoreApplication::translate("PatientOverview", "%1 (model of self %2, of others %3)")
        .arg(caseload::rqStyleName(d.value(QStringLiteral("style")).toString()),
             signedNumber(d.value(QStringLiteral("selfModel")).toInt()),
             signedNumber(d.value(QStringLiteral("otherModel")).toInt()));
}

StartAndEnd rqStartAndEnd(const QList<StoredResponse> &current, const InstrumentCatalogue &cat)
{
    StartAndEnd out;
    const Instrument *q = cat.find(QStringLiteral("rq"));
    out.name = q ? q->shortName() : QStringLiteral("RQ");
    const StoredResponse *first = nullptr;
    const StoredResponse *last = nullptr;
    for (const StoredResponse &r : current) {
        if (r.instrument != QLatin1String("rq") || !r.score.complete || r.score.derived.isEmpty())
            continue;
        if (!first || r.session < first->session)
            first = &r;
        if (!last || r.session > last->session ||
            (r.session == last->session && r.authored > last->authored))
            last = &r;
    }
    if (!first)
        return out;
    out.firstSession = first->session;
    out.start = rqText(*first);
    if (last && last->session > first->session) {
        out.lastSession = last->session;
        out.end = rqText(*last);
    }
    return out;
}

StartAndEnd totalsStartAndEnd(const CourseOutcome &outcome, const QString &rule,
                              const QString &fallbackName)
{
    StartAndEnd out;
    out.name = fallbackName;
    const MeasureChange *m = outcome.measure(rule);
    if (!m)
        return out;
    out.name = m->name;
    out.firstSession = m->firstSession;
    out.start = QString::number(m->first);
    if (m->paired()) {
        out.lastSession = m->lastSession;
        out.end = QString::number(m->last);
    }
    return out;
}

} // namespace

QString TimelineEntry::key() const
{
    switch (state) {
    case State::Attended:
        return QStringLiteral("attended");
    case State::Missed:
        return QStringLiteral("missed");
    case State::Now:
        return QStringLiteral("now");
    case State::Next:
        return QStringLiteral("next");
    case State::Upcoming:
        return QStringLiteral("upcoming");
    case State::Break:
        return QStringLiteral("break");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString TimelineEntry::label() const
{
    switch (state) {
    case State::Attended:
        return QCoreApplication::translate("PatientOverview", "Attended");
    case State::Missed:
        return QCoreApplication::translate("PatientOverview", "Missed");
    case State::Now:
        return QCoreApplication::translate("PatientOverview", "Now");
    case State::Next:
        return QCoreApplication::translate("PatientOverview", "Next");
    case State::Upcoming:
        return QCoreApplication::translate("PatientOverview", "To come");
    case State::Break:
        return QCoreApplication::translate("PatientOverview", "Planned break");
    case State::Cancelled:
        return QCoreApplication::translate("PatientOverview", "Cancelled");
    }
    return {};
}

QString TimelineEntry::symbol() const
{
    switch (state) {
    case State::Attended:
        return QStringLiteral("\u2713"); // ✓
    case State::Missed:
        return QStringLiteral("\u2717"); // ✗
    case State::Now:
    case State::Next:
        return QStringLiteral("\u25B6"); // ▶
    case State::Upcoming:
        return QStringLiteral("\u25CB"); // ○
    case State::Break:
        return QStringLiteral("\u2016"); // ‖
    case State::Cancelled:
        return QStringLiteral("\u2014"); // —
    }
    return {};
}

QString ScoreComparison::change() const
{
    if (!latest || !previous)
        return {};
    const int d = *latest - *previous;
    if (d == 0)
        return QCoreApplication::translate("PatientOverview", "the same");
    return (d < 0 ? QCoreApplication::translate("PatientOverview", "%1 lower")
                  : QCoreApplication::translate("PatientOverview", "%1 higher"))
        .arg(std::abs(d));
}

namespace caseload {

QString rqStyleName(const QString &style)
{
    if (style == QLatin1String("secure"))
        return QCoreApplication::translate("PatientOverview", "Secure");
    if (style == QLatin1String("fearful"))
        return QCoreApplication::translate("PatientOverview", "Fearful-avoidant");
    if (style == QLatin1String("preoccupied"))
        return QCoreApplication::translate("PatientOverview", "Preoccupied");
    if (style == QLatin1String("dismissing"))
        return QCoreApplication::translate("PatientOverview", "Dismissing");
    return style;
}

QList<TimelineEntry> timeline(const Course &course, const QDateTime &now)
{
    QList<TimelineEntry> out;
    if (!course.problem().isEmpty())
        return out;
    const CourseCalendar cal(course);
    const auto current = cal.current(now);
    for (const ScheduledSession &s : cal.sessions()) {
        TimelineEntry e;
        e.session = s.number;
        e.slot = s.slot;
        e.start = s.start;
        e.phase = s.phase;
        e.moved = course.moved.contains(s.slot);
        if (s.end <= now)
            e.state = s.missed ? TimelineEntry::State::Missed : TimelineEntry::State::Attended;
        else if (current && current->number == s.number)
            e.state = s.start <= now ? TimelineEntry::State::Now : TimelineEntry::State::Next;
        else
            e.state = TimelineEntry::State::Upcoming;
        out.append(e);
    }
    for (const SkippedSlot &k : cal.skipped()) {
        TimelineEntry e;
        e.slot = k.slot;
        e.state = k.reason == SkippedSlot::Reason::Break ? TimelineEntry::State::Break
                                                         : TimelineEntry::State::Cancelled;
        // A skipped week sits in the phase of the session after it (or the last one).
        e.phase = Phase::Ending;
        for (const ScheduledSession &s : cal.sessions())
            if (s.slot > k.slot) {
                e.phase = s.phase;
                break;
            }
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        return a.slot < b.slot;
    });
    return out;
}

QString courseLine(const CourseSummary &summary)
{
    switch (summary.stage) {
    case CourseSummary::Stage::NotSetUp:
        return QCoreApplication::translate("PatientOverview", "No sessions set up yet");
    case CourseSummary::Stage::Finished:
        return QCoreApplication::translate("PatientOverview", "Finished");
    case CourseSummary::Stage::NotStarted:
    case CourseSummary::Stage::InProgress:
        break;
    }
    if (!summary.current)
        return {};
    return QCoreApplication::translate("PatientOverview", "Session %1 of %2 · %3")
        .arg(summary.current->number)
        .arg(summary.totalSessions)
        .arg(wording::phaseName(summary.current->phase));
}

QString nextSessionShort(const CourseSummary &summary, const QDateTime &now, const QLocale &locale)
{
    if (!summary.current)
        return {};
    const QDateTime start = summary.current->start.toLocalTime();
    const QString time = wording::timeOfDay(start.time(), locale);
    if (summary.inSessionNow)
        return QCoreApplication::translate("PatientOverview", "Now, since %1").arg(time);
    const qint64 days = now.toLocalTime().date().daysTo(start.date());
    if (days == 0)
        return QCoreApplication::translate("PatientOverview", "Today %1").arg(time);
    if (days == 1)
        return QCoreApplication::translate("PatientOverview", "Tomorrow %1").arg(time);
    return QCoreApplication::translate("PatientOverview", "%1 %2")
        .arg(wording::shortDayAndMonth(start.date(), locale), time);
}

QList<QPair<QString, QString>> outcomeStatus(const CourseOutcome &outcome)
{
    const auto t = [](const char *text) {
        return QCoreApplication::translate("PatientOverview", text);
    };
    const auto yesNo = [&](bool v) {
        return v ? t("Yes") : t("No");
    };
    const auto totals = [&](bool atStart) {
        QStringList parts;
        for (const char *rule : {"phq9", "gad7"})
            if (const MeasureChange *m = outcome.measure(QString::fromLatin1(rule)))
                parts << QStringLiteral("%1 %2").arg(m->name).arg(atStart ? m->first : m->last);
        return parts.join(QStringLiteral(", "));
    };
    QList<QPair<QString, QString>> out;
    if (!outcome.classified) {
        out.append({t("Outcome"),
                    t("Not yet: it needs PHQ-9 and GAD-7 totals from two sessions or more.")});
        if (outcome.measure(QStringLiteral("phq9")) || outcome.measure(QStringLiteral("gad7")))
            out.append(
                {t("Caseness at the start"),
                 QStringLiteral("%1 (%2)").arg(yesNo(outcome.casenessAtStart), totals(true))});
        return out;
    }
    out.append({t("Caseness at the start"),
                QStringLiteral("%1 (%2)").arg(yesNo(outcome.casenessAtStart), totals(true))});
    out.append({t("Caseness now"),
                QStringLiteral("%1 (%2)").arg(yesNo(outcome.casenessAtEnd), totals(false))});
    out.append({t("Recovery"), outcome.recovery ? yesNo(*outcome.recovery)
                                                : t("Not applicable (not a case at the start)")});
    out.append({t("Reliable improvement"), yesNo(outcome.reliableImprovement)});
    out.append({t("Reliable deterioration"), yesNo(outcome.reliableDeterioration)});
    out.append({t("Reliable recovery"), outcome.reliableRecovery
                                            ? yesNo(*outcome.reliableRecovery)
                                            : t("Not applicable (not a case at the start)")});
    return out;
}

Result<PatientOverview> overview(Store &store, const MeasuresConfig &config,
                                 const QString &patientId, const QDateTime &now)
{
    PatientOverview o;
    auto patient = PatientStore(store.records()).get(patientId);
    if (!patient)
        return patient.error();
    o.patient = patient.value();

    auto measures = measuresOverview(store, config, patientId, now);
    if (!measures)
        return measures.error();
    o.course = measures.value().course;
    o.summary = summarize(o.course, now);
    if (o.course)
        o.timeline = timeline(*o.course, now);
    o.series = measures.value().series;
    const QList<ProgressSeries> &series = o.series;
    o.outcome = measures.value().outcome;
    o.due = measures.value().due;
    for (const ProgressSeries &s : series)
        if (!bandsFor(s.rule).isEmpty())
            for (const ProgressPoint &p : s.points)
                o.latestSession = std::max(o.latestSession, p.session);
    for (const ProgressSeries &s : series)
        if (!bandsFor(s.rule).isEmpty())
            for (const ProgressPoint &p : s.points)
                if (p.session < o.latestSession)
                    o.previousSession = std::max(o.previousSession, p.session);
    for (const ProgressSeries &s : series) {
        if (bandsFor(s.rule).isEmpty())
            continue;
        ScoreComparison c;
        c.instrument = s.instrument;
        c.name = s.name;
        c.maximum = s.maximum;
        c.higherIsBetter = s.higherIsBetter;
        for (const ProgressPoint &p : s.points) {
            if (p.session == o.latestSession) {
                c.latest = p.total;
                c.latestBand = p.bandLabel;
                c.latestFromAverage = p.fromAverage;
            } else if (p.session == o.previousSession) {
                c.previous = p.total;
                c.previousBand = p.bandLabel;
                c.previousFromAverage = p.fromAverage;
            }
        }
        o.scores.append(c);
    }
    QDateTime latestAuthored, previousAuthored;
    for (const ProgressSeries &s : series)
        for (const ProgressPoint &p : s.points) {
            if (p.session == o.latestSession)
                latestAuthored = std::max(latestAuthored, p.authored);
            else if (p.session == o.previousSession)
                previousAuthored = std::max(previousAuthored, p.authored);
        }
    const int begun = measures.value().latestSessionBegun;
    if (o.latestSession > 0)
        o.latestAge = ScoreAge::of(o.latestSession, latestAuthored, begun, now);
    if (o.previousSession > 0)
        o.previousAge = ScoreAge::of(o.previousSession, previousAuthored, begun, now);
    o.sos10 = totalsStartAndEnd(o.outcome, QStringLiteral("sos10"), QStringLiteral("SOS-10"));
    o.rq = rqStartAndEnd(measures.value().current, config.catalogue);

    RiskReview review(store.records(), config.catalogue, config.risk);
    auto risks = review.answers(patientId);
    if (!risks)
        return risks.error();
    o.risks = risks.value();
    o.unacknowledged = int(std::count_if(o.risks.cbegin(), o.risks.cend(),
                                         [](const RiskAnswer &a) { return !a.acknowledged(); }));

    return o;
}

QList<CaseloadRow> filterRows(const QList<CaseloadRow> &rows, bool includeArchived,
                              const QString &search)
{
    const QStringList tokens = text::searchTokens(search);
    QList<CaseloadRow> out;
    for (const CaseloadRow &r : rows)
        if ((includeArchived || !r.patient.archived) &&
            (tokens.isEmpty() || text::matchesAllPrefixes(r.patient.label, tokens)))
            out.append(r);
    return out;
}

const char *const kFlaggedAnswersSql =
    "SELECT id, subject, body FROM records WHERE kind = ? AND body LIKE '%\"risk\":true%'";

Result<QList<CaseloadRow>> caseloadRows(Store &store, const QDateTime &now)
{
    auto patients = PatientStore(store.records()).all();
    if (!patients)
        return patients.error();
    RecordStore &records = store.records();
    auto courses = records.listOfEverySubject(QString::fromLatin1(CourseStore::kKind));
    auto acks = records.listOfEverySubject(QString::fromLatin1(RiskReview::kKind));
    if (!courses)
        return courses.error();
    if (!acks)
        return acks.error();

    // The latest course version per patient (a head; with two, the newer).
    QHash<QString, QList<const Record *>> courseRecords;
    for (const Record &r : courses.value())
        courseRecords[r.subject].append(&r);
    QSet<QString> acknowledged;
    for (const Record &r : acks.value())
        acknowledged.insert(r.body.value(QStringLiteral("response")).toString());
    // Only the flagged answers: reading and parsing every answer (16 sessions of four forms
    // for hundreds of patients) would take most of the list's time, and reading them from
    // disk decrypts every page they are on. Bodies are stored as compact JSON, so a flagged
    // one holds "risk":true (a typed "risk":true is escaped and does not match), and the
    // partial index records_at_risk holds just those rows; each is still parsed to be sure.
    QHash<QString, int> unacknowledged;
    auto flagged = store.database().prepare(kFlaggedAnswersSql);
    if (!flagged)
        return flagged.error();
    flagged.value().bind(1, QString::fromLatin1(ResponseStore::kKind));
    while (flagged.value().next()) {
        const QString id = flagged.value().text(0);
        const QJsonObject body = QJsonDocument::fromJson(flagged.value().text(2).toUtf8()).object();
        if (body.value(QStringLiteral("risk")).toBool() && !acknowledged.contains(id))
            ++unacknowledged[flagged.value().text(1)];
    }
    if (flagged.value().failed())
        return flagged.value().error();

    QList<CaseloadRow> rows;
    for (const Patient &p : patients.value()) {
        CaseloadRow row;
        row.patient = p;
        const QList<const Record *> versions = courseRecords.value(p.id);
        QSet<QString> parents;
        for (const Record *r : versions)
            if (!r->parent.isEmpty())
                parents.insert(r->parent);
        const Record *head = nullptr;
        for (const Record *r : versions)
            if (!parents.contains(r->id) && (!head || r->createdAt > head->createdAt))
                head = r;
        if (head)
            if (auto course = Course::fromJson(head->body))
                row.summary = summarize(course.value(), now);
        row.unacknowledged = unacknowledged.value(p.id);
        rows.append(row);
    }
    // Groups: 0 a session to come, 1 no course yet, 2 finished; archived after all.
    const auto group = [](const CaseloadRow &r) {
        int g = r.summary.current ? 0 : r.summary.stage == CourseSummary::Stage::NotSetUp ? 1 : 2;
        return r.patient.archived ? g + 3 : g;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const CaseloadRow &a, const CaseloadRow &b) {
        const int ga = group(a), gb = group(b);
        if (ga != gb)
            return ga < gb;
        if (a.summary.current && b.summary.current &&
            a.summary.current->start != b.summary.current->start)
            return a.summary.current->start < b.summary.current->start;
        return a.patient.label.localeAwareCompare(b.patient.label) < 0;
    });
    return rows;
}

} // namespace caseload

} // namespace dit
