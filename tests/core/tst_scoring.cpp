// Scoring of every built-in instrument: known answers, every band edge, incomplete forms, the
// WSAS rule for a missing or not-applicable item, SOS-10's invalid-pattern flag, RQ's dimensions
// and the risk rule. Expected values are worked by hand from the sources cited at each test.
#include "measures/AnswerVector.h"
#include "measures/InstrumentCatalogue.h"
#include "measures/Scoring.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dit;

namespace {

const InstrumentCatalogue &catalogue()
{
    static const InstrumentCatalogue c = InstrumentCatalogue::builtIn();
    return c;
}

const Instrument &instrument(const char *id)
{
    const Instrument *q = catalogue().find(QString::fromLatin1(id));
    if (!q)
        qFatal("no built-in instrument %s", id);
    return *q;
}

ScoreResult scoreOf(const char *id, const char *vector,
                    const RiskPolicy &risk = RiskPolicy::defaults())
{
    auto answers = parseAnswerVector(instrument(id), QString::fromLatin1(vector));
    if (!answers)
        qFatal("bad vector in test: %s", qPrintable(answers.error().message));
    return evaluate(instrument(id), answers.value(), risk);
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606-613, Table/Results: PHQ-9
    // severity 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe.
    // Each total is the sum of items scored 0-3, so the vectors below add up by hand.
    void phq9BandEdges_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("band");
        QTest::newRow("0") << "0,0,0,0,0,0,0,0,0" << 0 << "minimal";
        QTest::newRow("4") << "1,1,1,1,0,0,0,0,0" << 4 << "minimal";
        QTest::newRow("5") << "1,1,1,1,1,0,0,0,0" << 5 << "mild";
        QTest::newRow("9") << "1,1,1,1,1,1,1,1,1" << 9 << "mild";
        QTest::newRow("10") << "2,1,1,1,1,1,1,1,1" << 10 << "moderate";
        QTest::newRow("14") << "2,2,2,2,2,1,1,1,1" << 14 << "moderate";
        QTest::newRow("15") << "2,2,2,2,2,2,1,1,1" << 15 << "moderately-severe";
        QTest::newRow("19") << "3,3,3,2,2,2,2,1,1" << 19 << "moderately-severe";
        QTest::newRow("20") << "3,3,3,3,2,2,2,1,1" << 20 << "severe";
        QTest::newRow("27") << "3,3,3,3,3,3,3,3,3" << 27 << "severe";
    }

    void phq9BandEdges()
    {
        QFETCH(QString, vector);
        QFETCH(int, total);
        QFETCH(QString, band);
        const ScoreResult r = scoreOf("phq9", vector.toLatin1().constData());
        QVERIFY(r.complete);
        QCOMPARE(r.total, std::optional<int>(total));
        QCOMPARE(r.maximum, 27);
        QCOMPARE(r.bandKey, band);
        QVERIFY(!r.bandLabel.isEmpty());
    }

    // The difficulty question (item 10) is asked but not scored (Kroenke 2001: it is a separate
    // global rating); it neither adds to the total nor is needed for completeness.
    void phq9DifficultyItemIsNotScored()
    {
        const ScoreResult without = scoreOf("phq9", "1,1,1,1,1,1,1,1,0");
        const ScoreResult with = scoreOf("phq9", "1,1,1,1,1,1,1,1,0,3");
        QCOMPARE(without.total, std::optional<int>(8));
        QCOMPARE(with.total, std::optional<int>(8));
        QCOMPARE(instrument("phq9").items.size(), 10);
        QCOMPARE(instrument("phq9").code, QStringLiteral("44249-1"));
    }

    // Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166:1092-1097: GAD-7 cut
    // points 5, 10 and 15 for mild, moderate and severe anxiety; 0-21.
    void gad7BandEdges_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("band");
        QTest::newRow("0") << "0,0,0,0,0,0,0" << 0 << "minimal";
        QTest::newRow("4") << "1,1,1,1,0,0,0" << 4 << "minimal";
        QTest::newRow("5") << "1,1,1,1,1,0,0" << 5 << "mild";
        QTest::newRow("9") << "2,2,2,1,1,1,0" << 9 << "mild";
        QTest::newRow("10") << "2,2,2,1,1,1,1" << 10 << "moderate";
        QTest::newRow("14") << "2,2,2,2,2,2,2" << 14 << "moderate";
        QTest::newRow("15") << "3,2,2,2,2,2,2" << 15 << "severe";
        QTest::newRow("21") << "3,3,3,3,3,3,3" << 21 << "severe";
    }

    void gad7BandEdges()
    {
        QFETCH(QString, vector);
        QFETCH(int, total);
        QFETCH(QString, band);
        const ScoreResult r = scoreOf("gad7", vector.toLatin1().constData());
        QCOMPARE(r.total, std::optional<int>(total));
        QCOMPARE(r.maximum, 21);
        QCOMPARE(r.bandKey, band);
        QCOMPARE(instrument("gad7").code, QStringLiteral("69737-5"));
    }

    // Mundt, Marks, Shear & Greist (2002), Br J Psychiatry 180:461-464: five items 0-8; above
    // 20 moderately severe or worse, 10-20 significant impairment, below 10 subclinical. The
    // first answer is the "retired or not working" tick box.
    void wsasBandEdges_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("band");
        QTest::newRow("0") << "no,0,0,0,0,0" << 0 << "subclinical";
        QTest::newRow("9") << "no,2,2,2,2,1" << 9 << "subclinical";
        QTest::newRow("10") << "no,2,2,2,2,2" << 10 << "significant";
        QTest::newRow("20") << "no,4,4,4,4,4" << 20 << "significant";
        QTest::newRow("21") << "no,5,4,4,4,4" << 21 << "severe";
        QTest::newRow("40") << "no,8,8,8,8,8" << 40 << "severe";
    }

    void wsasBandEdges()
    {
        QFETCH(QString, vector);
        QFETCH(int, total);
        QFETCH(QString, band);
        const ScoreResult r = scoreOf("wsas", vector.toLatin1().constData());
        QCOMPARE(r.total, std::optional<int>(total));
        QCOMPARE(r.maximum, 40);
        QCOMPARE(r.bandKey, band);
    }

    // NHS Data Dictionary, data element "Work and Social Adjustment Scale score": "The score
    // will be between 0 and 40. If a PATIENT has selected 'not applicable' for question 1 or if
    // one value is missing, then these scores can be substituted with the average score of the
    // non-missing items. Questionnaires with more than one missing value should be
    // disregarded." Format max n2 (a whole number): the total is rounded to the nearest whole
    // number, halves up (docs/MEASURES.md). Bands on the 0-40 total (Mundt et al. 2002).
    void wsasNhsDataDictionaryRule_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<int>("total"); // -1: no total
        QTest::addColumn<bool>("fromAverage");
        QTest::addColumn<QString>("band");
        QTest::addColumn<bool>("complete"); // every question that applies answered
        // Not working: 5+5+5+5 = 20, average 5 stands in for work: 25 of 40, not "20 of 32".
        QTest::newRow("not working") << "yes,,5,5,5,5" << 25 << true << "severe" << true;
        // 2+2+2+2 = 8, + 2 = 10: the lower edge of "significant".
        QTest::newRow("not working, 10") << "yes,,2,2,2,2" << 10 << true << "significant" << true;
        // 2+2+2+1 = 7, + 1.75 = 8.75, rounded 9: subclinical.
        QTest::newRow("not working, 8.75") << "yes,,2,2,2,1" << 9 << true << "subclinical" << true;
        // 4+4+4+4 = 16, + 4 = 20: the upper edge of "significant".
        QTest::newRow("one missing, 20") << "no,4,4,4,4," << 20 << true << "significant" << false;
        // 3+3+2+2 = 10, + 2.5 = 12.5: a half rounds up, 13.
        QTest::newRow("one missing, 12.5") << "no,3,3,2,2" << 13 << true << "significant" << false;
        // 3+2+2+2 = 9, + 2.25 = 11.25, rounded 11.
        QTest::newRow("middle missing, 11.25")
            << "no,3,-,2,2,2" << 11 << true << "significant" << false;
        // 4+4+4+5 = 17, + 4.25 = 21.25, rounded 21: the lower edge of "moderately severe".
        QTest::newRow("one missing, 21") << "no,4,4,4,5" << 21 << true << "severe" << false;
        QTest::newRow("all answered") << "no,5,5,5,5,5" << 25 << false << "severe" << true;
        QTest::newRow("two missing") << "no,4,4,4" << -1 << false << "" << false;
        QTest::newRow("not working and one missing") << "yes,,4,4,4" << -1 << false << "" << false;
    }

    void wsasNhsDataDictionaryRule()
    {
        QFETCH(QString, vector);
        QFETCH(int, total);
        QFETCH(bool, fromAverage);
        QFETCH(QString, band);
        QFETCH(bool, complete);
        const ScoreResult r = scoreOf("wsas", vector.toLatin1().constData());
        QCOMPARE(r.complete, complete);
        QCOMPARE(r.total, total < 0 ? std::nullopt : std::optional<int>(total));
        QCOMPARE(r.maximum, 40);
        QCOMPARE(r.bandKey, band);
        QCOMPARE(r.hasFlag(QString::fromLatin1(flag::kTotalFromAverage)), fromAverage);
        // The note says so wherever the score is shown; it is kept with the response.
        QCOMPARE(r.notes.join(u' ').contains(QStringLiteral("average")), fromAverage);
        QCOMPARE(
            ScoreResult::fromJson(r.toJson()).hasFlag(QString::fromLatin1(flag::kTotalFromAverage)),
            fromAverage);
    }

    void wsasWorkAnswerWhileNotWorkingIsRefused()
    {
        QVERIFY(!parseAnswerVector(instrument("wsas"), QStringLiteral("yes,3,8,8,8,8")));
        // The tick left unanswered: the work item applies and counts.
        QCOMPARE(scoreOf("wsas", ",1,1,1,1,1").total, std::optional<int>(5));
    }

    // Blais et al. (1999), J Pers Assess 73:359-373: ten items 0-6, total 0-60, higher is better.
    void sos10TotalsAndDirection()
    {
        const ScoreResult r = scoreOf("sos10", "0,1,2,3,4,5,6,0,1,2");
        QCOMPARE(r.total, std::optional<int>(24));
        QCOMPARE(r.maximum, 60);
        QVERIFY(r.higherIsBetter);
        QVERIFY(r.bandKey.isEmpty());
        QVERIFY(!r.hasFlag(QString::fromLatin1(flag::kPossiblyInvalid)));
    }

    // All answers at one end of the scale are kept but flagged as possibly invalid.
    void sos10UniformPatternsAreFlagged()
    {
        const ScoreResult zeros = scoreOf("sos10", "0,0,0,0,0,0,0,0,0,0");
        QCOMPARE(zeros.total, std::optional<int>(0));
        QVERIFY(zeros.hasFlag(QString::fromLatin1(flag::kPossiblyInvalid)));
        const ScoreResult sixes = scoreOf("sos10", "6,6,6,6,6,6,6,6,6,6");
        QCOMPARE(sixes.total, std::optional<int>(60));
        QVERIFY(sixes.hasFlag(QString::fromLatin1(flag::kPossiblyInvalid)));
        QVERIFY(!sixes.notes.isEmpty());
        // One answer different: not flagged. Incomplete: no total, so no pattern either.
        QVERIFY(!scoreOf("sos10", "6,6,6,6,6,6,6,6,6,5")
                     .hasFlag(QString::fromLatin1(flag::kPossiblyInvalid)));
        QVERIFY(!scoreOf("sos10", "0,0,0,0,0,0,0,0,0")
                     .hasFlag(QString::fromLatin1(flag::kPossiblyInvalid)));
    }

    // An incomplete form gets no total; nothing is prorated.
    void incompleteFormsHaveNoTotal_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("vector");
        QTest::addColumn<int>("missing");
        QTest::newRow("phq9 one blank") << "phq9"
                                        << "3,3,3,3,3,3,3,3" << 1;
        QTest::newRow("phq9 middle blank") << "phq9"
                                           << "1,1,-,1,1,1,1,1,1" << 1;
        QTest::newRow("gad7 empty") << "gad7"
                                    << "" << 7;
        QTest::newRow("sos10 half") << "sos10"
                                    << "3,3,3,3,3" << 5;
        QTest::newRow("wsas two blank") << "wsas"
                                        << "no,1,1,1" << 2;
    }

    void incompleteFormsHaveNoTotal()
    {
        QFETCH(QString, id);
        QFETCH(QString, vector);
        QFETCH(int, missing);
        const ScoreResult r = scoreOf(id.toLatin1().constData(), vector.toLatin1().constData());
        QVERIFY(!r.complete);
        QVERIFY(!r.total);
        QVERIFY(r.bandKey.isEmpty());
        QCOMPARE(r.missing.size(), missing);
        QVERIFY(r.notes.join(QLatin1Char(' ')).contains(QStringLiteral("no total")));
        QVERIFY(!r.toJson().contains(QStringLiteral("total")));
    }

    // Griffin & Bartholomew (1994): self = (secure + dismissing) - (fearful + preoccupied);
    // other = (secure + preoccupied) - (fearful + dismissing). Ratings in paragraph order
    // A secure, B fearful, C preoccupied, D dismissing (Bartholomew & Horowitz 1991).
    void rqDimensions_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<QString>("style");
        QTest::addColumn<int>("self");
        QTest::addColumn<int>("other");
        QTest::addColumn<bool>("choiceNotHighest");
        // (2+3)-(6+4) = -5; (2+4)-(6+3) = -3
        QTest::newRow("fearful") << "fearful,2,6,4,3"
                                 << "fearful" << -5 << -3 << false;
        // (7+1)-(1+1) = 6; (7+1)-(1+1) = 6
        QTest::newRow("secure") << "0,7,1,1,1"
                                << "secure" << 6 << 6 << false;
        // (1+1)-(1+7) = -6; (1+7)-(1+1) = 6; the choice given by its position (C is 2)
        QTest::newRow("preoccupied") << "2,1,1,7,1"
                                     << "preoccupied" << -6 << 6 << false;
        // the most extreme values: (7+7)-(1+1) = 12; (7+1)-(1+7) = 0
        QTest::newRow("max self") << "dismissing,7,1,1,7"
                                  << "dismissing" << 12 << 0 << false;
        // chose secure but rated fearful highest
        QTest::newRow("differs") << "secure,4,6,2,2"
                                 << "secure" << -2 << -2 << true;
    }

    void rqDimensions()
    {
        QFETCH(QString, vector);
        QFETCH(QString, style);
        QFETCH(int, self);
        QFETCH(int, other);
        QFETCH(bool, choiceNotHighest);
        const ScoreResult r = scoreOf("rq", vector.toLatin1().constData());
        QVERIFY(r.complete);
        QVERIFY(!r.total);
        QCOMPARE(r.derived.value(QStringLiteral("style")).toString(), style);
        QCOMPARE(r.derived.value(QStringLiteral("selfModel")).toInt(), self);
        QCOMPARE(r.derived.value(QStringLiteral("otherModel")).toInt(), other);
        QCOMPARE(r.hasFlag(QString::fromLatin1(flag::kRqChoiceNotHighest)), choiceNotHighest);
    }

    void rqIncompleteHasNoDimensions()
    {
        const ScoreResult r = scoreOf("rq", "secure,4,6,2");
        QVERIFY(!r.complete);
        QVERIFY(r.derived.isEmpty());
        QCOMPARE(r.missing, QStringList{QStringLiteral("rq-dismissing")});
    }

    // docs/CLINICAL_SAFETY.md and docs/MEASURES.md: PHQ-9 item 9 above "Not at all", or "Yes" to
    // the risk question, flags the response.
    void riskRule_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("vector");
        QTest::addColumn<bool>("risk");
        QTest::newRow("item 9 not at all") << "phq9"
                                           << "3,3,3,3,3,3,3,3,0" << false;
        QTest::newRow("item 9 several days") << "phq9"
                                             << "0,0,0,0,0,0,0,0,1" << true;
        QTest::newRow("item 9 nearly every day") << "phq9"
                                                 << "0,0,0,0,0,0,0,0,3" << true;
        QTest::newRow("item 9 only, rest blank") << "phq9"
                                                 << ",,,,,,,,2" << true;
        QTest::newRow("item 9 blank") << "phq9"
                                      << "3,3,3,3,3,3,3,3" << false;
        QTest::newRow("risk no") << "risk"
                                 << "0" << false;
        QTest::newRow("risk yes") << "risk"
                                  << "1" << true;
        QTest::newRow("risk yes by code") << "risk"
                                          << "LA33-6" << true;
        QTest::newRow("risk unanswered") << "risk"
                                         << "" << false;
        QTest::newRow("gad7 all high") << "gad7"
                                       << "3,3,3,3,3,3,3" << false;
    }

    void riskRule()
    {
        QFETCH(QString, id);
        QFETCH(QString, vector);
        QFETCH(bool, risk);
        const ScoreResult r = scoreOf(id.toLatin1().constData(), vector.toLatin1().constData());
        QCOMPARE(r.hasFlag(QString::fromLatin1(flag::kRisk)), risk);
    }

    // A service can add rules (here GAD-7 item 7 at "Nearly every day") but never weaken the
    // built-in ones: its own item 9 rule at "More than half the days" leaves item 9 at
    // "Several days" flagged, and a policy with no rules is the built-in one.
    void serviceRulesAddToTheFloor()
    {
        auto policy = RiskPolicy::fromJson(
            QJsonObject{
                {QStringLiteral("rules"),
                 QJsonArray{QJsonObject{{QStringLiteral("instrument"), QStringLiteral("phq9")},
                                        {QStringLiteral("item"), QStringLiteral("44260-8")},
                                        {QStringLiteral("minScore"), 2}},
                            QJsonObject{{QStringLiteral("instrument"), QStringLiteral("gad7")},
                                        {QStringLiteral("item"), QStringLiteral("69736-7")},
                                        {QStringLiteral("minScore"), 3}}}}},
            QStringLiteral("measures.json"));
        QVERIFY(policy);
        const QString risk = QString::fromLatin1(flag::kRisk);
        QVERIFY(scoreOf("phq9", "0,0,0,0,0,0,0,0,1", policy.value()).hasFlag(risk));
        QVERIFY(!scoreOf("phq9", "0,0,0,0,0,0,0,0,0", policy.value()).hasFlag(risk));
        QVERIFY(scoreOf("risk", "1", policy.value()).hasFlag(risk));
        QVERIFY(scoreOf("gad7", "0,0,0,0,0,0,3", policy.value()).hasFlag(risk));
        QVERIFY(!scoreOf("gad7", "0,0,0,0,0,0,2").hasFlag(risk));
        auto none = RiskPolicy::fromJson(QJsonObject{}, QStringLiteral("measures.json"));
        QVERIFY(none);
        QCOMPARE(none.value().rules().size(), RiskPolicy::defaults().rules().size());
        // A threshold that is not a whole number is refused, never read as 0 (which would flag
        // every answer).
        for (const double bad : {1.5, 1e308}) {
            auto broken = RiskPolicy::fromJson(
                QJsonObject{
                    {QStringLiteral("rules"),
                     QJsonArray{QJsonObject{{QStringLiteral("instrument"), QStringLiteral("phq9")},
                                            {QStringLiteral("item"), QStringLiteral("44260-8")},
                                            {QStringLiteral("minScore"), bad}}}}},
                QStringLiteral("measures.json"));
            QVERIFY(!broken);
            QVERIFY(broken.error().message.contains(QStringLiteral("risk.rules[0]")));
        }
    }

    void invalidAnswerVectorsAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("vector");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("score too high") << "phq9"
                                        << "4,0,0,0,0,0,0,0,0"
                                        << "44250-9";
        QTest::newRow("negative") << "gad7"
                                  << "-1"
                                  << "69725-0";
        QTest::newRow("words") << "gad7"
                               << "often"
                               << "69725-0";
        QTest::newRow("too many") << "gad7"
                                  << "0,0,0,0,0,0,0,0"
                                  << "7 questions";
        QTest::newRow("wsas 9") << "wsas"
                                << "no,9"
                                << "wsas-1";
        QTest::newRow("rq rating 0") << "rq"
                                     << "secure,0"
                                     << "rq-secure";
        QTest::newRow("rq bad style") << "rq"
                                      << "anxious"
                                      << "rq-style";
    }

    void invalidAnswerVectorsAreRefused()
    {
        QFETCH(QString, id);
        QFETCH(QString, vector);
        QFETCH(QString, mentions);
        auto r = parseAnswerVector(*catalogue().find(id), vector);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::BadInput);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void validateAnswersRefusesUnknownQuestions()
    {
        QVERIFY(!validateAnswers(instrument("phq9"),
                                 {{QStringLiteral("nope"), QStringLiteral("LA6568-5")}}));
        QVERIFY(!validateAnswers(instrument("phq9"),
                                 {{QStringLiteral("44250-9"), QStringLiteral("LA6572-7")}}));
        QVERIFY(validateAnswers(instrument("phq9"),
                                {{QStringLiteral("44250-9"), QStringLiteral("LA6571-9")}}));
    }

    // Scores survive being stored as JSON.
    void scoreJsonRoundTrip()
    {
        const ScoreResult r = scoreOf("rq", "fearful,2,6,4,3");
        const ScoreResult back = ScoreResult::fromJson(r.toJson());
        QCOMPARE(back.derived, r.derived);
        QCOMPARE(back.complete, true);
        const ScoreResult p = ScoreResult::fromJson(scoreOf("phq9", "0,0,0,0,0,0,0,0,1").toJson());
        QCOMPARE(p.total, std::optional<int>(1));
        QCOMPARE(p.flags, QStringList{QStringLiteral("risk")});
        QCOMPARE(p.bandKey, QStringLiteral("minimal"));
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
