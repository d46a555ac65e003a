#pragma once

#include "Instrument.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dit {

class InstrumentCatalogue;

// Which answers flag a response for the therapist and open crisis support
// (docs/CLINICAL_SAFETY.md). A rule matches an item of an instrument either by score (at or above
// `minScore`) or by answer code. The built-in rules always apply; a service can add rules
// (measures.json, docs/MEASURES.md), never remove or weaken these.
struct RiskRule
{
    QString instrument;
    QString item;
    std::optional<int> minScore;
    QStringList answerCodes;

    bool matches(const Instrument &instrument, const Answers &answers) const;
    // Empty if the rule can flag an answer to its question in `catalogue`; otherwise why it
    // cannot (no such instrument or question, an answer code the question does not offer, a
    // threshold outside its scores).
    QString problemWith(const InstrumentCatalogue &catalogue) const;
};

class RiskPolicy
{
public:
    // The safety floor: PHQ-9 item 9 (LOINC 44260-8) answered above "Not at all" (score 1 or
    // more), or "Yes" (LOINC LA33-6) to the risk question.
    static RiskPolicy defaults();
    // The built-in rules plus those in
    // {"rules": [{"instrument": "gad7", "item": "69736-7", "minScore": 3},
    //            {"instrument": "risk", "item": "risk-1", "answers": ["LA33-6"]}]};
    // refused, naming the rule, if one is malformed. Not checked against any instrument.
    static Result<RiskPolicy> fromJson(const QJsonObject &json, const QString &fileName);
    // The built-in rules plus each of the service's rules (`risk` is measures.json's "risk")
    // that can match a question in `catalogue`. A broken rule is left out and reported in
    // `problems` as "file: risk.rules[i]: why"; the built-in rules still hold.
    static RiskPolicy withServiceRules(const QJsonValue &risk, const InstrumentCatalogue &catalogue,
                                       const QString &fileName, QStringList *problems);

    bool flags(const Instrument &instrument, const Answers &answers) const;
    const QList<RiskRule> &rules() const { return m_rules; }

private:
    QList<RiskRule> m_rules;
};

} // namespace dit
