// The measures overview and the form walk in the core: the due form and its time estimate,
// the forms already past with the "partly filled in" rule, progress, and where a draft's
// position points (docs/MEASURES.md, "The Measures overview"). The instruments' item counts
// are those of the built-in FHIR definitions (core/resources/instruments): PHQ-9 ten items
// (nine and the difficulty question), GAD-7 seven, WSAS six (whether the person works, then
// the five items, the first only for someone working), the risk question one.
#include "ResponseSamples.h"
#include "TestSupport.h"
#include "course/CourseStore.h"
#include "measures/FormDraftStore.h"
#include "measures/FormWalk.h"
#include "measures/MeasuresOverview.h"
#include "storage/Store.h"

#include <QTest>

using namespace dit;
using test::at;
using test::catalogue;
using test::vector;
using test::weekly;

namespace {

// dueFormOverview, which reads only the due session's responses, says what measuresOverview
// says of the due form.
void checkDueAgrees(Store &store, const MeasuresConfig &config, const QDateTime &now)
{
    auto whole = measuresOverview(store, config, {}, now);
    auto due = dueFormOverview(store, config, {}, now);
    QVERIFY(whole);
    QVERIFY2(due, qPrintable(due ? QString() : due.error().message));
    const MeasuresOverview &w = whole.value();
    const DueFormOverview &d = due.value();
    QCOMPARE(d.course.has_value(), w.course.has_value());
    QCOMPARE(d.latestSessionBegun, w.latestSessionBegun);
    QCOMPARE(d.opensAt, w.opensAt);
    QCOMPARE(d.sessionStarts, w.sessionStarts);
    QCOMPARE(d.due.session, w.due.session);
    QCOMPARE(d.due.state, w.due.state);
    QCOMPARE(d.due.opensAt, w.due.opensAt);
    QCOMPARE(d.due.closesAt, w.due.closesAt);
    QCOMPARE(d.due.instruments, w.due.instruments);
    QCOMPARE(d.dueQuestions, w.dueQuestions);
    QCOMPARE(d.dueMinutes, w.dueMinutes);
    QCOMPARE(d.dueDraft.has_value(), w.dueDraft.has_value());
    if (d.dueDraft)
        QCOMPARE(d.dueDraft->answeredCount(), w.dueDraft->answeredCount());
    QCOMPARE(d.dueSharing.has_value(), w.dueSharing.has_value());
    if (d.dueSharing)
        QCOMPARE(d.dueSharing->state, w.dueSharing->state);
}

} // namespace

class TestMeasuresOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formWalkStepsAndPositions()
    {
        const FormWalk walk(catalogue(), {QStringLiteral("phq9"), QStringLiteral("wsas")}, {});
        QCOMPARE(walk.count(), 16); // 10 + 6
        QCOMPARE(walk.steps().first().key(), QStringLiteral("phq9/44250-9"));
        QCOMPARE(walk.stepOf(QStringLiteral("phq9/44260-8")), 8); // item 9
        QCOMPARE(walk.questionNumber(QStringLiteral("phq9/44260-8")), 9);
        QCOMPARE(walk.positionOf(8, false), QStringLiteral("phq9/44260-8"));
        QCOMPARE(walk.positionOf(10, false), QStringLiteral("wsas/wsas-not-working"));
        // The review, no position, a question not in the form, a step out of range.
        QCOMPARE(walk.positionOf(3, true), QStringLiteral("review"));
        QVERIFY(FormWalk::isReview(walk.positionOf(3, true)));
        QCOMPARE(walk.stepOf(QStringLiteral("review")), -1);
        QCOMPARE(walk.questionNumber(QStringLiteral("review")), 0);
        QCOMPARE(walk.questionNumber(QString()), 0);
        QCOMPARE(walk.questionNumber(QStringLiteral("gad7/69725-0")), 0);
        QCOMPARE(walk.positionOf(16, false), QString());
        QCOMPARE(walk.positionOf(-1, false), QString());
        // An unknown instrument adds no step.
        QCOMPARE(
            FormWalk(catalogue(), {QStringLiteral("nope"), QStringLiteral("risk")}, {}).count(), 1);
    }

    // Not working leaves out the work question, and its answer goes with it; choosing the
    // chosen answer again clears it and the question is back.
    void choosingAnAnswerCanTakeAQuestionAway()
    {
        const Instrument &wsas = *catalogue().find(QStringLiteral("wsas"));
        const InstrumentItem &notWorking = wsas.items.at(0);
        QCOMPARE(notWorking.linkId, QStringLiteral("wsas-not-working"));
        const InstrumentItem &work = wsas.items.at(1);
        QMap<QString, Answers> answers;
        chooseAnswer(wsas, answers[wsas.id], work, QStringLiteral("5"));
        QCOMPARE(answers.value(wsas.id).value(work.linkId), QStringLiteral("5"));
        const QStringList form{wsas.id};
        QCOMPARE(FormWalk(catalogue(), form, answers).count(), 6);

        chooseAnswer(wsas, answers[wsas.id], notWorking, QStringLiteral("yes"));
        QVERIFY(!answers.value(wsas.id).contains(work.linkId));
        const FormWalk without(catalogue(), form, answers);
        QCOMPARE(without.count(), 5);
        QCOMPARE(without.stepOf(&work), -1);
        QCOMPARE(without.stepOf(QStringLiteral("wsas/wsas-1")), -1);

        chooseAnswer(wsas, answers[wsas.id], notWorking, QStringLiteral("yes"));
        QVERIFY(!answers.value(wsas.id).contains(notWorking.linkId));
        QCOMPARE(FormWalk(catalogue(), form, answers).count(), 6);
    }

    // 12 seconds a question, never under 2 minutes: 10 questions are exactly 2 minutes, 11
    // round up to 3; a usual weekly form (24) is 5, the first session's (39) 8.
    void timeEstimateBoundaries()
    {
        QCOMPARE(formMinutes(0), 2);
        QCOMPARE(formMinutes(1), 2);
        QCOMPARE(formMinutes(10), 2);
        QCOMPARE(formMinutes(11), 3);
        QCOMPARE(formMinutes(24), 5);
        QCOMPARE(formMinutes(25), 5);
        QCOMPARE(formMinutes(26), 6);
        QCOMPARE(formMinutes(39), 8);
    }

    void noCourseHasNoDueFormButKeepsProgress()
    {
        test::TempProfile t;
        auto store = t.create();
        const MeasuresConfig config = MeasuresConfig::builtIn();
        ResponseStore responses(store->records(), config.catalogue, config.risk);
        QVERIFY(responses.submit(QStringLiteral("phq9"), 1, vector("phq9", "1,1,1,1,1,1,1,1,0,1")));
        auto o = measuresOverview(*store, config, {}, at(2026, 3, 14));
        QVERIFY(o);
        QVERIFY(!o.value().course);
        QCOMPARE(o.value().due.state, FormState::None);
        QCOMPARE(o.value().due.session, 0);
        QVERIFY(o.value().past.isEmpty());
        QCOMPARE(o.value().series.size(), 1);
        QCOMPARE(o.value().series.first().points.first().total, 8);
        QCOMPARE(o.value().latestSessionBegun, 0);
        checkDueAgrees(*store, config, at(2026, 3, 14));
    }

    // One session's current responses, found by the text "session":N in the stored body and
    // checked when parsed: session 1 is not 10, 12 or 21, and a corrected response is not
    // current (its correction is).
    void currentResponsesOfOneSession()
    {
        test::TempProfile t;
        auto store = t.create();
        const MeasuresConfig config = MeasuresConfig::builtIn();
        ResponseStore responses(store->records(), config.catalogue, config.risk);
        const Answers phq = vector("phq9", "1,1,1,1,1,1,1,1,0,1");
        for (int session : {1, 10, 12, 21})
            QVERIFY(responses.submit(QStringLiteral("phq9"), session, phq));
        auto gad = responses.submit(QStringLiteral("gad7"), 1, vector("gad7", "1,1,1,1,1,1,1"));
        QVERIFY(gad);
        auto corrected = responses.submit(QStringLiteral("gad7"), 1,
                                          vector("gad7", "2,2,2,2,2,2,2"), gad.value().id);
        QVERIFY(corrected);

        auto one = currentResponsesOfSession(*store, 1);
        QVERIFY(one);
        QCOMPARE(one.value().size(), 2);
        QCOMPARE(one.value().at(0).instrument, QStringLiteral("phq9"));
        QCOMPARE(one.value().at(1).id, corrected.value().id);
        QCOMPARE(one.value().at(1).replaces, gad.value().id);
        QCOMPARE(one.value().at(1).score.total, std::optional<int>(14));
        auto twelve = currentResponsesOfSession(*store, 12);
        QVERIFY(twelve);
        QCOMPARE(twelve.value().size(), 1);
        QCOMPARE(twelve.value().first().session, 12);
        auto none = currentResponsesOfSession(*store, 2);
        QVERIFY(none);
        QVERIFY(none.value().isEmpty());
        // Another subject's (a therapist's patient) are not the owner's.
        QVERIFY(responses.submit(QStringLiteral("phq9"), 2, phq, {}, QStringLiteral("p1")));
        QVERIFY(currentResponsesOfSession(*store, 2).value().isEmpty());
        QCOMPARE(currentResponsesOfSession(*store, 2, QStringLiteral("p1")).value().size(), 1);
    }

    // Mondays at 10:00 from 2 March 2026; each form opens 72 hours before its session.
    void dueAndPastFormsThroughAWeek()
    {
        test::TempProfile t;
        auto store = t.create();
        const MeasuresConfig config = MeasuresConfig::builtIn();
        QVERIFY(CourseStore(store->records()).save(weekly()));
        ResponseStore responses(store->records(), config.catalogue, config.risk);
        // Session 1: only the PHQ-9 came (from ditc, say); session 2: nothing.
        QVERIFY(responses.submit(QStringLiteral("phq9"), 1, vector("phq9", "2,2,2,2,2,2,2,2,0,1")));

        // Saturday 14 March: session 3's form opened on Friday 13 March at 10:00.
        auto o = measuresOverview(*store, config, {}, at(2026, 3, 14));
        QVERIFY2(o, qPrintable(o ? QString() : o.error().message));
        const MeasuresOverview &v = o.value();
        QCOMPARE(v.due.session, 3);
        QCOMPARE(v.due.state, FormState::Ready);
        QCOMPARE(v.due.opensAt, at(2026, 3, 13, 10));
        QCOMPARE(v.due.closesAt, at(2026, 3, 16, 10, 50));
        QCOMPARE(v.dueQuestions, 24); // PHQ-9 10, GAD-7 7, WSAS 6, risk 1
        QCOMPARE(v.dueMinutes, 5);
        QVERIFY(!v.dueDraft);
        QVERIFY(!v.dueSharing);
        QCOMPARE(v.opensAt.value(1), at(2026, 2, 27, 10));
        QCOMPARE(v.sessionStarts.value(16), at(2026, 6, 15, 10));
        QCOMPARE(v.latestSessionBegun, 2);
        // Latest first. Session 2: not filled in. Session 1: partly, with its one total.
        QCOMPARE(v.past.size(), 2);
        QCOMPARE(v.past.at(0).form.session, 2);
        QCOMPARE(v.past.at(0).form.state, FormState::Missed);
        QVERIFY(!v.past.at(0).partly);
        QVERIFY(!v.past.at(0).done());
        QVERIFY(v.past.at(0).totals.isEmpty());
        QCOMPARE(v.past.at(1).form.session, 1);
        QCOMPARE(v.past.at(1).form.state, FormState::Missed);
        QVERIFY(v.past.at(1).partly);
        QVERIFY(v.past.at(1).done());
        QVERIFY(!v.past.at(1).flagged);
        QCOMPARE(v.past.at(1).totals.size(), 1);
        QCOMPARE(v.past.at(1).totals.first().shortName, QStringLiteral("PHQ-9"));
        QCOMPARE(v.past.at(1).totals.first().total, 16);
        QCOMPARE(v.series.size(), 1);
        checkDueAgrees(*store, config, at(2026, 3, 14));
        checkDueAgrees(*store, config, at(2026, 3, 4)); // session 1 past, partly filled in

        // Two answers saved: in progress, its draft read for the card.
        FormDraft d;
        d.session = 3;
        d.instruments = v.due.instruments;
        d.answers[QStringLiteral("phq9")] = vector("phq9", "1,1");
        d.position = QStringLiteral("phq9/44259-0");
        QVERIFY(FormDraftStore(store->database(), t.clock).save(d));
        auto going = measuresOverview(*store, config, {}, at(2026, 3, 14));
        QVERIFY(going);
        QCOMPARE(going.value().due.state, FormState::InProgress);
        QVERIFY(going.value().dueDraft);
        QCOMPARE(going.value().dueDraft->answeredCount(), 2);
        QCOMPARE(FormWalk(catalogue(), *going.value().dueDraft)
                     .questionNumber(going.value().dueDraft->position),
                 3);
        checkDueAgrees(*store, config, at(2026, 3, 14));

        // Every questionnaire submitted: done, and not paired, so only on this phone.
        QVERIFY(FormDraftStore(store->database(), t.clock).remove(3));
        QVERIFY(responses.submit(QStringLiteral("phq9"), 3, vector("phq9", "1,1,1,1,1,1,1,1,0,1")));
        QVERIFY(responses.submit(QStringLiteral("gad7"), 3, vector("gad7", "1,1,1,1,1,1,1")));
        QVERIFY(responses.submit(QStringLiteral("wsas"), 3, vector("wsas", "0,1,1,1,1,1")));
        QVERIFY(responses.submit(QStringLiteral("risk"), 3, vector("risk", "0")));
        auto done = measuresOverview(*store, config, {}, at(2026, 3, 14));
        QVERIFY(done);
        QCOMPARE(done.value().due.state, FormState::Done);
        QVERIFY(done.value().dueSharing);
        QCOMPARE(done.value().dueSharing->state, AnswerSharing::State::NotPaired);
        checkDueAgrees(*store, config, at(2026, 3, 14));

        // Tuesday 17 March: session 3 is past and done; session 4 is not open yet.
        auto later = measuresOverview(*store, config, {}, at(2026, 3, 17));
        QVERIFY(later);
        QCOMPARE(later.value().due.session, 4);
        QCOMPARE(later.value().due.state, FormState::NotYetOpen);
        QCOMPARE(later.value().past.first().form.session, 3);
        QCOMPARE(later.value().past.first().form.state, FormState::Done);
        QVERIFY(!later.value().past.first().partly);
        QCOMPARE(later.value().past.first().totals.size(), 3); // PHQ-9, GAD-7, WSAS
        checkDueAgrees(*store, config, at(2026, 3, 17));
        checkDueAgrees(*store, config, at(2026, 7, 1)); // the course over
    }
};

QTEST_GUILESS_MAIN(TestMeasuresOverview)
#include "tst_measures_overview.moc"
