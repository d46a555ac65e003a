// Form drafts in the core: kept through the process being killed, filed under the session
// they were opened for however the clock moves, clock and time-zone changes noticed, and the
// answers of a form whose window closed kept as an incomplete, flagged response
// (docs/CLINICAL_SAFETY.md H13, H16; docs/MEASURES.md).
#include "ResponseSamples.h"
#include "TestSupport.h"
#include "caseload/RiskReview.h"
#include "course/CourseStore.h"
#include "handover/Handover.h"
#include "measures/ClockWatch.h"
#include "measures/DraftExpiry.h"
#include "measures/FormDraftStore.h"
#include "measures/FormPlanner.h"
#include "measures/FormSubmission.h"
#include "measures/ResponseExport.h"
#include "measures/ScheduleStore.h"
#include "sync/ServerDate.h"
#include "sync/SharePolicy.h"

#include <QJsonArray>
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

class TestResponseDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

    // A clock moved forward looks like time passing on the wall clock alone; beside the boot
    // clock (CLOCK_BOOTTIME, which nobody can set) it shows, within the same boot
    // (docs/CLINICAL_SAFETY.md H16). ManualClock: advanceSeconds() is time passing, set() a
    // person setting the clock, reboot() another boot.
    void clockWatchSeesTheClockMovedForward()
    {
        test::TempProfile t;
        auto store = t.create();
        const QTimeZone london("Europe/London");
        t.clock.set(QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC));
        ClockWatch watch(store->settings(), t.clock, london);
        QVERIFY(watch.remember());

        // Two hours pass, on both clocks: no change.
        t.clock.advanceSeconds(2 * 3600);
        QVERIFY(!watch.check().any());
        // The wall clock set on by exactly the slack beyond that: still none.
        t.clock.set(t.clock.now().addSecs(ClockWatch::kSlackSeconds));
        QVERIFY(!watch.check().any());
        // One second more: moved forward, not back.
        t.clock.set(t.clock.now().addSecs(1));
        ClockJump jump = watch.check();
        QVERIFY(jump.wentForward);
        QVERIFY(!jump.wentBack);
        QVERIFY(!jump.zoneChanged);
        QVERIFY(jump.any());
        // A week ahead (a form opening early): the same.
        QVERIFY(watch.remember());
        t.clock.set(t.clock.now().addDays(7));
        QVERIFY(watch.check().wentForward);

        // Set back by an hour after three hours passed: the wall time is still later than
        // the last seen, which the wall clock alone cannot tell from time passing.
        QVERIFY(watch.remember());
        t.clock.advanceSeconds(3 * 3600);
        t.clock.set(t.clock.now().addSecs(-3600));
        jump = watch.check();
        QVERIFY(jump.wentBack);
        QVERIFY(!jump.wentForward);
        QVERIFY(jump.lastSeen < t.clock.now());

        // After a restart of the device the two clocks cannot be compared: a clock moved
        // forward meanwhile is not seen (said in H16); one moved back still is.
        QVERIFY(watch.remember());
        t.clock.reboot("second boot");
        t.clock.set(t.clock.now().addDays(2));
        QVERIFY(!watch.check().any());
        t.clock.set(t.clock.now().addDays(-3));
        QVERIFY(watch.check().wentBack);

        // Where the system gives no boot id, the boot clock is not trusted.
        t.clock.reboot("unknown-boot");
        QVERIFY(watch.remember());
        t.clock.set(t.clock.now().addDays(2));
        QVERIFY(!watch.check().any());

        // A value kept by an earlier version (no boot reading): only going back shows.
        t.clock.reboot("third boot");
        QVERIFY(store->settings().setValue(
            QString::fromLatin1(ClockWatch::kKey),
            QStringLiteral("{\"utcMs\":%1,\"offset\":0}").arg(t.clock.now().toMSecsSinceEpoch())));
        t.clock.set(t.clock.now().addDays(1));
        QVERIFY(!watch.check().any());
    }

    // A clock wrong from the start, or changed across a restart, against a time the person
    // cannot set: the sync server's (its HTTP Date header), kept with the boot clock's reading
    // when it was seen (docs/CLINICAL_SAFETY.md H16). The tolerance is 2 hours either way.
    void clockWatchComparesWithTheServersTime()
    {
        test::TempProfile t;
        auto store = t.create();
        const QTimeZone london("Europe/London");
        const QDateTime server(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC);
        const qint64 tolerance = ClockWatch::kServerToleranceSeconds;
        QCOMPARE(tolerance, 2 * 3600);
        ClockWatch watch(store->settings(), t.clock, london);

        // Never synced (an unpaired phone): nothing to compare with, however wrong.
        t.clock.set(server.addYears(-3));
        QVERIFY(!watch.check().offFromServer);
        QCOMPARE(watch.check().serverOffSeconds, 0);
        QVERIFY(!watch.rememberServerTime({}));

        // Wrong from the start: the first sync shows it, both ways, past the tolerance only.
        const auto offBy = [&](qint64 seconds) {
            t.clock.set(server.addSecs(seconds));
            if (!watch.rememberServerTime(server))
                qFatal("the server's time was not kept");
            return watch.check();
        };
        QVERIFY(!offBy(tolerance).offFromServer);
        QVERIFY(!offBy(-tolerance).offFromServer);
        ClockJump jump = offBy(tolerance + 1);
        QVERIFY(jump.offFromServer);
        QCOMPARE(jump.serverOffSeconds, tolerance + 1);
        QVERIFY(!jump.any()); // not a move: the clock has been wrong all along
        jump = offBy(-tolerance - 1);
        QVERIFY(jump.offFromServer);
        QCOMPARE(jump.serverOffSeconds, -tolerance - 1);

        // A right clock: days pass on both clocks, still right; set forward or back later in
        // the same boot, the server's time carried on by the boot clock shows it.
        offBy(30);
        t.clock.advanceSeconds(5 * 24 * 3600);
        QVERIFY(!watch.check().offFromServer);
        QCOMPARE(watch.check().serverOffSeconds, 30);
        t.clock.set(t.clock.now().addSecs(3 * 3600));
        QVERIFY(watch.check().offFromServer);
        t.clock.set(t.clock.now().addSecs(-6 * 3600));
        QVERIFY(watch.check().offFromServer);
        t.clock.set(t.clock.now().addSecs(3 * 3600)); // put right again: nothing to say
        QVERIFY(!watch.check().offFromServer);

        // A time zone change moves no UTC time: the zone is noticed, the server check is not.
        QVERIFY(watch.remember());
        ClockWatch abroad(store->settings(), t.clock, QTimeZone("America/New_York"));
        QVERIFY(abroad.check().zoneChanged);
        QVERIFY(!abroad.check().offFromServer);

        // Across a restart the boot clocks cannot be compared: a clock set earlier than the
        // server's time last seen still shows; one set forward does not until the next sync.
        const QDateTime before = t.clock.now();
        QVERIFY(watch.rememberServerTime(before)); // a sync just before the restart
        t.clock.reboot("second boot");
        t.clock.set(before.addDays(3));
        QVERIFY(!watch.check().offFromServer);
        t.clock.set(before.addDays(-1));
        QVERIFY(watch.check().offFromServer);
        QVERIFY(watch.check().wentBack); // and the clock watch sees the move back too
        t.clock.set(before.addDays(3));
        QVERIFY(watch.rememberServerTime(before.addSecs(600))); // the next sync
        jump = watch.check();
        QVERIFY(jump.offFromServer);
        QCOMPARE(jump.serverOffSeconds, 3 * 24 * 3600 - 600);

        // A damaged value is read as never having synced.
        QVERIFY(store->settings().setValue(QString::fromLatin1(ClockWatch::kServerKey),
                                           QStringLiteral("not json")));
        QVERIFY(!watch.check().offFromServer);
    }

    // The server's time as the sync code receives it: the HTTP Date header (RFC 9110
    // §5.6.7's IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"), the newest one a pass saw, from
    // responses sent one at a time or in flight; failed responses and other forms ignored.
    void serverDateIsTakenFromResponses()
    {
        QCOMPARE(sync::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        // The hour British summer time skips (29 March 2026, 01:xx) is a real UTC time.
        QCOMPARE(sync::parseHttpDate("Sun, 29 Mar 2026 01:30:00 GMT"),
                 QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
        for (const char *bad : {"", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
                                "Mon, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 CET",
                                "Sun, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT"})
            QVERIFY2(!sync::parseHttpDate(bad).isValid(), bad);

        class Server final : public sync::HttpClient
        {
        public:
            QList<sync::HttpResponse> replies;
            sync::HttpResponse send(const sync::HttpRequest &) override
            {
                return replies.takeFirst();
            }
        };
        const auto reply = [](const char *date, int status = 200) {
            sync::HttpResponse r;
            r.status = status;
            r.date = date;
            return r;
        };
        sync::HttpResponse timedOut = reply("Tue, 03 Mar 2026 12:00:00 GMT");
        timedOut.failure = sync::HttpResponse::Failure::TimedOut;
        Server server;
        server.replies = {reply("Tue, 03 Mar 2026 09:00:00 GMT"),
                          reply("Tue, 03 Mar 2026 09:00:05 GMT", 404),
                          reply("nonsense"),
                          reply("Tue, 03 Mar 2026 09:00:01 GMT"),
                          timedOut,
                          reply("Tue, 03 Mar 2026 09:00:09 GMT")};
        sync::ServerDateClient dated(server);
        QVERIFY(!dated.latest().isValid());
        QCOMPARE(dated.send({}).status, 200);
        QCOMPARE(dated.latest(), QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC));
        dated.send({}); // any status is the server answering: its time counts
        QCOMPARE(dated.latest(), QDateTime(QDate(2026, 3, 3), QTime(9, 0, 5), Qt::UTC));
        dated.send({});
        dated.send({}); // an older time (responses overlap) does not replace a newer one
        QCOMPARE(dated.latest(), QDateTime(QDate(2026, 3, 3), QTime(9, 0, 5), Qt::UTC));
        auto inFlight = dated.start({});
        QCOMPARE(inFlight->wait().failure, sync::HttpResponse::Failure::TimedOut);
        QCOMPARE(dated.latest(), QDateTime(QDate(2026, 3, 3), QTime(9, 0, 5), Qt::UTC));
        QCOMPARE(dated.start({})->wait().status, 200);
        QCOMPARE(dated.latest(), QDateTime(QDate(2026, 3, 3), QTime(9, 0, 9), Qt::UTC));
    }

    // Sessions are wall-clock times in the phone's time zone now: after travel, a 10:00
    // session is at 10:00 where the phone is, so the form due can change with the zone. The
    // change is said (clockWatchSeesClockAndZoneChanges, the form's notice) and a form keeps
    // the session it was opened for (formKeepsItsSessionWhenTheClockGoesBack).
    void sessionsFollowThePhonesTimeZone()
    {
        const QTimeZone london("Europe/London");
        const QTimeZone newYork("America/New_York");
        const CourseCalendar home(weekly(), london);
        const CourseCalendar away(weekly(), newYork);
        QCOMPARE(home.session(1)->start.toTimeZone(london).time(), QTime(10, 0));
        QCOMPARE(away.session(1)->start.toTimeZone(newYork).time(), QTime(10, 0));
        QCOMPARE(away.session(1)->start.toUTC(),
                 QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC));
        // Noon in London on 2 March: session 1 is over there, not yet begun in New York.
        const QDateTime noon(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
        QCOMPARE(home.current(noon)->number, 2);
        QCOMPARE(away.current(noon)->number, 1);
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
};

QTEST_GUILESS_MAIN(TestResponseDrafts)
#include "tst_response_drafts.moc"
