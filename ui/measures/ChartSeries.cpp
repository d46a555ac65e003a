#include "ChartSeries.h"

#include "measures/Outcomes.h"
#include "measures/Scoring.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace dit {

namespace {

// What the questionnaire asks about, in everyday words ("" for one without).
QString topicOf(const QString &rule)
{
    if (rule == QLatin1String("phq9"))
        return QCoreApplication::translate("ChartSeries", "low mood");
    if (rule == QLatin1String("gad7"))
        return QCoreApplication::translate("ChartSeries", "anxiety");
    if (rule == QLatin1String("wsas"))
        return QCoreApplication::translate("ChartSeries", "work and daily life");
    return {};
}

QString titleOf(const ProgressSeries &s)
{
    const QString topic = topicOf(s.rule);
    if (topic.isEmpty())
        return s.name;
    return QCoreApplication::translate("ChartSeries", "%1 (%2)")
        .arg(topic.left(1).toUpper() + topic.mid(1), s.name);
}

// Whose score it is: "Your low mood score" (the patient), "A.K.'s low mood score" (their
// therapist, naming the patient), or "The low mood score" when no name is given.
QString subjectOf(const ProgressSeries &s, ChartReader reader, const QString &patient)
{
    const QString topic = topicOf(s.rule);
    if (reader == ChartReader::Patient)
        return topic.isEmpty()
                   ? QCoreApplication::translate("ChartSeries", "Your %1 total").arg(s.name)
                   : QCoreApplication::translate("ChartSeries", "Your %1 score").arg(topic);
    if (!patient.isEmpty())
        return topic.isEmpty() ? QCoreApplication::translate("ChartSeries", "%1’s %2 total")
                                     .arg(patient, s.name)
                               : QCoreApplication::translate("ChartSeries", "%1’s %2 score")
                                     .arg(patient, topic);
    return topic.isEmpty() ? QCoreApplication::translate("ChartSeries", "The %1 total").arg(s.name)
                           : QCoreApplication::translate("ChartSeries", "The %1 score").arg(topic);
}

// "Your low mood score went from 19 at session 1 to 9 at session 7 — a fall bigger than this
// questionnaire's usual ups and downs." The rule is MeasureChange's (docs/MEASURES.md).
QString summaryOf(const ProgressSeries &s, ChartReader reader, const QString &patient)
{
    const QString subject = subjectOf(s, reader, patient);
    MeasureChange change;
    change.firstSession = s.points.first().session;
    change.lastSession = s.points.last().session;
    change.first = s.points.first().total;
    change.last = s.points.last().total;
    change.reliable = reliableChange(s.rule);
    if (!change.paired())
        return QCoreApplication::translate("ChartSeries", "%1 was %2 at session %3.")
            .arg(subject)
            .arg(change.first)
            .arg(change.firstSession);
    const QString went = QCoreApplication::translate(
                             "ChartSeries", "%1 went from %2 at session %3 to %4 at session %5")
                             .arg(subject)
                             .arg(change.first)
                             .arg(change.firstSession)
                             .arg(change.last)
                             .arg(change.lastSession);
    if (!change.reliable)
        return QCoreApplication::translate("ChartSeries", "%1.").arg(went);
    if (change.reliablyImproved())
        return QCoreApplication::translate(
                   "ChartSeries",
                   "%1 — a fall bigger than this questionnaire's usual ups and downs.")
            .arg(went);
    if (change.reliablyDeteriorated())
        return QCoreApplication::translate(
                   "ChartSeries",
                   "%1 — a rise bigger than this questionnaire's usual ups and downs.")
            .arg(went);
    return QCoreApplication::translate(
               "ChartSeries",
               "%1 — within this questionnaire's usual ups and downs, so not yet a clear change.")
        .arg(went);
}

// The chart's headline, read first: "Your low mood score went from 19 to 9" (the therapist's:
// "A.K.'s low mood score ..."), or "... was 18" after one form. The sessions and what the
// change means follow in the summary.
QString headlineOf(const ProgressSeries &s, ChartReader reader, const QString &patient)
{
    const QString subject = subjectOf(s, reader, patient);
    const int first = s.points.first().total;
    const int last = s.points.last().total;
    if (s.points.size() < 2)
        return QCoreApplication::translate("ChartSeries", "%1 was %2").arg(subject).arg(first);
    return QCoreApplication::translate("ChartSeries", "%1 went from %2 to %3")
        .arg(subject)
        .arg(first)
        .arg(last);
}

QString descriptionOf(const ProgressSeries &s, const QList<Band> &bands,
                      std::optional<int> caseness, const QString &summary)
{
    QStringList parts;
    parts << QCoreApplication::translate("ChartSeries", "Chart of %1 totals by session.")
                 .arg(titleOf(s))
          << (s.higherIsBetter ? QCoreApplication::translate("ChartSeries", "Higher is better.")
                               : QCoreApplication::translate("ChartSeries", "Lower is better."))
          << summary;
    QStringList bandWords;
    for (const Band &b : bands)
        bandWords << QCoreApplication::translate("ChartSeries", "%1 %2 to %3")
                         .arg(b.label)
                         .arg(b.min)
                         .arg(b.max);
    parts << QCoreApplication::translate("ChartSeries", "Shaded bands: %1.")
                 .arg(bandWords.join(QStringLiteral(", ")));
    if (caseness)
        parts << QCoreApplication::translate(
                     "ChartSeries", "A dashed line marks the clinical range, %1 and above.")
                     .arg(*caseness);
    QStringList totals;
    for (const ProgressPoint &p : s.points)
        totals << QCoreApplication::translate("ChartSeries", "session %1: %2")
                      .arg(p.session)
                      .arg(p.total);
    parts << QCoreApplication::translate("ChartSeries", "Totals: %1.")
                 .arg(totals.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

} // namespace

QVariantList chartSeriesFor(const QList<ProgressSeries> &series, ChartReader reader,
                            const QString &patient)
{
    QVariantList out;
    for (const ProgressSeries &s : series) {
        const QList<Band> bands = bandsFor(s.rule);
        if (bands.isEmpty() || s.points.isEmpty())
            continue;
        QVariantList bandList;
        for (const Band &b : bands)
            bandList.append(QVariantMap{{QStringLiteral("min"), b.min},
                                        {QStringLiteral("max"), b.max},
                                        {QStringLiteral("label"), b.label}});
        QVariantList points;
        for (const ProgressPoint &p : s.points)
            points.append(QVariantMap{{QStringLiteral("session"), p.session},
                                      {QStringLiteral("total"), p.total},
                                      {QStringLiteral("band"), p.bandLabel}});
        const std::optional<int> caseness = casenessThreshold(s.rule);
        const QString summary = summaryOf(s, reader, patient);
        out.append(QVariantMap{
            {QStringLiteral("instrument"), s.instrument},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("title"), titleOf(s)},
            {QStringLiteral("maximum"), bands.last().max},
            {QStringLiteral("caseness"), caseness.value_or(-1)},
            {QStringLiteral("cutOffText"),
             caseness ? QCoreApplication::translate("ChartSeries", "Clinical range: %1 and above")
                            .arg(*caseness)
                      : QString()},
            {QStringLiteral("headline"), headlineOf(s, reader, patient)},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("description"), descriptionOf(s, bands, caseness, summary)},
            {QStringLiteral("bands"), bandList},
            {QStringLiteral("points"), points}});
    }
    return out;
}

} // namespace dit
