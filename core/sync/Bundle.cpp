#include "Bundle.h"

#include <QJsonArray>

namespace dit::sync::bundle {

namespace {
const QString kId = QStringLiteral("_id");
const QString kRev = QStringLiteral("_rev");
const QString kEntries = QStringLiteral("b");
const QString kEnvelope = QStringLiteral("e");
} // namespace

QString logicalId(const PairKeys &keys, const QStringList &docIds)
{
    // Document ids are hex: a comma cannot be part of one, so the joined list is unambiguous.
    return QStringLiteral("bundle:") + keys.docId(docIds.join(QLatin1Char(',')));
}

QJsonObject make(const PairKeys &keys, const QString &logicalId,
                 const QList<QJsonObject> &envelopes)
{
    QJsonArray entries;
    for (const QJsonObject &e : envelopes)
        entries.append(QJsonObject{{kId, e.value(kId)}, {kEnvelope, e.value(kEnvelope)}});
    return {{kId, keys.docId(logicalId)}, {kRev, keys.revision(logicalId)}, {kEntries, entries}};
}

bool isBundle(const QJsonObject &doc)
{
    return doc.contains(kEntries);
}

std::optional<QList<QJsonObject>> envelopes(const PairKeys &keys, const QJsonObject &doc)
{
    const QJsonValue entries = doc.value(kEntries);
    if (!entries.isArray() || doc.contains(kEnvelope))
        return std::nullopt;
    const QJsonArray list = entries.toArray();
    if (list.isEmpty() || list.size() > kMaxEntries)
        return std::nullopt;
    QList<QJsonObject> out;
    QStringList ids;
    out.reserve(list.size());
    ids.reserve(list.size());
    for (const QJsonValue &v : list) {
        const QJsonObject entry = v.toObject();
        const QString id = entry.value(kId).toString();
        if (id.isEmpty() || !entry.value(kEnvelope).isString())
            return std::nullopt;
        ids.append(id);
        out.append(QJsonObject{{kId, id}, {kEnvelope, entry.value(kEnvelope)}});
    }
    if (keys.docId(logicalId(keys, ids)) != doc.value(kId).toString())
        return std::nullopt;
    return out;
}

} // namespace dit::sync::bundle
