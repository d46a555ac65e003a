#include "Instrument.h"

#include <QRegularExpression>

namespace dit {

const AnswerOption *InstrumentItem::option(const QString &optionCode) const
{
    for (const AnswerOption &o : options)
        if (o.code == optionCode)
            return &o;
    return nullptr;
}

bool InstrumentItem::isScored() const
{
    if (type != Type::Choice || options.isEmpty())
        return false;
    for (const AnswerOption &o : options)
        if (!o.score)
            return false;
    return true;
}

const InstrumentItem *Instrument::item(const QString &linkId) const
{
    for (const InstrumentItem &i : items)
        if (i.linkId == linkId)
            return &i;
    return nullptr;
}

int Instrument::indexOf(const QString &linkId) const
{
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items.at(i).linkId == linkId)
            return int(i);
    return -1;
}

QString Instrument::shortName() const
{
    static const QRegularExpression inParentheses(QStringLiteral("\\(([^()]+)\\)\\s*$"));
    const auto m = inParentheses.match(title);
    return m.hasMatch() ? m.captured(1) : title;
}

bool isEnabled(const InstrumentItem &item, const Answers &answers)
{
    for (const EnableCondition &c : item.enableWhen) {
        const bool matches = answers.value(c.question) == c.answerCode;
        if (matches != c.equals)
            return false;
    }
    return true;
}

} // namespace dit
