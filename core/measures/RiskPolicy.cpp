#include "RiskPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dit {

bool RiskRule::matches(const Instrument &q, const Answers &answers) const
{
    if (q.id != instrument || !answers.contains(item))
        return false;
    const InstrumentItem *question = q.item(item);
    if (!question)
        return false;
    const QString answer = answers.value(item);
    if (answerCodes.contains(answer))
        return true;
    const AnswerOption *chosen = question->option(answer);
    return minScore && chosen && chosen->score && *chosen->score >= *minScore;
}

RiskPolicy RiskPolicy::defaults()
{
    RiskPolicy p;
    RiskRule phq9Item9;
    phq9Item9.instrument = QStringLiteral("phq9");
    phq9Item9.item = QStringLiteral("44260-8");
    phq9Item9.minScore = 1;
    RiskRule riskQuestion;
    riskQuestion.instrument = QStringLiteral("risk");
    riskQuestion.item = QStringLiteral("risk-1");
    riskQuestion.answerCodes = {QStringLiteral("LA33-6")};
    p.m_rules = {phq9Item9, riskQuestion};
    return p;
}

Result<RiskPolicy> RiskPolicy::fromJson(const QJsonObject &json, const QString &fileName)
{
    const auto problem = [&fileName](const QString &what) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Instruments", "%1: %2").arg(fileName, what));
    };
    const QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
    if (rules.isEmpty())
        return problem(QCoreApplication::translate(
            "Instruments", "\"risk.rules\" must list at least one rule; without one no answer "
                           "would ever be flagged."));
    RiskPolicy p;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        RiskRule r;
        r.instrument = o.value(QStringLiteral("instrument")).toString();
        r.item = o.value(QStringLiteral("item")).toString();
        if (o.value(QStringLiteral("minScore")).isDouble())
            r.minScore = o.value(QStringLiteral("minScore")).toInt();
        for (const QJsonValue &a : o.value(QStringLiteral("answers")).toArray())
            r.answerCodes.append(a.toString());
        if (r.instrument.isEmpty() || r.item.isEmpty() || (!r.minScore && r.answerCodes.isEmpty()))
            return problem(QCoreApplication::translate("Instruments",
                                                       "risk.rules[%1] needs \"instrument\", "
                                                       "\"item\" and \"minScore\" or \"answers\".")
                               .arg(i));
        p.m_rules.append(r);
    }
    return p;
}

bool RiskPolicy::flags(const Instrument &instrument, const Answers &answers) const
{
    for (const RiskRule &r : m_rules)
        if (r.matches(instrument, answers))
            return true;
    return false;
}

} // namespace dit
