#pragma once

#include "Instrument.h"
#include "RiskPolicy.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace dit {

// A labelled range of totals, e.g. PHQ-9 10-14 "Moderate".
struct Band
{
    int min = 0;
    int max = 0;
    QString key;
    QString label;
};

// What a set of answers means, computed only here (never in QML). An incomplete form gets
// no total: totals are never prorated or guessed, except where the instrument's published
// rule says how (WSAS, flagged "total-from-average"; docs/MEASURES.md).
struct ScoreResult
{
    QString instrument;
    QString rule;
    bool complete = false;
    std::optional<int> total;
    int maximum = 0;
    bool higherIsBetter = false;
    QString bandKey;
    QString bandLabel;
    QStringList flags; // "risk", "possibly-invalid", "rq-choice-not-highest", "total-from-average"
    QStringList missing; // linkIds of questions that apply and were not answered
    QStringList notes;   // plain sentences explaining a missing total or a flag
    QJsonObject derived; // RQ: style, ratings, selfModel, otherModel

    bool hasFlag(const QString &flag) const { return flags.contains(flag); }
    QJsonObject toJson() const;
    static ScoreResult fromJson(const QJsonObject &json);
};

namespace flag {
inline constexpr char kRisk[] = "risk";
inline constexpr char kPossiblyInvalid[] = "possibly-invalid";
inline constexpr char kRqChoiceNotHighest[] = "rq-choice-not-highest";
// The total includes the average of the answered items standing in for one item (WSAS).
inline constexpr char kTotalFromAverage[] = "total-from-average";
} // namespace flag

// The scoring rules this build knows, by the name a Questionnaire gives in its scoring-rule
// extension.
QStringList knownScoringRules();
// Empty if `instrument` has what its scoring rule needs (PHQ-9: nine items scored 0-3, ...);
// otherwise a sentence naming the problem.
QString scoringRuleProblem(const Instrument &instrument);

// Checks answers against the definition: known questions, offered answers, nothing given for
// a question that does not apply. Unanswered questions are allowed (the form is incomplete).
Status validateAnswers(const Instrument &instrument, const Answers &answers);

// Scores `answers` (which must pass validateAnswers) by the instrument's rule and applies the
// risk policy.
ScoreResult evaluate(const Instrument &instrument, const Answers &answers,
                     const RiskPolicy &risk = RiskPolicy::defaults());

// The published severity bands for a rule ("phq9", "gad7", "wsas"); empty for rules without.
QList<Band> bandsFor(const QString &rule);
// The NHS Talking Therapies caseness threshold (a total at or above it is a "case"), if the
// rule has one: PHQ-9 10, GAD-7 8.
std::optional<int> casenessThreshold(const QString &rule);
// The change the NHS Talking Therapies manual counts as reliable: PHQ-9 6, GAD-7 4.
std::optional<int> reliableChange(const QString &rule);

} // namespace dit
