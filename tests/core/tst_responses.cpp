// Responses end to end in the core: the schedule, when a form opens and is missed, immutable
// submissions and corrections, who sees an answer, progress and the age of scores, and the FHIR
// and CSV exports read back. Drafts, the clock and expired drafts: tst_response_drafts.
#include "ResponseSamples.h"
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
using test::at;
using test::catalogue;
using test::parseCsv;
using test::vector;
using test::weekly;

namespace {

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
    // The default schedule (docs/MEASURES.md): PHQ-9, GAD-7, WSAS and risk every session; RQ and
    // SOS-10 at the first and last; feedback at the last; for other lengths, the first and last of
    // that length.
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
        // The same from responses already read (the measures overview reads them once).
        QCOMPARE(ResponseStore::bySession(responses.current().value()),
                 responses.submittedBySession().value());
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
