#include "Bundle.h"
#include "ReplicatorPass.h"
#include "SharePolicy.h"
#include "common/Parallel.h"
#include "letters/LetterStore.h"

namespace dit::sync {

Status Replicator::Pass::send(Outgoing &out)
{
    // Ask which the server lacks of what was sent before (a reset server, a retried pass);
    // what was never sent cannot be there and goes without asking (docs/SYNC.md). A record
    // sent in a bundle is there if its bundle is.
    QJsonObject diff;
    QHash<QString, QStringList> asked; // server document id -> the envelopes it holds
    QSet<QString> missing;
    for (const auto &[logical, doc] : out.docs) {
        const QString id = doc.value(QStringLiteral("_id")).toString();
        if (!m_sentBefore.contains(id)) {
            missing.insert(id);
            continue;
        }
        const QString bundle = m_sentIn.value(id);
        const QString serverId = bundle.isEmpty() ? id : m_keys.docId(bundle);
        diff.insert(serverId, QJsonArray{bundle.isEmpty() ? doc.value(QStringLiteral("_rev"))
                                                          : QJsonValue(m_keys.revision(bundle))});
        asked[serverId].append(id);
    }
    if (!diff.isEmpty()) {
        auto reply = m_db.request("POST", QStringLiteral("_revs_diff"), {}, QJsonDocument(diff));
        if (!reply.ok() || !reply.json.isObject())
            return replyError(reply);
        const QJsonObject answer = reply.json.object();
        for (auto it = answer.begin(); it != answer.end(); ++it)
            for (const QString &id : asked.value(it.key()))
                missing.insert(id);
    }
    QList<QJsonObject> lacking;
    for (const auto &[logical, doc] : out.docs)
        if (missing.contains(doc.value(QStringLiteral("_id")).toString()))
            lacking.append(doc);
    out.sending = int(lacking.size());
    QJsonArray docs;
    if (out.bundled)
        docs = packBundles(lacking, out);
    else
        for (const QJsonObject &doc : std::as_const(lacking))
            docs.append(doc);
    if (!docs.isEmpty())
        out.bulkDocs = m_db.start("POST", QStringLiteral("_bulk_docs"), {},
                                  QJsonDocument(QJsonObject{{QStringLiteral("new_edits"), false},
                                                            {QStringLiteral("docs"), docs}}));
    return {};
}

QJsonArray Replicator::Pass::packBundles(const QList<QJsonObject> &envelopes, Outgoing &out)
{
    // In the order read, up to bundleRecords records and bundleBytes of envelopes a document
    // (a larger record alone), so a _changes page of bundles stays within the response limit.
    QJsonArray docs;
    QList<QJsonObject> group;
    QStringList ids;
    qsizetype bytes = 0;
    auto close = [&] {
        if (group.isEmpty())
            return;
        const QString logical = bundle::logicalId(m_keys, ids);
        docs.append(bundle::make(m_keys, logical, group));
        for (const QString &id : std::as_const(ids))
            out.bundleOf.insert(id, logical);
        out.bundles.append(logical);
        group.clear();
        ids.clear();
        bytes = 0;
    };
    for (const QJsonObject &e : envelopes) {
        const qsizetype size = e.value(QStringLiteral("e")).toString().size();
        if (group.size() >= m_r.m_options.bundleRecords ||
            (!group.isEmpty() && bytes + size > m_r.m_options.bundleBytes))
            close();
        group.append(e);
        ids.append(e.value(QStringLiteral("_id")).toString());
        bytes += size;
    }
    close();
    return docs;
}

Status Replicator::Pass::sent(Outgoing &out, const std::function<Status()> &afterSent)
{
    if (out.bulkDocs.started()) {
        auto reply = out.bulkDocs.wait();
        if (!reply.ok() || !reply.json.isArray())
            return replyError(reply);
        for (const QJsonValue &row : reply.json.array())
            if (row.toObject().contains(QStringLiteral("error")))
                return failure(status::serverProblem());
    }
    // What is sent is recorded in the same transaction as the checkpoint that covers it.
    const QString me = m_r.m_pairs.deviceId();
    Status s = store().database().transaction([&]() -> Status {
        for (const auto &[logical, doc] : out.docs) {
            const QString id = doc.value(QStringLiteral("_id")).toString();
            const QString now = out.bundleOf.value(id);
            if (Status added =
                    m_r.m_pairs.addDoc(m_pair.id, id, logical, "sent", me, m_numbers.value(id),
                                       now.isEmpty() ? m_sentIn.value(id) : now);
                !added)
                return added;
            // Sent again in another bundle (the server lost the first): asked for by this one.
            if (!now.isEmpty() && m_sentBefore.contains(id))
                if (Status moved = m_r.m_pairs.setSentBundle(m_pair.id, id, now); !moved)
                    return moved;
        }
        for (const QString &logical : std::as_const(out.bundles))
            if (Status added =
                    m_r.m_pairs.addDoc(m_pair.id, m_keys.docId(logical), logical, "sent", me);
                !added)
                return added;
        return afterSent();
    });
    if (!s)
        return s;
    m_counts.pushed += out.sending;
    m_sentDocs += out.bundled ? int(out.bundles.size()) : out.sending;
    for (const QString &logical : std::as_const(out.bundles))
        m_sentBundles.insert(m_keys.docId(logical));
    return s;
}

Status Replicator::Pass::pushDocs(const QList<QPair<QString, QJsonObject>> &docs,
                                  const std::function<Status()> &afterSent)
{
    Outgoing out;
    out.docs = docs;
    if (Status s = send(out); !s)
        return s;
    return sent(out, afterSent);
}

Result<Replicator::Pass::Window> Replicator::Pass::sealWindow(qint64 after, qint64 &next)
{
    const int limit = m_r.m_options.batchSize;
    // The records with their rows in one query (not one `get` each: docs/PERFORMANCE.md).
    auto rows = store().records().storedAfter(after, m_pair.subject, limit);
    if (!rows)
        return rows.error();
    Window window;
    window.out.bundled = true;
    if (rows.value().isEmpty())
        return window;
    window.last = rows.value().last().seq;
    window.full = rows.value().size() == limit;

    // Letter versions go once marked shared: know which are.
    QSet<QString> sharedVersions;
    auto marks =
        store().records().list(QString::fromLatin1(LetterStore::kMarkKind), m_pair.subject);
    if (!marks)
        return marks.error();
    for (const Record &m : marks.value())
        if (m.body.value(QStringLiteral("mark")).toString() == QStringLiteral("shared"))
            sharedVersions.insert(SharePolicy::markedVersion(m));
    const SharePolicy policy(sharedVersions);

    QList<QPair<QString, QJsonObject>> &docs = window.out.docs;
    QList<QPair<Record, qint64>> toSeal; // with its number
    // Each record this device sends gets the next number, kept with the document: sent again
    // (after a server reset), it has the same one.
    auto queue = [&](const Record &r) -> Status {
        // Only what this device made: a record from the other device (by sync or a hand-over
        // file) is its author's to send, signed by it.
        if (r.author != m_r.m_pairs.deviceId())
            return {};
        const QString docId = m_keys.docId(r.id);
        // Already in this window or an earlier one of this pass (a letter version sent
        // before its mark): once is enough.
        if (m_numbers.contains(docId))
            return {};
        auto before = m_r.m_pairs.sentAs(m_pair.id, docId);
        if (!before)
            return before.error();
        if (before.value().number > 0) {
            m_sentBefore.insert(docId);
            m_sentIn.insert(docId, before.value().bundle);
        }
        const qint64 n = before.value().number > 0 ? before.value().number : next++;
        m_numbers.insert(docId, n);
        toSeal.append({r, n});
        return {};
    };
    for (const RecordStore::Stored &row : std::as_const(rows.value())) {
        const Record &r = row.record;
        if (!policy.shares(r))
            continue;
        if (r.kind == QLatin1String(LetterStore::kMarkKind)) {
            // The version goes with its mark (it may be older than the checkpoint).
            auto version = store().records().get(SharePolicy::markedVersion(r));
            if (version && version.value().subject == m_pair.subject)
                if (Status s = queue(version.value()); !s)
                    return s.error();
        }
        if (Status s = queue(r); !s)
            return s.error();
    }
    // Sealed on all cores (Envelope::sealRecord touches nothing shared).
    docs.resize(toSeal.size());
    const QString me = m_r.m_pairs.deviceId();
    forEachInParallel(toSeal.size(), [&](qsizetype i) {
        const auto &[record, number] = toSeal.at(i);
        docs[i] = {record.id, Envelope::sealRecord(m_keys, record, me, m_device.secretKey, number)};
    });
    return window;
}

Status Replicator::Pass::pushAll()
{
    // This device's public key goes first, so the others can check what it signs.
    const QString deviceLogical = Envelope::deviceLogicalId(m_r.m_pairs.deviceId());
    auto known = m_r.m_pairs.knowsDoc(m_pair.id, m_keys.docId(deviceLogical));
    if (!known)
        return known.error();
    if (known.value())
        m_sentBefore.insert(m_keys.docId(deviceLogical));
    if (!known.value() || m_counts.serverReset) {
        const QList<QPair<QString, QJsonObject>> docs = {
            {deviceLogical, Envelope::sealDevice(m_keys, m_r.m_pairs.deviceId(), store().role(),
                                                 m_device.publicKey, m_device.secretKey)}};
        if (Status s = pushDocs(docs, [] { return Status(); }); !s)
            return s;
    }
    // Numbers go on from the last this device gave; each window of this pass takes its own.
    auto lastNumber = m_r.m_pairs.lastSentNumber(m_pair.id);
    if (!lastNumber)
        return lastNumber.error();
    qint64 next = lastNumber.value() + 1;
    m_numbers.clear();
    auto window = sealWindow(m_pair.pushSeq, next);
    while (window && window.value().last > 0) {
        Window &w = window.value();
        if (Status s = send(w.out); !s)
            return s;
        // The next window is read and sealed while the server takes this one (docs/SYNC.md,
        // "Requests in flight"); it is sent once this one is recorded as sent.
        Result<Window> following = w.full ? sealWindow(w.last, next) : Result<Window>(Window{});
        if (Status s = sent(w.out, [&] { return m_r.m_pairs.setPushSeq(m_pair.id, w.last); }); !s)
            return s;
        m_pair.pushSeq = w.last;
        // Only what the server got moves its copy of the checkpoint (one write fewer otherwise).
        m_moved = m_moved || !w.out.docs.isEmpty();
        window = std::move(following);
    }
    return window ? Status() : Status(window.error());
}

Status Replicator::Pass::pushUnpaired()
{
    const QString logical =
        Envelope::unpairedLogicalId(m_keys, m_r.m_pairs.deviceId(), m_device.secretKey);
    m_sentBefore.insert(m_keys.docId(logical)); // an earlier attempt may have arrived
    return pushDocs(
        {{logical, Envelope::sealUnpaired(m_keys, m_r.m_pairs.deviceId(), m_device.secretKey)}},
        [] { return Status(); });
}

} // namespace dit::sync
