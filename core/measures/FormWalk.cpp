#include "FormWalk.h"

#include <algorithm>
#include <cmath>

namespace dit {

QString FormStep::key() const
{
    return instrument->id + QLatin1Char('/') + item->linkId;
}

FormWalk::FormWalk(const InstrumentCatalogue &catalogue, const QStringList &instruments,
                   const QMap<QString, Answers> &answers)
{
    for (const QString &id : instruments) {
        const Instrument *q = catalogue.find(id);
        if (!q)
            continue;
        const Answers given = answers.value(id);
        for (const InstrumentItem &item : q->items)
            if (isEnabled(item, given))
                m_steps.append({q, &item});
    }
}

FormWalk::FormWalk(const InstrumentCatalogue &catalogue, const FormDraft &draft)
    : FormWalk(catalogue, draft.instruments, draft.answers)
{}

QString FormWalk::reviewPosition()
{
    return QStringLiteral("review");
}

int FormWalk::stepOf(const QString &position) const
{
    if (position.isEmpty() || isReview(position))
        return -1;
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).key() == position)
            return int(i);
    return -1;
}

int FormWalk::stepOf(const InstrumentItem *item) const
{
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        if (m_steps.at(i).item == item)
            return int(i);
    return -1;
}

QString FormWalk::positionOf(int step, bool reviewing) const
{
    if (reviewing)
        return reviewPosition();
    if (step < 0 || step >= m_steps.size())
        return {};
    return m_steps.at(step).key();
}

void chooseAnswer(const Instrument &instrument, Answers &answers, const InstrumentItem &item,
                  const QString &code)
{
    if (answers.value(item.linkId) == code)
        answers.remove(item.linkId);
    else
        answers.insert(item.linkId, code);
    for (const InstrumentItem &other : instrument.items)
        if (!isEnabled(other, answers))
            answers.remove(other.linkId);
}

int formMinutes(int questions)
{
    return std::max(2, int(std::ceil(questions * 12 / 60.0)));
}

} // namespace dit
