#pragma once

#include "PairKeys.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Several sealed records in one server document (docs/SYNC.md, "Bundles"). A server's work is
// mostly per document, so a device sends its records a few dozen to a document:
//   {"_id": …, "_rev": …, "b": [{"_id": record document id, "e": envelope}, …]}
// Each entry is an envelope exactly as it would stand alone (Envelope::open checks it the
// same way); the bundle adds no trust of its own. Its id is the pair's keyed hash of its
// entries' ids, so the same records make the same document and any other set another.
namespace dit::sync::bundle {

constexpr int kMaxEntries = 1000; // a document with more is refused whole

// The logical id of a bundle of envelopes with these document ids, in this order.
QString logicalId(const PairKeys &keys, const QStringList &docIds);
// The server document holding `envelopes` (as Envelope::seal* make them) under `logicalId`.
QJsonObject make(const PairKeys &keys, const QString &logicalId,
                 const QList<QJsonObject> &envelopes);
bool isBundle(const QJsonObject &doc);
// A bundle's envelopes as documents Envelope::open takes; nothing if `doc` is not a well-formed
// bundle of this pair (too many or malformed entries, or an id that is not its entries').
std::optional<QList<QJsonObject>> envelopes(const PairKeys &keys, const QJsonObject &doc);

} // namespace dit::sync::bundle
