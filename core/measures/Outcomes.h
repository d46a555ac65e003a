#pragma once

#include "Progress.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace dit {

// Who reads an outcome sentence: the patient (on their own Progress page) or the therapist
// (their patient's page and summary PDF), who is not told to talk to their therapist.
enum class OutcomeReader { Patient, Therapist };

// The first and last complete totals of one instrument across a course.
struct MeasureChange
{
    QString instrument;
    QString rule;
    QString name;
    bool higherIsBetter = false;
    int firstSession = 0;
    int lastSession = 0;
    int first = 0;
    int last = 0;
    std::optional<int> threshold; // caseness, if the measure has one
    std::optional<int> reliable;  // reliable change, if the measure has one

    bool paired() const { return lastSession > firstSession; }
    int change() const { return last - first; }
    bool casenessAtStart() const { return threshold && first >= *threshold; }
    bool casenessAtEnd() const { return threshold && last >= *threshold; }
    // For PHQ-9 and GAD-7, where lower is better.
    bool reliablyImproved() const { return paired() && reliable && -change() >= *reliable; }
    bool reliablyDeteriorated() const { return paired() && reliable && change() >= *reliable; }
    QString sentence(OutcomeReader reader = OutcomeReader::Patient) const;
    QJsonObject toJson() const;
};

// NHS Talking Therapies outcomes for a course from the first and last paired PHQ-9 and GAD-7
// totals (NHS Talking Therapies for anxiety and depression manual, v6 2023, and NHS Digital's
// measures guidance):
//  - caseness: PHQ-9 >= 10 or GAD-7 >= 8;
//  - recovery: a case at the start (on at least one measure) and not a case at the end (below
//    both thresholds); not applicable when not a case at the start;
//  - reliable improvement: a fall of at least 6 on PHQ-9 or 4 on GAD-7, with no reliable
//    deterioration on the other;
//  - reliable deterioration: a rise of at least 6 on PHQ-9 or 4 on GAD-7, with no reliable
//    improvement on the other;
//  - reliable recovery: both recovery and reliable improvement.
// The classification needs PHQ-9 and GAD-7 each at two or more sessions.
struct CourseOutcome
{
    QList<MeasureChange> measures; // every instrument with a total, first to last
    bool classified = false;
    bool casenessAtStart = false;
    bool casenessAtEnd = false;
    std::optional<bool> recovery; // empty when not applicable (not a case at the start)
    bool reliableImprovement = false;
    bool reliableDeterioration = false;
    std::optional<bool> reliableRecovery;
    QStringList summary; // plain sentences, one per measure, then the overall one
    // The same facts for the therapist's screens: nothing addressed to the patient.
    QStringList therapistSummary;

    const MeasureChange *measure(const QString &rule) const;
    QJsonObject toJson() const;
};

CourseOutcome classifyOutcome(const QList<ProgressSeries> &series);

} // namespace dit
