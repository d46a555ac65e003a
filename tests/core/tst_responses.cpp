// Responses end to end in the core: the schedule, when a form opens and is missed, drafts that
// survive the process being killed, immutable submissions and corrections, progress, and the
// FHIR and CSV exports read back.
#include "TestSupport.h"
#include "caseload/RiskReview.h"
#include "course/CourseStore.h"
#include "course/CourseWording.h"
#include "handover/Handover.h"
#include "measures/AnswerSharing.h"
#include "measures/AnswerVector.h"
#include "measures/ClockWatch.h"
#include "measures/DraftExpiry.h"
#include "measures/FormDraftStore.h"
#include "measures/FormPlanner.h"
#include "measures/FormSubmission.h"
#include "measures/Outcomes.h"
#include "measures/ResponseExport.h"
#include "measures/ScheduleStore.h"
#include "measures/ScoreAge.h"
#include "sync/PairStore.h"
#include "sync/SharePolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace dit;

namespace {

// Mondays at 10:00 from 2 March 2026 (as tst_course).
Course weekly(int total = 16)
{
    Course c;
    c.totalSessions = total;
    c.firstSession = QDate(2026, 3, 2);
    c.sessionTime = QTime(10, 0);
    return c;
}

QDateTime at(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

const InstrumentCatalogue &catalogue()
{
    static const InstrumentCatalogue c = InstrumentCatalogue::builtIn();
    return c;
}

Answers vector(const char *id, const char *v)
{
    auto a = parseAnswerVector(*catalogue().find(QString::fromLatin1(id)), QString::fromLatin1(v));
    if (!a)
        qFatal("bad test vector: %s", qPrintable(a.error().message));
    return a.value();
}

// RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(csv);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row.append(field);
            field.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    return rows;
}

const StoredResponse *findById(const QList<StoredResponse> &list, const QString &id)
{
    for (const StoredResponse &r : list)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

class TestResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 3 item 3: PHQ-9, GAD-7, WSAS and risk every session; RQ and SOS-10 at the first
    // and last; feedback at the last; for other lengths, the first and last of that length.
    void defaultSchedule()
    {
        const QStringList weekly = {"phq9", "gad7", "wsas", "risk"};
        const MeasureSchedule s = MeasureSchedule::defaults(16);
        QCOMPARE(s.instrumentsFor(1), (weekly + QStringList{"sos10", "rq"}));
        QCOMPARE(s.instrumentsFor(2), weekly);
        QCOMPARE(s.instrumentsFor(15), weekly);
        QCOMPARE(s.instrumentsFor(16), (weekly + QStringList{"sos10", "rq", "feedback"}));
        QVERIFY(s.instrumentsFor(0).isEmpty());
        QVERIFY(s.instrumentsFor(17).isEmpty());
        const MeasureSchedule complex = MeasureSchedule::defaults(28);
        QCOMPARE(complex.instrumentsFor(16), weekly);
        QCOMPARE(complex.instrumentsFor(28), (weekly + QStringList{"sos10", "rq", "feedback"}));
        const MeasureSchedule single = MeasureSchedule::defaults(1);
        QCOMPARE(single.instrumentsFor(1), (weekly + QStringList{"sos10", "rq", "feedback"}));
    }

    void scheduleIsEditablePerCourseAndKeepsHistory()
    {
        test::TempProfile t;
        auto store = t.create();
        ScheduleStore schedules(store->records());
        MeasureSchedule s = schedules.current(16).value();
        s.setInstruments(8, {"risk", "phq9", "sos10"});
        QVERIFY(schedules.save(s));
        t.clock.advanceSeconds(60);
        MeasureSchedule again = schedules.current(16).value();
        QCOMPARE(again.instrumentsFor(8), (QStringList{"phq9", "risk", "sos10"})); // form order
        QVERIFY(again.isEdited(8));
        again.resetToDefault(8);
        QVERIFY(schedules.save(again));
        QCOMPARE(schedules.current(16).value().instrumentsFor(8),
                 (QStringList{"phq9", "gad7", "wsas", "risk"}));
        QCOMPARE(store->records().list(QString::fromLatin1(ScheduleStore::kKind)).value().size(),
                 2);
        // A longer course moves the end-of-therapy instruments to its new last session.
        QCOMPARE(schedules.current(20).value().instrumentsFor(20).last(),
                 QStringLiteral("feedback"));
    }

    // A form opens 72 hours before its session (kDefaultFormOpensHoursBefore) and closes when
    // the session ends; after that it is shown as missed.
    void formWindowAndStates()
    {
        const CourseCalendar cal(weekly());
        const FormPlanner plan(cal, MeasureSchedule::defaults(16));
        QCOMPARE(kDefaultFormOpensHoursBefore, 72);
        // Session 7 is Monday 13 April 2026 at 10:00.
        QCOMPARE(plan.opensAt(7), at(2026, 4, 10, 10));
        QCOMPARE(plan.closesAt(7), at(2026, 4, 13, 10, 50));
        QMap<int, QSet<QString>> submitted;
        QSet<int> drafts;
        QCOMPARE(plan.due(at(2026, 4, 10, 9, 59), submitted, drafts).state, FormState::NotYetOpen);
        QCOMPARE(plan.due(at(2026, 4, 10, 9, 59), submitted, drafts).session, 7);
        QCOMPARE(plan.due(at(2026, 4, 10, 10), submitted, drafts).state, FormState::Ready);
        drafts.insert(7);
        QCOMPARE(plan.due(at(2026, 4, 12), submitted, drafts).state, FormState::InProgress);
        // Still open during the session, e.g. on the therapist's tablet.
        QCOMPARE(plan.due(at(2026, 4, 13, 10, 49), submitted, drafts).state, FormState::InProgress);
        submitted[7] = {"phq9", "gad7", "wsas"};
        QCOMPARE(plan.due(at(2026, 4, 12), submitted, drafts).state, FormState::InProgress);
        submitted[7].insert(QStringLiteral("risk"));
        QCOMPARE(plan.due(at(2026, 4, 12), submitted, drafts).state, FormState::Done);
        // Once session 7 has ended, session 8's form is next; 7 is in the past list as done, 6
        // and earlier as missed (never hidden).
        const QDateTime after7 = at(2026, 4, 13, 10, 50);
        QCOMPARE(plan.due(after7, submitted, drafts).session, 8);
        QCOMPARE(plan.due(after7, submitted, drafts).state, FormState::NotYetOpen);
        const QList<SessionForm> past = plan.past(after7, submitted, drafts);
        QCOMPARE(past.size(), 7);
        QCOMPARE(past.first().session, 7);
        QCOMPARE(past.first().state, FormState::Done);
        QCOMPARE(past.at(1).state, FormState::Missed);
        QCOMPARE(formStateKey(FormState::Missed), QStringLiteral("missed"));
        // After the last session there is nothing due.
        QCOMPARE(plan.due(at(2026, 7, 1), submitted, drafts).state, FormState::None);
        // A service's window: 24 hours.
        const FormPlanner short24(cal, MeasureSchedule::defaults(16), 24);
        QCOMPARE(short24.due(at(2026, 4, 11, 12), {}, {}).state, FormState::NotYetOpen);
        QCOMPARE(short24.due(at(2026, 4, 12, 10), {}, {}).state, FormState::Ready);
    }

    // Each answer is written to the drafts table as it is given; a process killed straight
    // after (no destructors, no clean close) loses nothing.
    void draftSurvivesTheProcessBeingKilled()
    {
        test::TempProfile t;
        auto created = t.create();
        created.reset();
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            auto store = t.profile().unlock(test::secret("correct horse battery"));
            if (!store)
                _exit(3);
            FormDraftStore drafts(store.value()->database(), t.clock);
            FormDraft d;
            d.session = 7;
            d.instruments = {"phq9", "gad7"};
            d.answers[QStringLiteral("phq9")] = vector("phq9", "2,1");
            d.position = QStringLiteral("phq9/44259-0");
            if (!drafts.save(d))
                _exit(4);
            ::kill(::getpid(), SIGKILL);
            _exit(5);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);

        auto store = t.profile().unlock(test::secret("correct horse battery"));
        QVERIFY(store);
        FormDraftStore drafts(store.value()->database(), t.clock);
        auto loaded = drafts.load(7);
        QVERIFY(loaded);
        QVERIFY(loaded.value().has_value());
        QCOMPARE(loaded.value()->answers.value(QStringLiteral("phq9")), vector("phq9", "2,1"));
        QCOMPARE(loaded.value()->position, QStringLiteral("phq9/44259-0"));
        QCOMPARE(drafts.sessions().value(), QSet<int>{7});
    }

    // H16 (docs/CLINICAL_SAFETY.md): the last wall time and UTC offset seen are kept; a clock
    // set back by more than the slack, or another offset, is reported; a small correction is not.
    void clockWatchSeesClockAndZoneChanges()
    {
        test::TempProfile t;
        auto store = t.create();
        const QTimeZone london("Europe/London");
        const QTimeZone newYork("America/New_York");
        t.clock.set(QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC)); // GMT, offset 0
        ClockWatch watch(store->settings(), t.clock, london);
        QVERIFY(!watch.check().any()); // never looked before: nothing to compare
        QVERIFY(watch.remember());

        // Back by exactly the slack (a network time correction): not a change.
        t.clock.set(t.clock.now().addSecs(-ClockWatch::kSlackSeconds));
        QVERIFY(!watch.check().any());
        // One second more than the slack: the clock went back.
        t.clock.set(t.clock.now().addSecs(-1));
        ClockJump jump = watch.check();
        QVERIFY(jump.wentBack);
        QVERIFY(!jump.zoneChanged);
        QCOMPARE(jump.lastSeen, QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC));
        // Once remembered, the new time is the one compared against.
        QVERIFY(watch.remember());
        QVERIFY(!watch.check().any());
        // Forward is time passing, not a change.
        t.clock.advanceSeconds(3 * 24 * 3600);
        QVERIFY(!watch.check().any());

        // Travelling to New York (UTC-5 in early March, before US summer time on 8 March).
        ClockWatch abroad(store->settings(), t.clock, newYork);
        jump = abroad.check();
        QVERIFY(jump.zoneChanged);
        QVERIFY(!jump.wentBack);
        QCOMPARE(jump.lastOffsetSeconds, 0);
        QCOMPARE(jump.offsetSeconds, -5 * 3600);
        QVERIFY(abroad.remember());
        QVERIFY(!abroad.check().any());

        // Summer time in London (29 March 2026, 01:00 UTC): the offset becomes +1 hour.
        QVERIFY(watch.remember());
        t.clock.set(QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC).addSecs(-60));
        QVERIFY(watch.remember());
        t.clock.advanceSeconds(120);
        jump = watch.check();
        QVERIFY(jump.zoneChanged);
        QCOMPARE(jump.offsetSeconds, 3600);

        // A damaged value is read as never having looked, not as a change.
        QVERIFY(store->settings().setValue(QString::fromLatin1(ClockWatch::kKey),
                                           QStringLiteral("not json")));
        QVERIFY(!watch.check().any());
    }

    // However the clock moves after a form is opened, its responses are filed under the
    // session it was opened for (the draft's), not the one the clock now points at.
    void formKeepsItsSessionWhenTheClockGoesBack()
    {
        test::TempProfile t;
        auto store = t.create();
        ResponseStore responses(store->records(), catalogue());
        FormDraftStore drafts(store->database(), t.clock);
        t.clock.set(QDateTime(QDate(2026, 3, 30), QTime(9, 0), Qt::UTC)); // session 5's window
        FormDraft d;
        d.session = 5;
        d.instruments = {QStringLiteral("risk")};
        d.answers[QStringLiteral("risk")] = vector("risk", "0");
        QVERIFY(drafts.save(d));
        // The clock is set back a week, into session 4's window.
        t.clock.set(QDateTime(QDate(2026, 3, 23), QTime(9, 0), Qt::UTC));
        auto saved = drafts.load(5);
        QVERIFY(saved && saved.value());
        auto stored = submitForm(store->database(), responses, drafts, *saved.value());
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored.value().size(), 1);
        QCOMPARE(stored.value().first().session, 5);
        QCOMPARE(stored.value().first().authored, t.clock.now());
    }

    // A submitted form becomes one immutable response per instrument, stamped with the time and
    // session; the draft goes. A correction is a new record naming the one it replaces.
    void submitAndCorrect()
    {
        test::TempProfile t;
        auto store = t.create();
        ResponseStore responses(store->records(), catalogue());
        FormDraftStore drafts(store->database(), t.clock);
        FormDraft d;
        d.session = 3;
        d.instruments = MeasureSchedule::defaults(16).instrumentsFor(3);
        d.answers[QStringLiteral("phq9")] = vector("phq9", "2,2,2,2,2,2,2,2,1");
        d.answers[QStringLiteral("gad7")] = vector("gad7", "1,1,1,1,1,1,1");
        d.answers[QStringLiteral("risk")] = vector("risk", "0");
        QVERIFY(drafts.save(d));
        t.clock.set(QDateTime(QDate(2026, 3, 15), QTime(19, 30), Qt::UTC));
        auto stored = submitForm(store->database(), responses, drafts, d);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored.value().size(), 4);
        QVERIFY(!drafts.load(3).value().has_value());
        const StoredResponse phq = stored.value().at(0);
        QCOMPARE(phq.instrument, QStringLiteral("phq9"));
        QCOMPARE(phq.session, 3);
        QCOMPARE(phq.authored, t.clock.now());
        QCOMPARE(phq.score.total, std::optional<int>(17));
        QVERIFY(phq.risk); // item 9 "Several days"
        QVERIFY(!stored.value().at(1).risk);
        // WSAS was left blank: recorded, with no total.
        QCOMPARE(stored.value().at(2).instrument, QStringLiteral("wsas"));
        QVERIFY(!stored.value().at(2).score.total);

        // Stored flags are in the record itself, for the therapist's view.
        const Record rec = store->records().get(phq.id).value();
        QCOMPARE(rec.body.value(QStringLiteral("risk")).toBool(), true);
        QCOMPARE(rec.body.value(QStringLiteral("flags")).toArray().first().toString(),
                 QStringLiteral("risk"));
        // Immutable: the schema refuses an update.
        QVERIFY(!store->database().exec("UPDATE records SET body = '{}'"));

        t.clock.advanceSeconds(3600);
        auto corrected = responses.submit(QStringLiteral("phq9"), 3,
                                          vector("phq9", "2,2,2,2,2,2,2,2,0"), phq.id);
        QVERIFY(corrected);
        QCOMPARE(corrected.value().replaces, phq.id);
        QVERIFY(!corrected.value().risk);
        QCOMPARE(responses.all().value().size(), 5);
        const QList<StoredResponse> current = responses.current().value();
        QCOMPARE(current.size(), 4);
        QVERIFY(!findById(current, phq.id));
        QVERIFY(findById(responses.all().value(), phq.id)->risk); // both kept
        // Corrections must match instrument and session.
        QVERIFY(!responses.submit(QStringLiteral("phq9"), 4, vector("phq9", "0"), phq.id));
        QVERIFY(!responses.submit(QStringLiteral("gad7"), 3, vector("gad7", "0"), phq.id));
        QVERIFY(!responses.submit(QStringLiteral("nope"), 3, {}));
        QVERIFY(!responses.submit(QStringLiteral("gad7"), 0, {}));
        QVERIFY(!responses.submit(QStringLiteral("gad7"), 3, {{"69725-0", "LA6572-7"}}));
        QCOMPARE(responses.submittedBySession().value().value(3),
                 (QSet<QString>{"phq9", "gad7", "wsas", "risk"}));
    }

    // A risk answer is never lost in a draft (docs/MEASURES.md, "A risk answer in a form"):
    // when the form's window closes unsubmitted, what was answered is kept as incomplete
    // responses, scored and flagged, seen by the therapist's risk review and shared by sync
    // like any response. Nothing is added that was not entered.
    void expiredDraftIsKeptIncompleteAndFlagged()
    {
        test::TempProfile t;
        auto store = t.create();
        ResponseStore responses(store->records(), catalogue());
        FormDraftStore drafts(store->database(), t.clock);
        const CourseCalendar cal(weekly());
        const FormPlanner plan(cal, MeasureSchedule::defaults(16));
        // Session 7: Monday 13 April 2026 at 10:00, closing at 10:50. Item 9 "Several days",
        // then two GAD-7 answers; WSAS and the risk question never reached.
        FormDraft d;
        d.session = 7;
        d.instruments = MeasureSchedule::defaults(16).instrumentsFor(7);
        d.answers[QStringLiteral("phq9")] = vector("phq9", "0,0,0,0,0,0,0,0,1");
        d.answers[QStringLiteral("gad7")] = vector("gad7", "2,1");
        d.crisisShown = true;
        QVERIFY(drafts.save(d));
        QVERIFY(drafts.load(7).value()->crisisShown);
        // An empty draft of session 6 and a correction of session 5 (both closed by then).
        FormDraft empty;
        empty.session = 6;
        empty.instruments = d.instruments;
        QVERIFY(drafts.save(empty));
        auto original = responses.submit(QStringLiteral("phq9"), 5, vector("phq9", "0"));
        QVERIFY(original);
        FormDraft correction;
        correction.session = 5;
        correction.instruments = {QStringLiteral("phq9")};
        correction.answers[QStringLiteral("phq9")] = vector("phq9", "1");
        correction.replaces[QStringLiteral("phq9")] = original.value().id;
        QVERIFY(drafts.save(correction));

        // One minute before the window closes: nothing changes but the closed empty draft.
        auto before =
            keepExpiredDrafts(store->database(), responses, drafts, plan, at(2026, 4, 13, 10, 49));
        QVERIFY(before);
        QVERIFY(before.value().isEmpty());
        QVERIFY(drafts.load(7).value().has_value());
        QVERIFY(!drafts.load(6).value().has_value());
        // A form someone has open is left until it is closed.
        t.clock.set(QDateTime(QDate(2026, 4, 13), QTime(10, 50)));
        auto open =
            keepExpiredDrafts(store->database(), responses, drafts, plan, t.clock.now(), {}, 7);
        QVERIFY(open && open.value().isEmpty());
        QVERIFY(drafts.load(7).value().has_value());

        auto kept = keepExpiredDrafts(store->database(), responses, drafts, plan, t.clock.now());
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
        QCOMPARE(kept.value().size(), 2); // PHQ-9 and GAD-7; nothing for WSAS or risk
        const StoredResponse phq = kept.value().at(0);
        QCOMPARE(phq.instrument, QStringLiteral("phq9"));
        QCOMPARE(phq.session, 7);
        QVERIFY(phq.incomplete);
        QVERIFY(phq.risk);
        QCOMPARE(phq.answers, vector("phq9", "0,0,0,0,0,0,0,0,1"));
        QVERIFY(phq.score.hasFlag(QStringLiteral("risk")));
        QVERIFY(phq.score.hasFlag(QStringLiteral("incomplete")));
        const StoredResponse gad = kept.value().at(1);
        QVERIFY(gad.incomplete);
        QVERIFY(!gad.risk);
        QVERIFY(!gad.score.total); // five questions were never answered: no total
        QCOMPARE(gad.answers.size(), 2);
        QVERIFY(!drafts.load(7).value().has_value());
        // The correction's draft is untouched; the response it would correct stands.
        QVERIFY(drafts.load(5).value().has_value());
        // Stored as a response like any other: read back the same, in the record itself.
        const Record rec = store->records().get(phq.id).value();
        QCOMPARE(rec.body.value(QStringLiteral("incomplete")).toBool(), true);
        QCOMPARE(rec.body.value(QStringLiteral("risk")).toBool(), true);
        auto again = StoredResponse::fromRecord(rec);
        QVERIFY(again && again.value().incomplete && again.value().risk);
        QCOMPARE(responses.submittedBySession().value().value(7), (QSet<QString>{"phq9", "gad7"}));
        // On the therapist's risk review, and in what sync and hand-over files share.
        auto review = RiskReview(store->records(), catalogue()).answers({});
        QVERIFY(review);
        QCOMPARE(review.value().size(), 1);
        QCOMPARE(review.value().first().response.id, phq.id);
        QVERIFY(sync::SharePolicy(QSet<QString>{}).shares(rec));
        auto handover = handover::selectForTherapist(store->records(), handover::Choice());
        QVERIFY(handover);
        QVERIFY(std::any_of(handover.value().cbegin(), handover.value().cend(),
                            [&](const Record &r) { return r.id == phq.id; }));
        // Exported as FHIR "stopped" (answered, then abandoned), flagged in the CSV too.
        const QJsonObject bundle = toFhirBundle({phq}, catalogue(), t.clock.now());
        QCOMPARE(bundle.value(QStringLiteral("entry"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("resource"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("stopped"));
        const QList<QStringList> csv = parseCsv(toCsv({phq}, catalogue()));
        QCOMPARE(csv.at(1).at(csv.at(0).indexOf(QStringLiteral("status"))),
                 QStringLiteral("stopped"));
        QCOMPARE(csv.at(1).at(csv.at(0).indexOf(QStringLiteral("flags"))),
                 QStringLiteral("risk incomplete"));
        // Running again keeps nothing twice.
        auto twice =
            keepExpiredDrafts(store->database(), responses, drafts, plan, t.clock.now().addDays(1));
        QVERIFY(twice && twice.value().isEmpty());
        QCOMPARE(responses.current().value().size(), 3);
    }

    // On a therapist's tablet a hand-over draft is under the patient's id: each subject's
    // drafts are kept by that subject's own course.
    void expiredDraftsOfEverySubjectAreKept()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        const QString patient = QStringLiteral("patient-1");
        QVERIFY(CourseStore(store->records()).save(weekly(), patient));
        FormDraftStore drafts(store->database(), t.clock);
        FormDraft d;
        d.session = 1;
        d.instruments = MeasureSchedule::defaults(16).instrumentsFor(1);
        d.answers[QStringLiteral("risk")] = vector("risk", "LA33-6");
        QVERIFY(drafts.save(d, patient));
        const MeasuresConfig config = MeasuresConfig::builtIn();
        // Session 1 is Monday 2 March 2026 at 10:00, closing at 10:50.
        const QDateTime closed = at(2026, 3, 2, 10, 50);
        QVERIFY(keepAllExpiredDrafts(*store, config, at(2026, 3, 2, 10, 49)).value().isEmpty());
        QVERIFY(keepAllExpiredDrafts(*store, config, closed, patient, 1).value().isEmpty());
        QVERIFY(keepAllExpiredDrafts(*store, config, closed, QString(), 1).value().size() == 1);
        const QList<StoredResponse> kept =
            ResponseStore(store->records(), catalogue()).current(patient).value();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().subject, patient);
        QVERIFY(kept.first().risk && kept.first().incomplete);
        QVERIFY(!drafts.load(1, patient).value().has_value());
    }

    // What the app says about who sees an answer is worked out from the real state, for each
    // state (docs/MEASURES.md, "Who sees an answer").
    void whoSeesAnAnswerFollowsTheRealState()
    {
        test::TempProfile t;
        auto store = t.create();
        ResponseStore responses(store->records(), catalogue());
        auto phq = responses.submit(QStringLiteral("phq9"), 1, vector("phq9", "0,0,0,0,0,0,0,0,1"));
        QVERIFY(phq);
        const QStringList ids{phq.value().id};
        // Not paired: it stays on the phone.
        auto notPaired = AnswerSharing::of(*store, {}, ids);
        QVERIFY(notPaired);
        QCOMPARE(notPaired.value().state, AnswerSharing::State::NotPaired);
        QCOMPARE(notPaired.value().words(),
                 QStringLiteral("This stays on your phone. Your therapist sees it only if you "
                                "show them."));
        // Paired, not yet sent (and a draft, with no records, is never "sent").
        sync::PairStore pairs(*store);
        auto pair =
            pairs.add(QStringLiteral("https://sync.example"), SecretBytes::random(32), {}, {});
        QVERIFY(pair);
        auto notSent = AnswerSharing::of(*store, {}, ids);
        QCOMPARE(notSent.value().state, AnswerSharing::State::NotYetSent);
        QVERIFY(notSent.value().words().contains(QStringLiteral("not been sent")));
        QVERIFY(notSent.value().words().contains(QStringLiteral("cannot see it")));
        // A draft is never sent by sync: it goes once submitted, or kept when the form closes.
        auto draft = AnswerSharing::of(*store, {}, {});
        QCOMPARE(draft.value().state, AnswerSharing::State::NotYetSent);
        QVERIFY(draft.value().inDraft);
        QVERIFY(draft.value().words().contains(QStringLiteral("cannot see this yet")));
        QVERIFY(draft.value().words().contains(QStringLiteral("after you submit the form")));
        // Sent, with when: the good pass that sent it.
        QVERIFY(pairs.addDoc(pair.value().id, QStringLiteral("doc-1"), phq.value().id, "sent"));
        auto sentNoTime = AnswerSharing::of(*store, {}, ids);
        QCOMPARE(sentNoTime.value().state, AnswerSharing::State::Sent);
        QVERIFY(!sentNoTime.value().sentBy.isValid()); // no good pass since it was made
        QVERIFY(!sentNoTime.value().words().contains(QStringLiteral(" at ")));
        const QDateTime synced = phq.value().authored.addSecs(90);
        QVERIFY(pairs.setSynced(pair.value().id, synced));
        auto sent = AnswerSharing::of(*store, {}, ids);
        QCOMPARE(sent.value().state, AnswerSharing::State::Sent);
        QCOMPARE(sent.value().sentBy, synced);
        QVERIFY(sent.value().words().contains(wording::timeOfDay(synced.toLocalTime().time())));
        // An unpaired pair shares nothing any more.
        QVERIFY(pairs.markUnpaired(pair.value().id, QStringLiteral("test")));
        QCOMPARE(AnswerSharing::of(*store, {}, ids).value().state, AnswerSharing::State::NotPaired);
        // In a hand-over on the therapist's tablet.
        test::TempProfile tablet;
        auto therapist = tablet.create("correct horse battery", Role::Therapist);
        auto handOver = AnswerSharing::of(*therapist, QStringLiteral("patient-1"), {});
        QCOMPARE(handOver.value().state, AnswerSharing::State::OnTherapistTablet);
        QVERIFY(handOver.value().words().contains(QStringLiteral("therapist's tablet")));
        // None of them promises that the therapist will see it.
        for (const AnswerSharing::State s :
             {AnswerSharing::State::NotPaired, AnswerSharing::State::NotYetSent,
              AnswerSharing::State::Sent, AnswerSharing::State::OnTherapistTablet}) {
            for (const bool inDraft : {false, true}) {
                AnswerSharing a;
                a.state = s;
                a.inDraft = inDraft;
                QVERIFY(!a.words().contains(QStringLiteral("will see")));
            }
        }
    }

    // Progress keeps the latest complete total per session, for 1 and for 500 responses.
    void progressAndOutcomeFromStore()
    {
        test::TempProfile t;
        auto store = t.create();
        ResponseStore responses(store->records(), catalogue());
        QVERIFY(responses.submit(QStringLiteral("phq9"), 1, vector("phq9", "2,2,2,2,2,2,2,2,2")));
        QList<ProgressSeries> one = progressSeries(responses.current().value(), catalogue());
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().name, QStringLiteral("PHQ-9"));
        QCOMPARE(one.first().points.size(), 1);
        QVERIFY(!classifyOutcome(one).classified);

        // 500 responses: PHQ-9 and GAD-7 at 60 sessions, the rest corrections and blanks.
        int count = 1;
        for (int session = 1; session <= 60; ++session) {
            t.clock.advanceSeconds(60);
            const int phq = std::max(0, 20 - session / 3);
            QStringList v(9, QString::number(phq / 9));
            for (int i = 0; i < phq % 9; ++i)
                v[i] = QString::number(phq / 9 + 1);
            QVERIFY(
                responses.submit(QStringLiteral("phq9"), session,
                                 vector("phq9", v.join(QLatin1Char(',')).toLatin1().constData())));
            QVERIFY(
                responses.submit(QStringLiteral("gad7"), session, vector("gad7", "1,1,1,1,1,1,1")));
            count += 2;
        }
        while (count < 500) {
            t.clock.advanceSeconds(1);
            QVERIFY(
                responses.submit(QStringLiteral("wsas"), 1 + count % 60, vector("wsas", "no,1")));
            ++count;
        }
        QCOMPARE(responses.all().value().size(), 500);
        const QList<ProgressSeries> many = progressSeries(responses.current().value(), catalogue());
        QCOMPARE(many.size(), 2); // WSAS never complete: no series
        QCOMPARE(many.at(0).points.size(), 60);
        // Two complete PHQ-9s at session 1: the later one (20) counts.
        QCOMPARE(many.at(0).points.first().total, 20);
        QCOMPARE(many.at(0).points.last().session, 60);
        QCOMPARE(many.at(0).points.last().total, 0);
        const CourseOutcome o = classifyOutcome(many);
        QVERIFY(o.classified);
        QVERIFY(o.summary.first().startsWith(
            QStringLiteral("PHQ-9 went from 20 at session 1 to 0 at session 60")));
    }

    // A score says its date, and one older than the form window it belongs to says so in
    // words: once a later session has begun, or after ScoreAge::kOlderAfterDays days
    // (docs/MEASURES.md, "When a score is older").
    void scoreAgeSaysItsDateAndWhenItIsOlder()
    {
        const std::optional<Course> course = weekly();
        // Session 2 is Monday 9 March at 10:00.
        QCOMPARE(ScoreAge::latestSessionBegun(course, at(2026, 3, 9, 9, 59)), 1);
        QCOMPARE(ScoreAge::latestSessionBegun(course, at(2026, 3, 9, 10, 0)), 2);
        QCOMPARE(ScoreAge::latestSessionBegun(course, at(2026, 2, 1)), 0);
        QCOMPARE(ScoreAge::latestSessionBegun(std::nullopt, at(2026, 3, 9)), 0);

        // The form for session 2, given on 7 March.
        const QDateTime given = at(2026, 3, 7, 18);
        auto age = [&](const QDateTime &now) {
            return ScoreAge::of(2, given, ScoreAge::latestSessionBegun(course, now), now);
        };
        QCOMPARE(age(at(2026, 3, 12)).older, ScoreAge::Older::No);
        QCOMPARE(age(at(2026, 3, 12)).words(true), QStringLiteral("from Saturday, 7 March"));
        // Session 3 (16 March, 10:00) has begun: the session 2 score is older.
        QCOMPARE(age(at(2026, 3, 16, 9, 59)).older, ScoreAge::Older::No);
        QCOMPARE(age(at(2026, 3, 16, 10, 0)).older, ScoreAge::Older::LaterSession);
        QCOMPARE(age(at(2026, 3, 16, 10, 0)).words(true),
                 QStringLiteral("from Saturday, 7 March — older than your last session"));
        QCOMPARE(age(at(2026, 3, 16, 10, 0)).words(false),
                 QStringLiteral("from Saturday, 7 March — older than the last session"));

        // Without a later session (no course, or the course has ended): 14 days exactly is
        // not older, a minute more is.
        QCOMPARE(ScoreAge::of(2, given, 0, given.addDays(14)).older, ScoreAge::Older::No);
        const ScoreAge old = ScoreAge::of(2, given, 0, given.addDays(14).addSecs(60));
        QCOMPARE(old.older, ScoreAge::Older::Days);
        QVERIFY(old.isOlder());
        QCOMPARE(old.words(true), QStringLiteral("from Saturday, 7 March — more than 2 weeks old"));
        // The last session's score after the course has ended.
        const std::optional<Course> four = weekly(4);
        const QDateTime last = at(2026, 3, 21, 18); // for session 4, 23 March
        QCOMPARE(ScoreAge::of(4, last, ScoreAge::latestSessionBegun(four, at(2026, 4, 1)),
                              at(2026, 4, 1))
                     .older,
                 ScoreAge::Older::No);
        QCOMPARE(ScoreAge::of(4, last, ScoreAge::latestSessionBegun(four, at(2026, 5, 1)),
                              at(2026, 5, 1))
                     .older,
                 ScoreAge::Older::Days);
    }

    // The FHIR export is a valid-shaped R4 Bundle that reads back into the same answers; the
    // CSV has one row per response and one column per question plus totals.
    void exportRoundTrip()
    {
        test::TempProfile t;
        auto store = t.create();
        ResponseStore responses(store->records(), catalogue());
        auto phq =
            responses.submit(QStringLiteral("phq9"), 1, vector("phq9", "3,3,2,2,1,1,0,0,1,2"));
        QVERIFY(phq);
        t.clock.advanceSeconds(60);
        auto fix = responses.submit(QStringLiteral("phq9"), 1, vector("phq9", "3,3,2,2,1,1,0,0,0"),
                                    phq.value().id);
        QVERIFY(fix);
        QVERIFY(responses.submit(QStringLiteral("wsas"), 1, vector("wsas", "yes,,1,2,3,4")));
        QVERIFY(responses.submit(QStringLiteral("rq"), 1, vector("rq", "fearful,2,6,4,3")));
        QVERIFY(responses.submit(QStringLiteral("feedback"), 16,
                                 vector("feedback", "3,3,2,=HYPERLINK(\"x\")")));
        const QList<StoredResponse> all = responses.all().value();

        const QJsonObject bundle = toFhirBundle(all, catalogue(), t.clock.now());
        const QJsonDocument parsed = QJsonDocument::fromJson(QJsonDocument(bundle).toJson());
        const QJsonObject b = parsed.object();
        QCOMPARE(b.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(b.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        QVERIFY(QDateTime::fromString(b.value(QStringLiteral("timestamp")).toString(), Qt::ISODate)
                    .isValid());
        const QJsonArray entries = b.value(QStringLiteral("entry")).toArray();
        QCOMPARE(entries.size(), all.size());
        static const QRegularExpression urn(QStringLiteral(
            "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        static const QRegularExpression fhirId(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
        for (const QJsonValue &e : entries) {
            const QJsonObject entry = e.toObject();
            QVERIFY(urn.match(entry.value(QStringLiteral("fullUrl")).toString()).hasMatch());
            const QJsonObject qr = entry.value(QStringLiteral("resource")).toObject();
            QCOMPARE(qr.value(QStringLiteral("resourceType")).toString(),
                     QStringLiteral("QuestionnaireResponse"));
            QVERIFY(fhirId.match(qr.value(QStringLiteral("id")).toString()).hasMatch());
            QVERIFY(QStringList({"completed", "amended"})
                        .contains(qr.value(QStringLiteral("status")).toString()));
            QVERIFY(
                qr.value(QStringLiteral("questionnaire")).toString().contains(QLatin1Char('|')));
            QVERIFY(
                QDateTime::fromString(qr.value(QStringLiteral("authored")).toString(), Qt::ISODate)
                    .isValid());
            // Every item has a linkId and either answers or child items, never both, never neither.
            std::function<void(const QJsonArray &)> check = [&](const QJsonArray &items) {
                for (const QJsonValue &iv : items) {
                    const QJsonObject item = iv.toObject();
                    QVERIFY(!item.value(QStringLiteral("linkId")).toString().isEmpty());
                    const bool hasAnswer = item.contains(QStringLiteral("answer"));
                    const bool hasItems = item.contains(QStringLiteral("item"));
                    QVERIFY(hasAnswer != hasItems);
                    if (hasItems)
                        check(item.value(QStringLiteral("item")).toArray());
                }
            };
            check(qr.value(QStringLiteral("item")).toArray());
        }
        // Read the first PHQ-9 back: answers, session, total, risk flag.
        const QJsonObject first =
            entries.at(0).toObject().value(QStringLiteral("resource")).toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        Answers back;
        std::function<void(const QJsonArray &)> collect = [&](const QJsonArray &items) {
            for (const QJsonValue &iv : items) {
                const QJsonObject item = iv.toObject();
                if (item.contains(QStringLiteral("item")))
                    collect(item.value(QStringLiteral("item")).toArray());
                else
                    back.insert(item.value(QStringLiteral("linkId")).toString(),
                                item.value(QStringLiteral("answer"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("valueCoding"))
                                    .toObject()
                                    .value(QStringLiteral("code"))
                                    .toString());
            }
        };
        collect(first.value(QStringLiteral("item")).toArray());
        QCOMPARE(back, phq.value().answers);
        QMap<QString, QJsonValue> extensions;
        for (const QJsonValue &ev : first.value(QStringLiteral("extension")).toArray()) {
            const QJsonObject ext = ev.toObject();
            for (const QString &k : ext.keys())
                if (k.startsWith(QStringLiteral("value")))
                    extensions.insert(ext.value(QStringLiteral("url")).toString(), ext.value(k));
        }
        QCOMPARE(extensions.value(QString::fromLatin1(fhirext::kSession)).toInt(), 1);
        QCOMPARE(extensions.value(QString::fromLatin1(fhirext::kTotal)).toInt(), 13);
        QCOMPARE(extensions.value(QString::fromLatin1(fhirext::kFlag)).toString(),
                 QStringLiteral("risk"));
        // The WSAS total completed from the average says so in FHIR too.
        const QJsonObject wsas =
            entries.at(2).toObject().value(QStringLiteral("resource")).toObject();
        const QByteArray wsasFlag = QByteArray(QByteArray("\"url\":\"") + fhirext::kFlag +
                                               "\",\"valueCode\":\"total-from-average\"");
        QVERIFY(QJsonDocument(wsas).toJson(QJsonDocument::Compact).contains(wsasFlag));
        // The correction is "amended" and names what it replaces.
        const QJsonObject second =
            entries.at(1).toObject().value(QStringLiteral("resource")).toObject();
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("amended"));
        QVERIFY(QJsonDocument(second).toJson().contains(responseUrn(phq.value().id).toUtf8()));
        // LOINC codes carried through.
        QVERIFY(QJsonDocument(first).toJson().contains("\"system\": \"http://loinc.org\""));

        const QByteArray csv = toCsv(all, catalogue());
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), all.size() + 1); // header and one row per response
        const QStringList header = rows.first();
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        QVERIFY(header.contains(QStringLiteral("total")));
        QVERIFY(header.contains(QStringLiteral("phq9:44250-9")));
        QVERIFY(header.contains(QStringLiteral("phq9:69722-7")));
        QVERIFY(header.contains(QStringLiteral("wsas:wsas-1")));
        QVERIFY(header.contains(QStringLiteral("rq:selfModel")));
        QVERIFY(!header.contains(QStringLiteral("gad7:69725-0"))); // no GAD-7 response
        const auto cell = [&](int row, const char *column) {
            return rows.at(row).at(header.indexOf(QString::fromLatin1(column)));
        };
        QCOMPARE(cell(1, "response_id"), phq.value().id);
        QCOMPARE(cell(1, "total"), QStringLiteral("13"));
        QCOMPARE(cell(1, "phq9:44250-9"), QStringLiteral("3"));
        QCOMPARE(cell(1, "phq9:69722-7"), QStringLiteral("Very difficult"));
        QCOMPARE(cell(1, "flags"), QStringLiteral("risk"));
        QCOMPARE(cell(2, "replaces"), phq.value().id);
        QCOMPARE(cell(2, "status"), QStringLiteral("amended"));
        // WSAS, not working: 1+2+3+4 = 10, the average 2.5 standing in for work, 12.5 rounded
        // to 13 of 40 (NHS Data Dictionary rule, docs/MEASURES.md), and the note carried.
        QCOMPARE(cell(3, "total"), QStringLiteral("13"));
        QCOMPARE(cell(3, "maximum"), QStringLiteral("40"));
        QCOMPARE(cell(3, "flags"), QStringLiteral("total-from-average"));
        // ... and where totals are shown (Progress, the dashboard, the summary PDF).
        for (const ProgressSeries &s : progressSeries(responses.current().value(), catalogue()))
            for (const ProgressPoint &p : s.points)
                QCOMPARE(p.fromAverage, s.instrument == u"wsas");
        QCOMPARE(cell(3, "wsas:wsas-1"), QString());
        QCOMPARE(cell(4, "rq:selfModel"), QStringLiteral("-5"));
        QCOMPARE(cell(4, "rq:style"), QStringLiteral("fearful"));
        QCOMPARE(cell(4, "total"), QString());
        QCOMPARE(cell(5, "feedback:feedback-comments"), QStringLiteral("'=HYPERLINK(\"x\")"));
        // Typed text cannot run as a spreadsheet formula.
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    }
};

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"
