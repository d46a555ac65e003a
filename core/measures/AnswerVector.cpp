#include "AnswerVector.h"

#include "Scoring.h"

#include <QCoreApplication>

namespace dit {

namespace {

const AnswerOption *byNumber(const InstrumentItem &item, int n)
{
    if (item.isScored()) {
        for (const AnswerOption &o : item.options)
            if (o.score == n)
                return &o;
        return nullptr;
    }
    return n >= 0 && n < item.options.size() ? &item.options.at(n) : nullptr;
}

} // namespace

Result<Answers> parseAnswerVector(const Instrument &q, const QString &vector)
{
    const QStringList entries = vector.split(QLatin1Char(','));
    if (entries.size() > q.items.size())
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Scoring", "%1 has %2 questions but %3 answers were given.")
                .arg(q.shortName())
                .arg(q.items.size())
                .arg(entries.size()));
    Answers answers;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString entry = entries.at(i).trimmed();
        const InstrumentItem &item = q.items.at(i);
        if (entry.isEmpty() || entry == QStringLiteral("-"))
            continue;
        if (item.type == InstrumentItem::Type::Text) {
            answers.insert(item.linkId, entry);
            continue;
        }
        const AnswerOption *o = item.option(entry);
        bool isNumber = false;
        const int n = entry.toInt(&isNumber);
        if (!o && isNumber)
            o = byNumber(item, n);
        if (!o) {
            QStringList allowed;
            for (const AnswerOption &a : item.options)
                allowed.append(a.score ? QString::number(*a.score) : a.code);
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate(
                    "Scoring", "answer %1 (\"%2\") is not an answer to question %3 of %4; it "
                               "takes %5.")
                    .arg(i + 1)
                    .arg(entry, item.linkId, q.shortName(), allowed.join(QStringLiteral(", "))));
        }
        answers.insert(item.linkId, o->code);
    }
    if (Status ok = validateAnswers(q, answers); !ok)
        return ok.error();
    return answers;
}

} // namespace dit
