// NHS Talking Therapies outcome classification from first and last paired PHQ-9 and GAD-7
// totals, at the edge of each definition. Definitions: NHS Talking Therapies for anxiety and
// depression manual (v6, 2023) and NHS Digital's measures guidance: caseness PHQ-9 >= 10 or
// GAD-7 >= 8; recovery = a case at the start and below both thresholds at the end; reliable
// change = 6 on PHQ-9, 4 on GAD-7; reliable improvement = a reliable fall on at least one
// measure and no reliable rise on the other; reliable deterioration the reverse; reliable
// recovery = recovery and reliable improvement.
#include "measures/Outcomes.h"

#include <QTest>

using namespace dit;

namespace {

ProgressSeries series(const char *rule, const char *name,
                      std::initializer_list<QPair<int, int>> points)
{
    ProgressSeries s;
    s.instrument = QString::fromLatin1(rule);
    s.rule = s.instrument;
    s.name = QString::fromLatin1(name);
    for (const auto &[session, total] : points)
        s.points.append({session, total, {}, {}, {}, {}, false});
    return s;
}

CourseOutcome classify(int phqFirst, int phqLast, int gadFirst, int gadLast)
{
    return classifyOutcome({series("phq9", "PHQ-9", {{1, phqFirst}, {16, phqLast}}),
                            series("gad7", "GAD-7", {{1, gadFirst}, {16, gadLast}})});
}

} // namespace

class TestOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseness_data()
    {
        QTest::addColumn<int>("phq");
        QTest::addColumn<int>("gad");
        QTest::addColumn<bool>("caseness");
        QTest::newRow("both below") << 9 << 7 << false;
        QTest::newRow("phq at threshold") << 10 << 7 << true;
        QTest::newRow("gad at threshold") << 9 << 8 << true;
        QTest::newRow("both high") << 20 << 15 << true;
    }

    void caseness()
    {
        QFETCH(int, phq);
        QFETCH(int, gad);
        QFETCH(bool, caseness);
        const CourseOutcome start = classify(phq, 0, gad, 0);
        QCOMPARE(start.casenessAtStart, caseness);
        const CourseOutcome end = classify(0, phq, 0, gad);
        QCOMPARE(end.casenessAtEnd, caseness);
    }

    void recovery_data()
    {
        QTest::addColumn<int>("phqFirst");
        QTest::addColumn<int>("phqLast");
        QTest::addColumn<int>("gadFirst");
        QTest::addColumn<int>("gadLast");
        QTest::addColumn<int>("recovery"); // -1 not applicable, 0 no, 1 yes
        QTest::newRow("both below at end") << 15 << 9 << 12 << 7 << 1;
        QTest::newRow("phq still at 10") << 15 << 10 << 12 << 7 << 0;
        QTest::newRow("gad still at 8") << 15 << 9 << 12 << 8 << 0;
        QTest::newRow("case on gad only at start") << 9 << 5 << 8 << 7 << 1;
        QTest::newRow("not a case at start") << 9 << 3 << 7 << 2 << -1;
    }

    void recovery()
    {
        QFETCH(int, phqFirst);
        QFETCH(int, phqLast);
        QFETCH(int, gadFirst);
        QFETCH(int, gadLast);
        QFETCH(int, recovery);
        const CourseOutcome o = classify(phqFirst, phqLast, gadFirst, gadLast);
        QVERIFY(o.classified);
        if (recovery < 0) {
            QVERIFY(!o.recovery.has_value());
            QVERIFY(!o.reliableRecovery.has_value());
            QVERIFY(o.toJson().value(QStringLiteral("recovery")).isNull());
        } else {
            QCOMPARE(o.recovery, std::optional<bool>(recovery == 1));
        }
    }

    void reliableChange_data()
    {
        QTest::addColumn<int>("phqFirst");
        QTest::addColumn<int>("phqLast");
        QTest::addColumn<int>("gadFirst");
        QTest::addColumn<int>("gadLast");
        QTest::addColumn<bool>("improvement");
        QTest::addColumn<bool>("deterioration");
        QTest::newRow("phq -6") << 16 << 10 << 10 << 10 << true << false;
        QTest::newRow("phq -5") << 16 << 11 << 10 << 10 << false << false;
        QTest::newRow("gad -4") << 16 << 16 << 12 << 8 << true << false;
        QTest::newRow("gad -3") << 16 << 16 << 12 << 9 << false << false;
        QTest::newRow("phq +6") << 10 << 16 << 10 << 10 << false << true;
        QTest::newRow("phq +5") << 10 << 15 << 10 << 10 << false << false;
        QTest::newRow("gad +4") << 10 << 10 << 8 << 12 << false << true;
        QTest::newRow("gad +3") << 10 << 10 << 8 << 11 << false << false;
        // A reliable fall on one and a reliable rise on the other: neither.
        QTest::newRow("mixed") << 16 << 10 << 8 << 12 << false << false;
        QTest::newRow("both fall") << 20 << 5 << 15 << 3 << true << false;
        QTest::newRow("both rise") << 5 << 20 << 3 << 15 << false << true;
    }

    void reliableChange()
    {
        QFETCH(int, phqFirst);
        QFETCH(int, phqLast);
        QFETCH(int, gadFirst);
        QFETCH(int, gadLast);
        QFETCH(bool, improvement);
        QFETCH(bool, deterioration);
        const CourseOutcome o = classify(phqFirst, phqLast, gadFirst, gadLast);
        QCOMPARE(o.reliableImprovement, improvement);
        QCOMPARE(o.reliableDeterioration, deterioration);
    }

    void reliableRecovery_data()
    {
        QTest::addColumn<int>("phqFirst");
        QTest::addColumn<int>("phqLast");
        QTest::addColumn<int>("gadFirst");
        QTest::addColumn<int>("gadLast");
        QTest::addColumn<bool>("reliableRecovery");
        QTest::newRow("recovered, reliable") << 15 << 9 << 12 << 7 << true;
        // Recovered (10 -> 9) but the fall is within the margin on both.
        QTest::newRow("recovered, not reliable") << 10 << 9 << 9 << 7 << false;
        QTest::newRow("reliable, not recovered") << 20 << 12 << 15 << 9 << false;
    }

    void reliableRecovery()
    {
        QFETCH(int, phqFirst);
        QFETCH(int, phqLast);
        QFETCH(int, gadFirst);
        QFETCH(int, gadLast);
        QFETCH(bool, reliableRecovery);
        const CourseOutcome o = classify(phqFirst, phqLast, gadFirst, gadLast);
        QCOMPARE(o.reliableRecovery, std::optional<bool>(reliableRecovery));
    }

    // First and last, not best and worst: the middle of the course does not count.
    void usesFirstAndLastOnly()
    {
        const CourseOutcome o =
            classifyOutcome({series("phq9", "PHQ-9", {{1, 18}, {4, 25}, {7, 9}}),
                             series("gad7", "GAD-7", {{1, 12}, {4, 3}, {7, 9}})});
        const MeasureChange *phq = o.measure(QStringLiteral("phq9"));
        QCOMPARE(phq->first, 18);
        QCOMPARE(phq->last, 9);
        QCOMPARE(phq->lastSession, 7);
        QVERIFY(o.reliableImprovement);
    }

    // The example sentence.
    void plainSentences()
    {
        const CourseOutcome o = classifyOutcome({series("phq9", "PHQ-9", {{1, 18}, {7, 9}}),
                                                 series("gad7", "GAD-7", {{1, 12}, {7, 10}}),
                                                 series("wsas", "WSAS", {{1, 24}, {7, 15}})});
        QCOMPARE(o.summary.at(0),
                 QStringLiteral("PHQ-9 went from 18 at session 1 to 9 at session 7: a reliable "
                                "improvement."));
        QVERIFY(o.summary.at(1).contains(QStringLiteral("not yet a reliable change")));
        QCOMPARE(o.summary.at(2),
                 QStringLiteral("WSAS went from 24 at session 1 to 15 at session 7 (lower is "
                                "better)."));
        QVERIFY(
            o.summary.at(o.summary.size() - 2).contains(QStringLiteral("reliable improvement")));
    }

    // One form is not a change; the classification waits for two sessions of both measures.
    void needsPairedScores()
    {
        const CourseOutcome one = classifyOutcome(
            {series("phq9", "PHQ-9", {{1, 18}}), series("gad7", "GAD-7", {{1, 12}})});
        QVERIFY(!one.classified);
        QVERIFY(!one.toJson().contains(QStringLiteral("recovery")));
        QVERIFY(one.summary.first().contains(QStringLiteral("18 at session 1")));
        const CourseOutcome phqOnly = classifyOutcome({series("phq9", "PHQ-9", {{1, 18}, {7, 9}})});
        QVERIFY(!phqOnly.classified);
        QVERIFY(classifyOutcome({}).summary.isEmpty());
    }

    // Outcome words are a measure, not a discharge decision: said in plain words wherever the
    // classification is shown, and only then.
    void outcomeWordsAreNotADecision()
    {
        const CourseOutcome o = classify(18, 8, 12, 5);
        QVERIFY(o.recovery.value_or(false));
        QVERIFY(o.summary.at(o.summary.size() - 2).contains(QStringLiteral("recovery")));
        QVERIFY(o.summary.last().contains(QStringLiteral("not a decision about care")));
        const CourseOutcome one = classifyOutcome({series("phq9", "PHQ-9", {{1, 18}})});
        QVERIFY(!one.summary.join(u' ').contains(QStringLiteral("not a decision")));
    }

    void deteriorationIsWordedCalmly()
    {
        const CourseOutcome o = classify(8, 16, 6, 6);
        QVERIFY(o.reliableDeterioration);
        const QString s = o.summary.first();
        QVERIFY(s.contains(QStringLiteral("talk this over with your therapist")));
        QVERIFY(!s.contains(QStringLiteral("worse"), Qt::CaseInsensitive));
        QVERIFY(o.summary.at(o.summary.size() - 2)
                    .contains(QStringLiteral("talk this over with your therapist")));
    }

    // The therapist's page and summary PDF say the same facts without the words meant for the
    // patient: the same number of sentences, each the patient's with "talk this over with your
    // therapist" taken away, and the note that the words are not a decision kept.
    void therapistReadsTheFactsOnly()
    {
        const CourseOutcome o = classify(8, 16, 6, 6);
        QCOMPARE(o.therapistSummary.size(), o.summary.size());
        const QString patientWords =
            QStringLiteral(" It can help to talk this over with your therapist.");
        for (qsizetype i = 0; i < o.summary.size(); ++i) {
            QVERIFY(!o.therapistSummary.at(i).contains(QStringLiteral("your therapist")));
            QCOMPARE(o.therapistSummary.at(i), QString(o.summary.at(i)).remove(patientWords));
        }
        QVERIFY(o.therapistSummary.first().contains(QStringLiteral("usual margin")));
        QVERIFY(o.therapistSummary.last().contains(QStringLiteral("not a decision about care")));
        QCOMPARE(classifyOutcome({}).therapistSummary, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
