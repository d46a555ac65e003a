#pragma once

#include "Instrument.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>

namespace dit {

// Which answers flag a response for the therapist and open crisis support (DESIGN.md §4).
// A rule matches an item of an instrument either by score (at or above `minScore`) or by
// answer code. The service can replace the rules (measures.json, docs/MEASURES.md).
struct RiskRule
{
    QString instrument;
    QString item;
    std::optional<int> minScore;
    QStringList answerCodes;

    bool matches(const Instrument &instrument, const Answers &answers) const;
};

class RiskPolicy
{
public:
    // PHQ-9 item 9 (LOINC 44260-8) answered above "Not at all" (score 1 or more), or "Yes"
    // (LOINC LA33-6) to the risk question.
    static RiskPolicy defaults();
    // {"rules": [{"instrument": "phq9", "item": "44260-8", "minScore": 1},
    //            {"instrument": "risk", "item": "risk-1", "answers": ["LA33-6"]}]}
    static Result<RiskPolicy> fromJson(const QJsonObject &json, const QString &fileName);

    bool flags(const Instrument &instrument, const Answers &answers) const;
    const QList<RiskRule> &rules() const { return m_rules; }

private:
    QList<RiskRule> m_rules;
};

} // namespace dit
