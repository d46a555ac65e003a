#include "RiskPolicy.h"

#include "InstrumentCatalogue.h"
#include "common/JsonNumber.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace dit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Instruments", text);
}

// One rule's shape: "instrument", "item", and a whole-number "minScore" or "answers" codes.
Result<RiskRule> parseRule(const QJsonValue &value, qsizetype index, const QString &fileName)
{
    const auto problem = [&](const QString &what) {
        return makeError(ErrorCode::BadInput,
                         tr("%1: risk.rules[%2]: %3").arg(fileName).arg(index).arg(what));
    };
    const QJsonObject o = value.toObject();
    RiskRule r;
    r.instrument = o.value(QStringLiteral("instrument")).toString();
    r.item = o.value(QStringLiteral("item")).toString();
    const QJsonValue minScore = o.value(QStringLiteral("minScore"));
    if (!minScore.isUndefined()) {
        r.minScore = wholeNumber(minScore, -1000, 1000);
        if (!r.minScore)
            return problem(tr("\"minScore\" must be a whole number within the question's scores."));
    }
    const QJsonValue answers = o.value(QStringLiteral("answers"));
    if (!answers.isUndefined() && !answers.isArray())
        return problem(tr("\"answers\" must be a list of answer codes."));
    for (const QJsonValue &a : answers.toArray()) {
        if (!a.isString() || a.toString().isEmpty())
            return problem(tr("\"answers\" must be a list of answer codes."));
        r.answerCodes.append(a.toString());
    }
    if (!value.isObject() || r.instrument.isEmpty() || r.item.isEmpty() ||
        (!r.minScore && r.answerCodes.isEmpty()))
        return problem(tr("needs \"instrument\", \"item\" and \"minScore\" or \"answers\"."));
    return r;
}

} // namespace

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

QString RiskRule::problemWith(const InstrumentCatalogue &catalogue) const
{
    const Instrument *q = catalogue.find(instrument);
    if (!q)
        return tr("there is no instrument \"%1\".").arg(instrument);
    const InstrumentItem *question = q->item(item);
    if (!question || question->type != InstrumentItem::Type::Choice)
        return tr("\"%1\" has no choice question \"%2\".").arg(instrument, item);
    for (const QString &code : answerCodes)
        if (!question->option(code))
            return tr("question \"%1\" of \"%2\" has no answer \"%3\".")
                .arg(item, instrument, code);
    if (minScore) {
        QList<int> scores;
        for (const AnswerOption &o : question->options)
            if (o.score)
                scores.append(*o.score);
        if (scores.isEmpty())
            return tr("question \"%1\" of \"%2\" is not scored, so \"minScore\" cannot apply.")
                .arg(item, instrument);
        // At the lowest score every answer would be flagged; above the highest, none.
        const int lowest = *std::min_element(scores.cbegin(), scores.cend());
        const int highest = *std::max_element(scores.cbegin(), scores.cend());
        if (*minScore <= lowest || *minScore > highest)
            return tr("\"minScore\" %1 is outside question \"%2\" of \"%3\": it must be %4 to %5.")
                .arg(*minScore)
                .arg(item, instrument)
                .arg(lowest + 1)
                .arg(highest);
    }
    return {};
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
    RiskPolicy p = defaults();
    const QJsonArray rules = json.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        auto rule = parseRule(rules.at(i), i, fileName);
        if (!rule)
            return rule.error();
        p.m_rules.append(rule.value());
    }
    return p;
}

RiskPolicy RiskPolicy::withServiceRules(const QJsonValue &risk,
                                        const InstrumentCatalogue &catalogue,
                                        const QString &fileName, QStringList *problems)
{
    RiskPolicy p = defaults();
    if (risk.isUndefined())
        return p;
    const QJsonValue rules = risk.toObject().value(QStringLiteral("rules"));
    if (!risk.isObject() || !rules.isArray()) {
        problems->append(tr("%1: \"risk\" must be {\"rules\": [...]}; the built-in risk rules "
                            "are used.")
                             .arg(fileName));
        return p;
    }
    const QJsonArray list = rules.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto rule = parseRule(list.at(i), i, fileName);
        QString problem = rule ? rule.value().problemWith(catalogue) : rule.error().message;
        if (rule && !problem.isEmpty())
            problem = tr("%1: risk.rules[%2]: %3").arg(fileName).arg(i).arg(problem);
        if (problem.isEmpty())
            p.m_rules.append(rule.value());
        else
            problems->append(problem + QLatin1Char(' ') +
                             tr("This rule is ignored; the built-in risk rules still apply."));
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
