#include "RiskReview.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dit {

namespace {

const QString kResponse = QStringLiteral("response");

// What a flagged response said, item by item, for the therapist to read: the questions the
// risk rules name, with the answer given.
QStringList answerTexts(const StoredResponse &r, const Instrument *q, const RiskPolicy &policy)
{
    QStringList out;
    if (!q)
        return out;
    for (const RiskRule &rule : policy.rules()) {
        if (rule.instrument != q->id || !rule.matches(*q, r.answers))
            continue;
        const InstrumentItem *item = q->item(rule.item);
        const AnswerOption *chosen = item ? item->option(r.answers.value(rule.item)) : nullptr;
        if (!item || !chosen)
            continue;
        const QString question =
            item->prefix.isEmpty() ? item->text : item->prefix + QLatin1Char(' ') + item->text;
        // A question that ends in "?" is followed by "Answer:", never by "?:".
        const QString pattern = question.endsWith(QLatin1Char('?'))
                                    ? QCoreApplication::translate("RiskReview", "%1 Answer: %2")
                                    : QCoreApplication::translate("RiskReview", "%1: %2");
        out.append(pattern.arg(question, chosen->display));
    }
    return out;
}

} // namespace

RiskReview::RiskReview(RecordStore &records, const InstrumentCatalogue &catalogue, RiskPolicy risk)
    : m_records(records), m_catalogue(catalogue), m_risk(std::move(risk))
{}

Result<QList<RiskAnswer>> RiskReview::answers(const QString &subject)
{
    auto all = ResponseStore(m_records, m_catalogue, m_risk).all(subject);
    if (!all)
        return all.error();
    auto acks = m_records.list(QString::fromLatin1(kKind), subject);
    if (!acks)
        return acks.error();
    QHash<QString, const Record *> ackOf;
    for (const Record &a : acks.value()) {
        const QString id = a.body.value(kResponse).toString();
        if (!ackOf.contains(id))
            ackOf.insert(id, &a); // the first acknowledgement is the one that counts
    }
    QList<RiskAnswer> out;
    for (const StoredResponse &r : all.value()) {
        if (!r.risk)
            continue;
        RiskAnswer a;
        a.response = r;
        const Instrument *q = m_catalogue.find(r.instrument);
        a.instrumentName = q ? q->shortName() : r.instrument;
        a.answerTexts = answerTexts(r, q, m_risk);
        if (const Record *ack = ackOf.value(r.id)) {
            a.acknowledgementId = ack->id;
            a.acknowledgedAt = ack->createdAt;
        }
        out.append(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const RiskAnswer &x, const RiskAnswer &y) {
        if (x.acknowledged() != y.acknowledged())
            return !x.acknowledged();
        return x.response.authored > y.response.authored;
    });
    return out;
}

Result<int> RiskReview::unacknowledgedCount(const QString &subject)
{
    auto list = answers(subject);
    if (!list)
        return list.error();
    return int(std::count_if(list.value().cbegin(), list.value().cend(),
                             [](const RiskAnswer &a) { return !a.acknowledged(); }));
}

Result<QString> RiskReview::acknowledge(const QString &responseId, const QString &subject)
{
    auto list = answers(subject);
    if (!list)
        return list.error();
    for (const RiskAnswer &a : list.value()) {
        if (a.response.id != responseId)
            continue;
        if (a.acknowledged())
            return a.acknowledgementId;
        auto saved =
            m_records.append(QString::fromLatin1(kKind), {{kResponse, responseId}}, subject);
        if (!saved)
            return saved.error();
        return saved.value().id;
    }
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("RiskReview",
                                                 "There is no risk answer with that id for this "
                                                 "patient."));
}

} // namespace dit
