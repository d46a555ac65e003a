#include "Outcomes.h"

#include "Scoring.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dit {

namespace {

QJsonValue optionalBool(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

QString overallSentence(const CourseOutcome &o, OutcomeReader reader)
{
    if (!o.classified)
        return QCoreApplication::translate(
            "Outcomes", "The NHS Talking Therapies outcome needs PHQ-9 and GAD-7 from at least two "
                        "sessions.");
    if (o.reliableDeterioration)
        return reader == OutcomeReader::Patient
                   ? QCoreApplication::translate(
                         "Outcomes",
                         "Taken together, PHQ-9 and GAD-7 show reliable deterioration by the NHS "
                         "Talking Therapies measures. It can help to talk this over with your "
                         "therapist.")
                   : QCoreApplication::translate(
                         "Outcomes", "Taken together, PHQ-9 and GAD-7 show reliable deterioration "
                                     "by the NHS Talking Therapies measures.");
    if (o.reliableRecovery.value_or(false))
        return QCoreApplication::translate(
            "Outcomes",
            "Taken together, PHQ-9 and GAD-7 meet the NHS Talking Therapies definition of "
            "reliable recovery.");
    if (o.recovery.value_or(false))
        return QCoreApplication::translate(
            "Outcomes",
            "Taken together, PHQ-9 and GAD-7 meet the NHS Talking Therapies definition of "
            "recovery.");
    if (o.reliableImprovement)
        return QCoreApplication::translate(
            "Outcomes",
            "Taken together, PHQ-9 and GAD-7 show reliable improvement by the NHS Talking "
            "Therapies measures.");
    return QCoreApplication::translate(
        "Outcomes",
        "Taken together, PHQ-9 and GAD-7 have not changed by more than their usual margin "
        "so far.");
}

} // namespace

QString MeasureChange::sentence(OutcomeReader reader) const
{
    if (!paired())
        return QCoreApplication::translate(
                   "Outcomes",
                   "%1 was %2 at session %3. A change can be shown once there is a second form.")
            .arg(name)
            .arg(first)
            .arg(firstSession);
    QString s =
        QCoreApplication::translate("Outcomes", "%1 went from %2 at session %3 to %4 at session %5")
            .arg(name)
            .arg(first)
            .arg(firstSession)
            .arg(last)
            .arg(lastSession);
    if (reliablyImproved())
        return QCoreApplication::translate("Outcomes", "%1: a reliable improvement.").arg(s);
    if (reliablyDeteriorated())
        return (reader == OutcomeReader::Patient
                    ? QCoreApplication::translate(
                          "Outcomes", "%1: higher than at the start by more than the "
                                      "questionnaire's usual margin. It can help to talk this "
                                      "over with your therapist.")
                    : QCoreApplication::translate("Outcomes",
                                                  "%1: higher than at the start by more than the "
                                                  "questionnaire's usual margin."))
            .arg(s);
    if (reliable)
        return QCoreApplication::translate(
                   "Outcomes",
                   "%1: within the questionnaire's usual margin, so not yet a reliable change.")
            .arg(s);
    if (higherIsBetter)
        return QCoreApplication::translate("Outcomes", "%1 (higher is better).").arg(s);
    return QCoreApplication::translate("Outcomes", "%1 (lower is better).").arg(s);
}

QJsonObject MeasureChange::toJson() const
{
    QJsonObject o{{QStringLiteral("instrument"), instrument},
                  {QStringLiteral("first"), first},
                  {QStringLiteral("firstSession"), firstSession},
                  {QStringLiteral("last"), last},
                  {QStringLiteral("lastSession"), lastSession},
                  {QStringLiteral("change"), change()},
                  {QStringLiteral("paired"), paired()}};
    if (threshold) {
        o.insert(QStringLiteral("casenessThreshold"), *threshold);
        o.insert(QStringLiteral("casenessAtStart"), casenessAtStart());
        o.insert(QStringLiteral("casenessAtEnd"), casenessAtEnd());
    }
    if (reliable) {
        o.insert(QStringLiteral("reliableChange"), *reliable);
        o.insert(QStringLiteral("reliableImprovement"), reliablyImproved());
        o.insert(QStringLiteral("reliableDeterioration"), reliablyDeteriorated());
    }
    return o;
}

const MeasureChange *CourseOutcome::measure(const QString &rule) const
{
    for (const MeasureChange &m : measures)
        if (m.rule == rule)
            return &m;
    return nullptr;
}

QJsonObject CourseOutcome::toJson() const
{
    QJsonObject byInstrument;
    for (const MeasureChange &m : measures)
        byInstrument.insert(m.instrument, m.toJson());
    QJsonObject o{{QStringLiteral("basis"),
                   QStringLiteral("NHS Talking Therapies: first and last complete PHQ-9 and "
                                  "GAD-7 totals of the course")},
                  {QStringLiteral("measures"), byInstrument},
                  {QStringLiteral("classified"), classified},
                  {QStringLiteral("summary"), QJsonArray::fromStringList(summary)}};
    if (classified) {
        o.insert(QStringLiteral("casenessAtStart"), casenessAtStart);
        o.insert(QStringLiteral("casenessAtEnd"), casenessAtEnd);
        o.insert(QStringLiteral("recovery"), optionalBool(recovery));
        o.insert(QStringLiteral("reliableImprovement"), reliableImprovement);
        o.insert(QStringLiteral("reliableDeterioration"), reliableDeterioration);
        o.insert(QStringLiteral("reliableRecovery"), optionalBool(reliableRecovery));
    }
    return o;
}

CourseOutcome classifyOutcome(const QList<ProgressSeries> &series)
{
    CourseOutcome o;
    for (const ProgressSeries &s : series) {
        if (s.points.isEmpty())
            continue;
        MeasureChange m;
        m.instrument = s.instrument;
        m.rule = s.rule;
        m.name = s.name;
        m.higherIsBetter = s.higherIsBetter;
        m.firstSession = s.points.first().session;
        m.first = s.points.first().total;
        m.lastSession = s.points.last().session;
        m.last = s.points.last().total;
        m.threshold = casenessThreshold(s.rule);
        m.reliable = reliableChange(s.rule);
        o.measures.append(m);
        o.summary.append(m.sentence(OutcomeReader::Patient));
        o.therapistSummary.append(m.sentence(OutcomeReader::Therapist));
    }
    const MeasureChange *phq = o.measure(QStringLiteral("phq9"));
    const MeasureChange *gad = o.measure(QStringLiteral("gad7"));
    o.classified = phq && gad && phq->paired() && gad->paired();
    if (o.classified) {
        o.casenessAtStart = phq->casenessAtStart() || gad->casenessAtStart();
        o.casenessAtEnd = phq->casenessAtEnd() || gad->casenessAtEnd();
        const bool improvedOnOne = phq->reliablyImproved() || gad->reliablyImproved();
        const bool deterioratedOnOne = phq->reliablyDeteriorated() || gad->reliablyDeteriorated();
        o.reliableImprovement = improvedOnOne && !deterioratedOnOne;
        o.reliableDeterioration = deterioratedOnOne && !improvedOnOne;
        if (o.casenessAtStart) {
            o.recovery = !o.casenessAtEnd;
            o.reliableRecovery = *o.recovery && o.reliableImprovement;
        }
    }
    if (!o.measures.isEmpty()) {
        o.summary.append(overallSentence(o, OutcomeReader::Patient));
        o.therapistSummary.append(overallSentence(o, OutcomeReader::Therapist));
    }
    // "Recovery" is a measure, not a discharge decision (docs/CLINICAL_SAFETY.md, H19): said to
    // both readers.
    if (o.classified) {
        const QString notADecision = QCoreApplication::translate(
            "Outcomes", "These words describe the questionnaire scores only: \"recovery\" means "
                        "the scores are below the NHS Talking Therapies thresholds. It is not a "
                        "decision about care or about ending therapy.");
        o.summary.append(notADecision);
        o.therapistSummary.append(notADecision);
    }
    return o;
}

} // namespace dit
