#include "Bundle.h"
#include "ReplicatorPass.h"

namespace dit::sync {

CouchDatabase::Pending Replicator::Pass::startFetch(const QStringList &ids)
{
    QJsonArray wanted;
    for (const QString &id : ids)
        wanted.append(QJsonObject{{QStringLiteral("id"), id}});
    return m_db.start("POST", QStringLiteral("_bulk_get"), {},
                      QJsonDocument(QJsonObject{{QStringLiteral("docs"), wanted}}));
}

Result<QList<QJsonObject>> Replicator::Pass::fetch(const QStringList &ids, Missing missing)
{
    CouchDatabase::Pending pending = startFetch(ids);
    return fetched(pending, ids, missing);
}

Result<QList<QJsonObject>> Replicator::Pass::fetched(CouchDatabase::Pending &pending,
                                                     const QStringList &ids, Missing missing)
{
    auto reply = pending.wait();
    if (reply.response.failure == HttpResponse::Failure::TooLarge && ids.size() > 1) {
        // Many large records past the response limit together: half as many at a time.
        const qsizetype half = ids.size() / 2;
        auto first = fetch(ids.mid(0, half), missing);
        if (!first)
            return first.error();
        auto second = fetch(ids.mid(half), missing);
        if (!second)
            return second.error();
        return first.value() + second.value();
    }
    QList<QJsonObject> docs;
    const int status = reply.response.status;
    const bool unsupported = reply.response.failure == HttpResponse::Failure::None &&
                             (status == 400 || status == 404 || status == 405 || status == 501);
    if (!unsupported) {
        if (!reply.ok() || !reply.json.isObject())
            return replyError(reply);
        for (const QJsonValue &result :
             reply.json.object().value(QStringLiteral("results")).toArray())
            for (const QJsonValue &entry :
                 result.toObject().value(QStringLiteral("docs")).toArray()) {
                const QJsonObject ok = entry.toObject().value(QStringLiteral("ok")).toObject();
                if (!ok.isEmpty())
                    docs.append(ok);
            }
        if (docs.size() < ids.size() && missing == Missing::Failure)
            return failure(status::serverProblem()); // try the whole batch again later
        return docs;
    }
    // Servers without _bulk_get (CouchDB before 2.0): one GET each.
    for (const QString &id : ids) {
        auto single = m_db.request("GET", id);
        if (missing == Missing::Allowed && single.response.failure == HttpResponse::Failure::None &&
            single.response.status == 404)
            continue;
        if (!single.ok() || !single.json.isObject())
            return replyError(single);
        docs.append(single.json.object());
    }
    return docs;
}

namespace {
// From one before a checkpoint where sequences are numbers: an intact server answers with at
// least that last change, an emptied or restored one ends before it.
QString sinceFor(const QString &checkpoint)
{
    return isCountable(checkpoint) ? QString::number(checkpoint.toLongLong() - 1) : checkpoint;
}
} // namespace

CouchDatabase::Pending Replicator::Pass::startChanges(const QString &checkpoint, bool withDocs)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), sinceFor(checkpoint));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_r.m_options.pageSize));
    if (withDocs)
        query.addQueryItem(QStringLiteral("include_docs"), QStringLiteral("true"));
    return m_db.start("GET", QStringLiteral("_changes"), query);
}

Result<Replicator::Pass::Page> Replicator::Pass::readPage(CouchDatabase::Pending &changes,
                                                          const QString &checkpoint,
                                                          const QSet<QString> &fetching,
                                                          bool withDocs)
{
    auto reply = changes.wait();
    if (withDocs && reply.response.failure == HttpResponse::Failure::TooLarge) {
        // Records too large to come together inline: the page again without them, each then
        // fetched with _bulk_get (which splits what is too large).
        CouchDatabase::Pending again = startChanges(checkpoint, false);
        return readPage(again, checkpoint, fetching, false);
    }
    if (!reply.ok() || !reply.json.isObject())
        return replyError(reply);
    const QJsonObject answer = reply.json.object();
    const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
    Page page;
    page.lastSeq = sinceText(answer.value(QStringLiteral("last_seq")));
    if (page.lastSeq.isEmpty())
        return failure(status::serverProblem());
    if (sequenceNumber(page.lastSeq) < sequenceNumber(checkpoint)) {
        // The feed ends before what this device read: the server was emptied or restored
        // from an older backup. Nothing of this answer is applied; run() starts again.
        page.behind = true;
        return page;
    }
    QSet<QString> seen = fetching;
    int known = 0;
    for (const QJsonValue &row : results) {
        const QJsonObject change = row.toObject();
        const QString id = change.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || id.startsWith(QLatin1Char('_')) ||
            change.value(QStringLiteral("deleted")).toBool() || seen.contains(id))
            continue;
        seen.insert(id);
        // What this pass has just sent is known without asking the store (a device reads its
        // own records back after a push: docs/PERFORMANCE.md, "Sync, speed").
        if (m_numbers.contains(id) || m_sentBundles.contains(id)) {
            ++known;
            continue;
        }
        auto knows = m_r.m_pairs.knowsDoc(m_pair.id, id);
        if (!knows)
            return knows.error();
        if (knows.value()) {
            ++known;
            continue;
        }
        page.unknown.append(id);
        // A document inline must be the one the row names; one left out is fetched with
        // _bulk_get, which must then have it (a server that ignores include_docs still works).
        const QJsonValue inlined = change.value(QStringLiteral("doc"));
        if (withDocs && inlined.isObject()) {
            if (inlined.toObject().value(QStringLiteral("_id")).toString() != id)
                return failure(status::serverProblem());
            page.inlineDocs.append(inlined.toObject());
        } else {
            page.fetching.append(id);
        }
    }
    if (!page.fetching.isEmpty())
        page.docs = startFetch(page.fetching);
    page.more = results.size() >= m_r.m_options.pageSize && page.lastSeq != sinceFor(checkpoint);
    // The next page inline if at least half of this one was new here (docs/SYNC.md, "Requests in
    // flight").
    page.nextWithDocs = page.unknown.size() >= known;
    if (page.more)
        page.next = startChanges(page.lastSeq, page.nextWithDocs);
    return page;
}

Status Replicator::Pass::pullAll()
{
    // Documents come inline in _changes unless the feed is likely to be mostly this device's
    // own, just sent (docs/SYNC.md, "Requests in flight").
    const bool withDocs = m_sentDocs * 2 < m_r.m_options.pageSize;
    CouchDatabase::Pending first = startChanges(m_pair.pullSince, withDocs);
    Result<Page> page = readPage(first, m_pair.pullSince, {}, withDocs);
    for (;;) {
        if (!page)
            return page.error();
        Page &p = page.value();
        if (p.behind) {
            m_serverBehind = true;
            return {};
        }
        QList<QJsonObject> docs = std::move(p.inlineDocs);
        if (p.docs.started()) {
            auto got = fetched(p.docs, p.fetching, Missing::Failure);
            if (!got)
                return got.error();
            docs += std::move(got).value();
        }
        // The next page is read, and what it names asked for, while this one is opened and
        // applied (docs/SYNC.md, "Requests in flight"); a page that failed is reported after
        // this one is applied, as if read after it.
        std::optional<Result<Page>> next;
        if (p.more)
            next = readPage(p.next, p.lastSeq, QSet<QString>(p.unknown.begin(), p.unknown.end()),
                            p.nextWithDocs);
        const Opening opening = openDocs(docs);
        docs.clear();
        const QString lastSeq = p.lastSeq;
        if (Status s = apply(opening, [&] { return m_r.m_pairs.setPullSince(m_pair.id, lastSeq); });
            !s)
            return s;
        if (lastSeq != m_pair.pullSince)
            m_moved = true;
        m_pair.pullSince = lastSeq;
        if (m_counts.peerUnpaired)
            return {};
        if (!next)
            return retryDeferred();
        page = std::move(*next);
    }
}

Status Replicator::Pass::apply(const Opening &opening, const std::function<Status()> &checkpoint)
{
    int applied = 0;
    bool peerLeft = false;
    Status s = store().database().transaction([&]() -> Status {
        for (const auto &[docId, o] : opening.accepted) {
            if (o.type == EnvelopeType::Device) {
                auto added = m_r.m_pairs.addDevice(m_pair.id, o.author, o.devicePublicKey, o.role);
                if (!added)
                    return added.error();
            } else if (o.type == EnvelopeType::Confirmed) {
                if (Status c = m_r.m_pairs.setPeerConfirmed(m_pair.id, o.author, o.confirmedAt); !c)
                    return c;
            } else if (o.type == EnvelopeType::Unpaired) {
                peerLeft = true;
            } else {
                Record r = o.record;
                r.subject = m_pair.subject; // the pair decides whose record it is
                auto inserted = store().records().insertExisting(r);
                if (!inserted)
                    return inserted.error();
                applied += inserted.value() ? 1 : 0;
            }
            if (Status added = m_r.m_pairs.addDoc(m_pair.id, docId, o.logicalId, "received",
                                                  o.author, o.number);
                !added)
                return added;
        }
        for (const Refused &r : opening.refused)
            if (Status added = m_r.m_pairs.addDoc(m_pair.id, r.docId, r.logicalId, "refused",
                                                  r.author, r.number);
                !added)
                return added;
        // An envelope kept for later is fetched again by the document it came in.
        QSet<QString> deferred;
        for (const QString &docId : opening.waiting + opening.unconfirmed)
            deferred.insert(opening.inBundle.value(docId, docId));
        for (const QString &docId : std::as_const(deferred))
            if (Status kept = m_r.m_pairs.deferDoc(m_pair.id, docId); !kept)
                return kept;
        for (const QString &docId : opening.bundles)
            if (!deferred.contains(docId))
                if (Status added = m_r.m_pairs.addDoc(m_pair.id, docId, {}, "received"); !added)
                    return added;
        if (opening.intruder && m_pair.warning.isEmpty()) {
            m_pair.warning = status::anotherDevice(store().role());
            if (Status warned = m_r.m_pairs.setWarning(m_pair.id, m_pair.warning); !warned)
                return warned;
        }
        return checkpoint();
    });
    if (!s)
        return s;
    m_counts.pulled += applied;
    m_counts.peerUnpaired = m_counts.peerUnpaired || peerLeft;
    return {};
}

Status Replicator::Pass::retryDeferred()
{
    auto ids = m_r.m_pairs.deferredDocs(m_pair.id);
    if (!ids)
        return ids.error();
    if (ids.value().isEmpty())
        return {};
    auto fetched = fetch(ids.value(), Missing::Allowed);
    if (!fetched)
        return fetched.error();
    Opening opening = openDocs(fetched.value());
    // The whole feed has been read and its author is still unknown: reported, kept for later.
    m_counts.rejected += int(opening.waiting.size());
    return apply(opening, [] { return Status(); });
}

QList<QJsonObject> Replicator::Pass::unbundle(const QList<QJsonObject> &docs, Opening &opening)
{
    QList<QJsonObject> envelopes;
    envelopes.reserve(docs.size());
    QSet<QString> seen;
    for (const QJsonObject &doc : docs) {
        if (!bundle::isBundle(doc)) {
            envelopes.append(doc);
            continue;
        }
        const QString id = doc.value(QStringLiteral("_id")).toString();
        auto inside = bundle::envelopes(m_keys, doc);
        if (!inside) {
            ++m_counts.rejected;
            opening.refused.append({id, {}, {}, 0});
            qCWarning(lcSync) << "refused a malformed bundle";
            continue;
        }
        opening.bundles.append(id);
        for (QJsonObject &e : *inside) {
            // Known here already (a bundle sent again after a server restore, or one replayed):
            // not opened again, so nothing changes.
            const QString envelopeId = e.value(QStringLiteral("_id")).toString();
            auto known = m_r.m_pairs.knowsDoc(m_pair.id, envelopeId);
            if (m_numbers.contains(envelopeId) || (known && known.value()) ||
                seen.contains(envelopeId))
                continue;
            seen.insert(envelopeId);
            opening.inBundle.insert(envelopeId, id);
            envelopes.append(std::move(e));
        }
    }
    return envelopes;
}

} // namespace dit::sync
