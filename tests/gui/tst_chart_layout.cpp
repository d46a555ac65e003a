// The score chart's layout (ChartLayout) and its words (chartSeriesFor), without QML: labels
// that never touch the line at 16 sessions on a phone, at normal and at 200% text, the
// cut-off between two totals, and the plain summary by the reliable-change rule (NHS Talking
// Therapies manual, v6 2023: a change of 6 on PHQ-9 and 4 on GAD-7; docs/MEASURES.md).
#include "ChartLayout.h"
#include "ChartSeries.h"

#include <QLineF>
#include <QSignalSpy>
#include <QTest>

using namespace dit;

namespace {

ProgressSeries seriesOf(const QString &rule, const QString &name, const QList<int> &totals,
                        int firstSession = 1)
{
    ProgressSeries s;
    s.instrument = rule;
    s.rule = rule;
    s.name = name;
    for (int i = 0; i < totals.size(); ++i) {
        ProgressPoint p;
        p.session = firstSession + i;
        p.total = totals.at(i);
        s.points.append(p);
    }
    return s;
}

QVariantMap chartOf(const ProgressSeries &s, ChartReader reader = ChartReader::Patient)
{
    const QVariantList all = chartSeriesFor({s}, reader);
    return all.isEmpty() ? QVariantMap() : all.first().toMap();
}

bool touches(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &e : edges) {
        if (line.intersects(e, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

// Lays out `chart` at a size and font, as ScoreChart.qml does.
void layOut(ChartLayout &layout, const QVariantMap &chart, qreal width, qreal height,
            qreal digitWidth, qreal textHeight)
{
    layout.setDigitWidth(digitWidth);
    layout.setTextHeight(textHeight);
    layout.setCutOffLabelWidth(digitWidth * 24);
    layout.setBandLabelWidths(
        {digitWidth * 6, digitWidth * 4, digitWidth * 8, digitWidth * 14, digitWidth * 6});
    layout.setWidth(width);
    layout.setHeight(height);
    layout.setSeries(chart);
}

// No label touches the line, the cut-off line, the cut-off's name, a point or another label.
void verifyLabelsClear(const ChartLayout &layout)
{
    const QList<QPointF> line = layout.line();
    QList<QLineF> lines;
    for (int i = 1; i < line.size(); ++i)
        lines.append({line.at(i - 1), line.at(i)});
    if (layout.hasCutOff())
        lines.append({QPointF(layout.plot().left(), layout.cutOffY()),
                      QPointF(layout.plot().right(), layout.cutOffY())});
    const QList<QRectF> labels = layout.labelRects();
    QCOMPARE(labels.size(), line.size());
    for (int i = 0; i < labels.size(); ++i) {
        const QRectF label = labels.at(i);
        if (label.isNull())
            continue;
        for (const QLineF &l : lines)
            QVERIFY2(!touches(l, label), qPrintable(QStringLiteral("label %1 on a line").arg(i)));
        for (int j = 0; j < line.size(); ++j) {
            const QRectF marker(line.at(j) -
                                    QPointF(ChartLayout::kMarkerRadius, ChartLayout::kMarkerRadius),
                                QSizeF(2, 2) * ChartLayout::kMarkerRadius);
            QVERIFY2(!marker.intersects(label),
                     qPrintable(QStringLiteral("label %1 on point %2").arg(i).arg(j)));
            if (j != i && !labels.at(j).isNull())
                QVERIFY2(!labels.at(j).intersects(label),
                         qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
        }
        if (layout.hasCutOff())
            QVERIFY(!layout.cutOffLabel().intersects(label));
    }
}

const QList<int> kSixteen = {19, 18, 20, 17, 15, 16, 14, 12, 13, 11, 10, 9, 10, 8, 9, 7};

} // namespace

// Made as QML makes it, and polished by hand as the window does before a frame.
class PolishedByHand : public ChartLayout
{
public:
    using ChartLayout::classBegin;
    using ChartLayout::componentComplete;
    void polishNow() { updatePolish(); }
};

class TestChartLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The markers come as one path (a circle of two arcs on each total) and the labels only
    // as those shown, so the chart makes no item per total.
    void markersAreOnePathAndOnlyShownLabelsAreListed()
    {
        ChartLayout layout;
        layOut(layout, chartOf(seriesOf(QStringLiteral("phq9"), QStringLiteral("PHQ-9"), kSixteen)),
               348, 255, 7.5, 17);
        const QStringList circles = layout.markers().split(QLatin1Char('M'), Qt::SkipEmptyParts);
        QCOMPARE(circles.size(), layout.line().size());
        for (int i = 0; i < circles.size(); ++i) {
            const QPointF p = layout.line().at(i);
            QCOMPARE(circles.at(i), QStringLiteral("%1 %2a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z")
                                        .arg(p.x() - ChartLayout::kMarkerRadius)
                                        .arg(p.y()));
        }
        QCOMPARE(layout.labels().size(), layout.labelsShown());
        int shown = 0;
        for (int i = 0; i < layout.labelRects().size(); ++i) {
            const QRectF rect = layout.labelRects().at(i);
            if (rect.isNull())
                continue;
            const QVariantMap label = layout.labels().at(shown++).toMap();
            QCOMPARE(QRectF(label.value("x").toReal(), label.value("y").toReal(),
                            label.value("width").toReal(), label.value("height").toReal()),
                     rect);
            QCOMPARE(label.value("total").toInt(), kSixteen.at(i));
        }

        // Where labels are left out (a short chart), they are not listed.
        layOut(layout, chartOf(seriesOf(QStringLiteral("phq9"), QStringLiteral("PHQ-9"), kSixteen)),
               120, 90, 7.5, 17);
        QVERIFY(layout.labelsShown() < 16);
        QCOMPARE(layout.labels().size(), layout.labelsShown());
        QCOMPARE(layout.markers().count(QLatin1Char('M')), 16);
    }

    // A 16-session course in a phone's chart (412 px screen, 348 px chart): every total is
    // written, and none sits on the line.
    void sixteenSessionsOnAPhoneAreAllWritten()
    {
        ChartLayout layout;
        QSignalSpy laidOut(&layout, &ChartLayout::laidOut);
        layOut(layout, chartOf(seriesOf(QStringLiteral("phq9"), QStringLiteral("PHQ-9"), kSixteen)),
               348, 255, 7.5, 17);
        QVERIFY(laidOut.count() > 0);
        QCOMPARE(layout.line().size(), 16);
        verifyLabelsClear(layout);
        QCOMPARE(layout.labelsShown(), 16);
        // Session numbers do not run into each other.
        const QVariantList ticks = layout.sessionTicks();
        QVERIFY(ticks.size() >= 8);
        for (int i = 1; i < ticks.size(); ++i)
            QVERIFY(ticks.at(i).toMap().value("x").toReal() -
                        ticks.at(i - 1).toMap().value("x").toReal() >=
                    7.5 * 3);
    }

    // Made by QML, the layout waits for the window to polish it before a frame and lays out
    // once for every input and size that changed since, not once per change: a chart passes
    // through its card's natural width (here 1099) before the page gives it its own.
    void madeByQmlLaysOutOncePerFrame()
    {
        PolishedByHand layout;
        QSignalSpy laidOut(&layout, &ChartLayout::laidOut);
        layout.classBegin();
        layOut(layout, chartOf(seriesOf(QStringLiteral("phq9"), QStringLiteral("PHQ-9"), kSixteen)),
               348, 255, 7.5, 17);
        layout.componentComplete();
        layout.setWidth(1099);
        layout.setWidth(348);
        QCOMPARE(laidOut.count(), 0);
        QVERIFY(layout.line().isEmpty());
        layout.polishNow();
        QCOMPARE(laidOut.count(), 1);
        QCOMPARE(layout.line().size(), 16);
        QVERIFY(layout.plot().right() < 348);
        layout.setWidth(600);
        layout.setHeight(300);
        QCOMPARE(laidOut.count(), 1);
        layout.polishNow();
        QCOMPARE(laidOut.count(), 2);
        QVERIFY(layout.plot().right() > 348);
    }

    // At 200% text there is less room: what cannot be written clear of the line is left out
    // (the table has every total), never written on it; the last total is always written.
    void twiceTheTextLeavesOutRatherThanOverlaps()
    {
        ChartLayout layout;
        layOut(layout, chartOf(seriesOf(QStringLiteral("phq9"), QStringLiteral("PHQ-9"), kSixteen)),
               348, 34 * 17, 15, 34);
        verifyLabelsClear(layout);
        QVERIFY(layout.labelsShown() >= 4);
        QVERIFY(!layout.labelRects().last().isNull());
    }

    // A zig-zag (the worst case for labels above the point) on a tablet.
    void zigZagOnATablet()
    {
        QList<int> totals;
        for (int i = 0; i < 16; ++i)
            totals << (i % 2 ? 4 : 24);
        ChartLayout layout;
        layOut(layout, chartOf(seriesOf(QStringLiteral("phq9"), QStringLiteral("PHQ-9"), totals)),
               1100, 300, 7.5, 17);
        verifyLabelsClear(layout);
        QCOMPARE(layout.labelsShown(), 16);
    }

    // PHQ-9's cut-off (10 and above) lies half-way between 9 and 10, where "Mild" meets
    // "Moderate"; GAD-7's (8 and above) lies inside "Mild", between 7 and 8.
    void cutOffLiesBetweenTwoTotals()
    {
        ChartLayout layout;
        layOut(layout, chartOf(seriesOf(QStringLiteral("phq9"), QStringLiteral("PHQ-9"), {12, 9})),
               400, 297, 7.5, 17);
        QVERIFY(layout.hasCutOff());
        const QRectF plot = layout.plot();
        const qreal unit = plot.height() / 27;
        QCOMPARE(qRound(layout.cutOffY()), qRound(plot.bottom() - 9.5 * unit));
        const QVariantMap moderate = layout.bands().at(2).toMap();
        QCOMPARE(moderate.value("label").toString(), QStringLiteral("Moderate"));
        QCOMPARE(qRound(moderate.value("y").toReal() + moderate.value("height").toReal()),
                 qRound(layout.cutOffY()));
        QVERIFY(!layout.cutOffLabel().isEmpty());
        verifyLabelsClear(layout);

        layOut(layout, chartOf(seriesOf(QStringLiteral("gad7"), QStringLiteral("GAD-7"), {12, 9})),
               400, 297, 7.5, 17);
        QCOMPARE(qRound(layout.cutOffY()), qRound(plot.bottom() - 7.5 * plot.height() / 21));

        // WSAS has no cut-off.
        layOut(layout, chartOf(seriesOf(QStringLiteral("wsas"), QStringLiteral("WSAS"), {22, 12})),
               400, 297, 7.5, 17);
        QVERIFY(!layout.hasCutOff());
        QCOMPARE(layout.bands().size(), 3);
    }

    void onePointIsCentredAndWritten()
    {
        ChartLayout layout;
        layOut(layout, chartOf(seriesOf(QStringLiteral("gad7"), QStringLiteral("GAD-7"), {15})),
               348, 255, 7.5, 17);
        QCOMPARE(layout.line().size(), 1);
        QCOMPARE(layout.line().first().x(), layout.plot().center().x());
        QCOMPARE(layout.labelsShown(), 1);
    }

    // The summary says what changed in words, by the reliable-change rule: PHQ-9 6 or more,
    // GAD-7 4 or more (boundaries on both sides).
    void summaryInPlainWords_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QList<int>>("totals");
        QTest::addColumn<QString>("summary");
        const QString fall =
            QStringLiteral(" — a fall bigger than this questionnaire's usual ups and downs.");
        const QString rise =
            QStringLiteral(" — a rise bigger than this questionnaire's usual ups and downs.");
        const QString within = QStringLiteral(
            " — within this questionnaire's usual ups and downs, so not yet a clear change.");
        QTest::newRow("phq9 fall of 10")
            << "phq9" << QList<int>{19, 14, 9}
            << QStringLiteral("Your low mood score went from 19 at session 1 to 9 at session 3") +
                   fall;
        QTest::newRow("phq9 fall of 6")
            << "phq9" << QList<int>{19, 13}
            << QStringLiteral("Your low mood score went from 19 at session 1 to 13 at session 2") +
                   fall;
        QTest::newRow("phq9 fall of 5")
            << "phq9" << QList<int>{19, 14}
            << QStringLiteral("Your low mood score went from 19 at session 1 to 14 at session 2") +
                   within;
        QTest::newRow("phq9 rise of 6")
            << "phq9" << QList<int>{8, 14}
            << QStringLiteral("Your low mood score went from 8 at session 1 to 14 at session 2") +
                   rise;
        QTest::newRow("gad7 fall of 4")
            << "gad7" << QList<int>{12, 8}
            << QStringLiteral("Your anxiety score went from 12 at session 1 to 8 at session 2") +
                   fall;
        QTest::newRow("gad7 fall of 3")
            << "gad7" << QList<int>{12, 9}
            << QStringLiteral("Your anxiety score went from 12 at session 1 to 9 at session 2") +
                   within;
        QTest::newRow("wsas has no rule")
            << "wsas" << QList<int>{22, 12}
            << QStringLiteral(
                   "Your work and daily life score went from 22 at session 1 to 12 at session 2.");
        QTest::newRow("one form") << "phq9" << QList<int>{18}
                                  << QStringLiteral("Your low mood score was 18 at session 1.");
    }
    void summaryInPlainWords()
    {
        QFETCH(QString, rule);
        QFETCH(QList<int>, totals);
        QFETCH(QString, summary);
        const QVariantMap chart = chartOf(seriesOf(rule, rule.toUpper(), totals));
        QCOMPARE(chart.value("summary").toString(), summary);
        // The headline read first: the change from the first total to the last, short.
        const QString headline = chart.value("headline").toString();
        QVERIFY2(summary.startsWith(headline.section(QStringLiteral(" score "), 0, 0)),
                 qPrintable(headline));
        QVERIFY2(headline.endsWith(
                     totals.size() > 1
                         ? QStringLiteral(" from %1 to %2").arg(totals.first()).arg(totals.last())
                         : QStringLiteral(" was %1").arg(totals.first())),
                 qPrintable(headline));
        // The screen reader hears the summary, the bands and every total.
        const QString description = chart.value("description").toString();
        QVERIFY(description.contains(summary));
        QVERIFY(description.contains(QStringLiteral("session 1: %1").arg(totals.first())));
    }

    void therapistReadsAboutThePatient()
    {
        const QVariantMap chart =
            chartOf(seriesOf(QStringLiteral("phq9"), QStringLiteral("PHQ-9"), {19, 9}),
                    ChartReader::Therapist);
        QCOMPARE(chart.value("title").toString(), QStringLiteral("Low mood (PHQ-9)"));
        QVERIFY(chart.value("summary").toString().startsWith(
            QStringLiteral("The low mood score went from 19")));
        QCOMPARE(chart.value("headline").toString(),
                 QStringLiteral("The low mood score went from 19 to 9"));
        QCOMPARE(chart.value("cutOffText").toString(),
                 QStringLiteral("Clinical range: 10 and above"));
        QVERIFY(
            chart.value("description").toString().contains(QStringLiteral("Moderate 10 to 14")));
        // Named, as on the patient's dashboard: third person, never "your".
        const QVariantList named =
            chartSeriesFor({seriesOf(QStringLiteral("phq9"), QStringLiteral("PHQ-9"), {19, 9}),
                            seriesOf(QStringLiteral("gad7"), QStringLiteral("GAD-7"), {15})},
                           ChartReader::Therapist, QStringLiteral("A.K."));
        const QVariantMap low = named.first().toMap();
        QCOMPARE(low.value("headline").toString(),
                 QStringLiteral("A.K.’s low mood score went from 19 to 9"));
        QVERIFY(low.value("summary").toString().startsWith(
            QStringLiteral("A.K.’s low mood score went from 19 at session 1 to 9 at session 2")));
        QCOMPARE(named.last().toMap().value("headline").toString(),
                 QStringLiteral("A.K.’s anxiety score was 15"));
    }
};

QTEST_MAIN(TestChartLayout)
#include "tst_chart_layout.moc"
