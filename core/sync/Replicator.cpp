#include "Replicator.h"

#include "SharePolicy.h"
#include "SyncStatus.h"
#include "common/Logging.h"
#include "letters/LetterStore.h"
#include "sharing/RecordRules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dit::sync {

namespace {

Error failure(const QString &words)
{
    return makeError(ErrorCode::Io, words);
}

QString sinceText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

} // namespace

// The state of one pass over one pair.
class Replicator::Pass
{
public:
    Pass(Replicator &r, Pair pair, SecretBytes pairKey, DeviceKey device)
        : m_r(r), m_pair(std::move(pair)), m_keys(pairKey), m_device(std::move(device)),
          m_db(r.m_http, QUrl(m_pair.serverUrl), m_keys.databaseName(), m_keys.userName(),
               m_keys.password())
    {
        m_db.setTimeouts(r.m_options.idleTimeoutMs, r.m_options.totalTimeoutMs);
    }

    Result<SyncCounts> run();
    Result<bool> wait(int waitMs);
    Status pushUnpaired();

private:
    Status checkServerCheckpoint();
    Status writeServerCheckpoint();
    Status pushAll();
    Result<bool> pushBatch(); // true: more to push
    Status pushDocs(const QList<QPair<QString, QJsonObject>> &docs,
                    const std::function<Status()> &afterSent);
    Status pullAll();
    Result<bool> pullBatch(); // true: more to pull
    // What the envelopes of a pull say, before anything is applied.
    struct Refused
    {
        QString docId, logicalId, author;
        qint64 number = 0;
    };
    struct Opening
    {
        QList<QPair<QString, Opened>> accepted; // document id, what it holds
        QStringList waiting;                    // signed by a device not (yet) announced: deferred
        QStringList unconfirmed; // records of a device this one's person has not confirmed: kept
        QList<Refused> refused;  // opened and refused: remembered, never fetched again
        bool intruder = false;   // a device that is not one of the pair's two announced itself
    };
    Opening openDocs(const QList<QJsonObject> &docs);
    // Applies an opening and the checkpoint covering it in one transaction.
    Status apply(const Opening &opening, const std::function<Status()> &checkpoint);
    Status retryDeferred();
    // Whether every record the other device numbered has arrived (after a whole pull).
    Status checkNumbers();
    // The words for the status after a good pass; empty if all is well.
    QString problem() const;
    enum class Missing { Failure, Allowed }; // a document the server does not have
    Result<QList<QJsonObject>> fetch(const QStringList &ids, Missing missing = Missing::Failure);
    Error replyError(const CouchDatabase::Reply &reply);
    QString checkpointPath() const
    {
        return QStringLiteral("_local/") +
               m_keys.docId(QStringLiteral("checkpoint:") + m_r.m_pairs.deviceId());
    }
    Store &store() { return m_r.m_pairs.store(); }

    Replicator &m_r;
    Pair m_pair;
    PairKeys m_keys;
    DeviceKey m_device;
    CouchDatabase m_db;
    SyncCounts m_counts;
    QString m_checkpointRev;
    bool m_moved = false;             // a checkpoint moved: tell the server
    QHash<QString, qint64> m_numbers; // document id -> this device's number for it (sending)
    bool m_olderVersion = false;      // the other device's envelopes are of the old format
    std::optional<Role> m_withheld;   // whose numbered record has not arrived
    bool m_unconfirmed = false;       // the other device joined; its words are not confirmed
};

Error Replicator::Pass::replyError(const CouchDatabase::Reply &reply)
{
    qCInfo(lcSync) << "request failed: status" << reply.response.status << "failure"
                   << int(reply.response.failure);
    if (reply.response.failure == HttpResponse::Failure::None && reply.response.ok())
        return failure(status::serverProblem()); // a success whose body was not JSON
    return failure(status::forResponse(reply.response));
}

Status Replicator::Pass::checkServerCheckpoint()
{
    auto reply = m_db.request("GET", checkpointPath());
    bool reset = false;
    if (reply.response.failure == HttpResponse::Failure::None && reply.response.status == 404) {
        reset = m_pair.generation > 0; // we wrote one, and it is gone
    } else if (reply.ok()) {
        const QJsonObject doc = reply.json.object();
        m_checkpointRev = doc.value(QStringLiteral("_rev")).toString();
        const qint64 generation = doc.value(QStringLiteral("generation")).toInteger();
        if (doc.value(QStringLiteral("session")).toString() != m_pair.session ||
            generation < m_pair.generation) {
            reset = true;
        } else if (generation > m_pair.generation) {
            // Our last write arrived though its answer did not.
            m_pair.generation = generation;
            if (Status s = m_r.m_pairs.setGeneration(m_pair.id, generation); !s)
                return s;
        }
    } else {
        return replyError(reply);
    }
    if (reset) {
        // The server was restored from an older backup or emptied: start again from
        // nothing in both directions. _revs_diff keeps the re-sending to what it lacks.
        qCInfo(lcSync) << "server lost this device's checkpoint: re-sending";
        if (Status s = m_r.m_pairs.resetCheckpoints(m_pair.id); !s)
            return s;
        auto again = m_r.m_pairs.get(m_pair.id);
        if (!again)
            return again.error();
        m_pair = again.value();
        m_counts.serverReset = true;
        m_moved = true;
    }
    return {};
}

Status Replicator::Pass::writeServerCheckpoint()
{
    QJsonObject doc{{QStringLiteral("session"), m_pair.session},
                    {QStringLiteral("generation"), double(m_pair.generation + 1)},
                    {QStringLiteral("push_seq"), double(m_pair.pushSeq)},
                    {QStringLiteral("pull_since"), m_pair.pullSince}};
    if (!m_checkpointRev.isEmpty())
        doc.insert(QStringLiteral("_rev"), m_checkpointRev);
    auto reply = m_db.request("PUT", checkpointPath(), {}, QJsonDocument(doc));
    if (!reply.ok())
        return replyError(reply);
    m_pair.generation += 1;
    return m_r.m_pairs.setGeneration(m_pair.id, m_pair.generation);
}

Status Replicator::Pass::pushDocs(const QList<QPair<QString, QJsonObject>> &docs,
                                  const std::function<Status()> &afterSent)
{
    // Ask which the server lacks; send only those, with their fixed revisions.
    QJsonObject diff;
    for (const auto &[logical, doc] : docs)
        diff.insert(doc.value(QStringLiteral("_id")).toString(),
                    QJsonArray{doc.value(QStringLiteral("_rev"))});
    QSet<QString> missing;
    if (!docs.isEmpty()) {
        auto reply = m_db.request("POST", QStringLiteral("_revs_diff"), {}, QJsonDocument(diff));
        if (!reply.ok() || !reply.json.isObject())
            return replyError(reply);
        const QJsonObject answer = reply.json.object();
        for (auto it = answer.begin(); it != answer.end(); ++it)
            missing.insert(it.key());
    }
    QJsonArray send;
    for (const auto &[logical, doc] : docs)
        if (missing.contains(doc.value(QStringLiteral("_id")).toString()))
            send.append(doc);
    if (!send.isEmpty()) {
        auto reply = m_db.request("POST", QStringLiteral("_bulk_docs"), {},
                                  QJsonDocument(QJsonObject{{QStringLiteral("new_edits"), false},
                                                            {QStringLiteral("docs"), send}}));
        if (!reply.ok() || !reply.json.isArray())
            return replyError(reply);
        for (const QJsonValue &row : reply.json.array())
            if (row.toObject().contains(QStringLiteral("error")))
                return failure(status::serverProblem());
    }
    // What is sent is recorded in the same transaction as the checkpoint that covers it.
    Status s = store().database().transaction([&]() -> Status {
        for (const auto &[logical, doc] : docs)
            if (Status added = m_r.m_pairs.addDoc(
                    m_pair.id, doc.value(QStringLiteral("_id")).toString(), logical, "sent",
                    m_r.m_pairs.deviceId(),
                    m_numbers.value(doc.value(QStringLiteral("_id")).toString()));
                !added)
                return added;
        return afterSent();
    });
    if (s)
        m_counts.pushed += int(send.size());
    return s;
}

Result<bool> Replicator::Pass::pushBatch()
{
    const int limit = m_r.m_options.batchSize;
    auto stmt = store().database().prepare(
        "SELECT seq, id FROM records WHERE seq > ? AND subject = ? ORDER BY seq LIMIT ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_pair.pushSeq).bind(2, m_pair.subject).bind(3, limit);
    QList<QPair<qint64, QString>> window;
    while (stmt.value().next())
        window.append({stmt.value().integer(0), stmt.value().text(1)});
    if (stmt.value().failed())
        return stmt.value().error();
    if (window.isEmpty())
        return false;

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

    QList<QPair<QString, QJsonObject>> docs;
    QSet<QString> queued;
    // Each record this device sends gets the next number, kept with the document: sent again
    // (after a server reset), it has the same one.
    auto lastNumber = m_r.m_pairs.lastSentNumber(m_pair.id);
    if (!lastNumber)
        return lastNumber.error();
    qint64 next = lastNumber.value() + 1;
    auto queue = [&](const Record &r) -> Status {
        if (queued.contains(r.id))
            return {};
        // Only what this device made: a record from the other device (by sync or a hand-over
        // file) is its author's to send, signed by it.
        if (r.author != m_r.m_pairs.deviceId())
            return {};
        queued.insert(r.id);
        const QString docId = m_keys.docId(r.id);
        auto number = m_r.m_pairs.sentNumber(m_pair.id, docId);
        if (!number)
            return number.error();
        const qint64 n = number.value() > 0 ? number.value() : next++;
        m_numbers.insert(docId, n);
        docs.append(
            {r.id, Envelope::sealRecord(m_keys, r, m_r.m_pairs.deviceId(), m_device.secretKey, n)});
        return {};
    };
    for (const auto &[seq, id] : window) {
        auto record = store().records().get(id);
        if (!record)
            return record.error();
        const Record &r = record.value();
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
    const qint64 last = window.last().first;
    Status s = pushDocs(docs, [&] { return m_r.m_pairs.setPushSeq(m_pair.id, last); });
    if (!s)
        return s.error();
    m_pair.pushSeq = last;
    // Only what the server got moves its copy of the checkpoint (one write fewer otherwise).
    m_moved = m_moved || !docs.isEmpty();
    return window.size() == limit;
}

Status Replicator::Pass::pushAll()
{
    // This device's public key goes first, so the others can check what it signs.
    const QString deviceLogical = Envelope::deviceLogicalId(m_r.m_pairs.deviceId());
    auto known = m_r.m_pairs.knowsDoc(m_pair.id, m_keys.docId(deviceLogical));
    if (!known)
        return known.error();
    if (!known.value() || m_counts.serverReset) {
        const QList<QPair<QString, QJsonObject>> docs = {
            {deviceLogical, Envelope::sealDevice(m_keys, m_r.m_pairs.deviceId(), store().role(),
                                                 m_device.publicKey, m_device.secretKey)}};
        if (Status s = pushDocs(docs, [] { return Status(); }); !s)
            return s;
    }
    for (;;) {
        auto more = pushBatch();
        if (!more)
            return more.error();
        if (!more.value())
            return {};
    }
}

Result<QList<QJsonObject>> Replicator::Pass::fetch(const QStringList &ids, Missing missing)
{
    QJsonArray wanted;
    for (const QString &id : ids)
        wanted.append(QJsonObject{{QStringLiteral("id"), id}});
    auto reply = m_db.request("POST", QStringLiteral("_bulk_get"), {},
                              QJsonDocument(QJsonObject{{QStringLiteral("docs"), wanted}}));
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

Result<bool> Replicator::Pass::pullBatch()
{
    const int limit = m_r.m_options.batchSize;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), m_pair.pullSince);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    auto reply = m_db.request("GET", QStringLiteral("_changes"), query);
    if (!reply.ok() || !reply.json.isObject())
        return replyError(reply);
    const QJsonObject changes = reply.json.object();
    const QJsonArray results = changes.value(QStringLiteral("results")).toArray();
    const QString lastSeq = sinceText(changes.value(QStringLiteral("last_seq")));
    if (lastSeq.isEmpty())
        return failure(status::serverProblem());

    QStringList unknown;
    for (const QJsonValue &row : results) {
        const QJsonObject change = row.toObject();
        const QString id = change.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || id.startsWith(QLatin1Char('_')) ||
            change.value(QStringLiteral("deleted")).toBool())
            continue;
        auto known = m_r.m_pairs.knowsDoc(m_pair.id, id);
        if (!known)
            return known.error();
        if (!known.value() && !unknown.contains(id))
            unknown.append(id);
    }
    QList<QJsonObject> docs;
    if (!unknown.isEmpty()) {
        auto fetched = fetch(unknown);
        if (!fetched)
            return fetched.error();
        docs = fetched.value();
    }

    Opening opening = openDocs(docs);
    Status s = apply(opening, [&] { return m_r.m_pairs.setPullSince(m_pair.id, lastSeq); });
    if (!s)
        return s.error();
    if (lastSeq != m_pair.pullSince)
        m_moved = true;
    m_pair.pullSince = lastSeq;
    return results.size() >= limit;
}

Replicator::Pass::Opening Replicator::Pass::openDocs(const QList<QJsonObject> &docs)
{
    // Open everything before changing anything: device announcements first. A pair is two
    // devices, one of each role: this one and the first of the other role to announce itself
    // (docs/SYNC.md, "Who may write what").
    Opening opening;
    const QString me = m_r.m_pairs.deviceId();
    const Role myRole = store().role();
    const QDateTime now = store().clock().now();
    struct Announced
    {
        QByteArray key;
        Role role;
    };
    QHash<QString, Announced> newDevices;
    auto keyOf = [&](const QString &device) {
        const auto it = newDevices.constFind(device);
        return it != newDevices.cend() ? it->key : m_r.m_pairs.devicePublicKey(m_pair.id, device);
    };
    auto roleOf = [&](const QString &device) -> std::optional<Role> {
        const auto it = newDevices.constFind(device);
        return it != newDevices.cend() ? std::optional<Role>(it->role)
                                       : m_r.m_pairs.deviceRole(m_pair.id, device);
    };
    const auto others = m_r.m_pairs.otherDevices(m_pair.id);
    const bool hadOther = !others || !others.value().isEmpty();
    auto pairComplete = [&] {
        return hadOther || !newDevices.isEmpty();
    };
    QHash<QString, Record> delivered; // records accepted in this delivery, for their threads
    auto find = [&](const QString &id) -> std::optional<Record> {
        if (const auto it = delivered.constFind(id); it != delivered.cend())
            return *it;
        auto here = store().records().get(id);
        return here ? std::optional<Record>(here.value()) : std::nullopt;
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (const QJsonObject &doc : docs) {
            const QString docId = doc.value(QStringLiteral("_id")).toString();
            OpenResult opened = Envelope::open(m_keys, doc, keyOf);
            const bool isDevice = opened.opened && opened.opened->type == EnvelopeType::Device;
            if ((pass == 0) != isDevice && opened.opened)
                continue;
            if (!opened.opened) {
                if (pass == 0)
                    continue;
                if (opened.rejection == Rejection::UnknownDevice && !pairComplete()) {
                    // Its author's announcement may come later (a clustered server's
                    // _changes need not keep the order it was written in): keep it for later.
                    opening.waiting.append(docId);
                    continue;
                }
                // Once the pair has its two devices, an unknown signer is nobody's.
                if (opened.rejection == Rejection::UnknownDevice)
                    opening.refused.append({docId, {}, {}, 0});
                m_olderVersion = m_olderVersion || opened.rejection == Rejection::OldFormat;
                ++m_counts.rejected;
                qCWarning(lcSync) << "rejected an envelope, reason" << int(opened.rejection);
                continue;
            }
            const Opened &o = *opened.opened;
            if (o.type == EnvelopeType::Device) {
                const QByteArray known = keyOf(o.author);
                if (!known.isEmpty()) {
                    if (known != o.devicePublicKey)
                        ++m_counts.rejected; // a second key for a known device: refused
                    else
                        opening.accepted.append({docId, o});
                    continue;
                }
                if (o.author == me || o.role == myRole || pairComplete()) {
                    opening.intruder = true; // not one of the pair's two devices: refused
                    qCWarning(lcSync) << "refused a device announcement: the pair has its two";
                    continue;
                }
                newDevices.insert(o.author, {o.devicePublicKey, o.role});
                opening.accepted.append({docId, o});
                continue;
            }
            const std::optional<Role> role = roleOf(o.author);
            if (!role) { // known from before roles were announced
                m_olderVersion = true;
                ++m_counts.rejected;
                continue;
            }
            if (o.type == EnvelopeType::Record &&
                (newDevices.contains(o.author) || !m_r.m_pairs.confirmedAt(m_pair.id, o.author))) {
                // Not applied before this device's person confirmed the check words
                // (docs/SYNC.md, "Confirming the pair"): kept back, tried again each pass.
                opening.unconfirmed.append(docId);
                continue;
            }
            if (o.type == EnvelopeType::Record) {
                // What the author's side may create, in the rules the hand-over file uses.
                const Record &r = o.record;
                const auto side =
                    *role == Role::Therapist ? sharing::Side::Therapist : sharing::Side::Patient;
                if (sharing::isAhead(r, now)) {
                    // Its device's clock is ahead of this one's: tried again on each pass, and
                    // reported until then.
                    opening.waiting.append(docId);
                    continue;
                }
                if (!SharePolicy::isSharedKind(r.kind) || !sharing::fieldsAreValid(r, now) ||
                    !sharing::mayCreate(side, r) || !sharing::fitsItsThread(r, find)) {
                    ++m_counts.rejected;
                    opening.refused.append({docId, o.logicalId, o.author, o.number});
                    qCWarning(lcSync) << "refused a record its author's device may not make";
                    continue;
                }
                delivered.insert(r.id, r);
            }
            opening.accepted.append({docId, o});
        }
    }
    return opening;
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
        for (const QString &docId : opening.waiting + opening.unconfirmed)
            if (Status deferred = m_r.m_pairs.deferDoc(m_pair.id, docId); !deferred)
                return deferred;
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

Status Replicator::Pass::checkNumbers()
{
    auto others = m_r.m_pairs.otherDevices(m_pair.id);
    if (!others)
        return others.error();
    for (const QString &device : others.value()) {
        if (!m_r.m_pairs.confirmedAt(m_pair.id, device)) {
            m_unconfirmed = true; // its records are kept back: no gap to report yet
            continue;
        }
        auto missing = m_r.m_pairs.missingNumbers(m_pair.id, device);
        if (!missing)
            return missing.error();
        if (missing.value() > 0) {
            m_withheld = m_r.m_pairs.deviceRole(m_pair.id, device);
            qCWarning(lcSync) << "records from the other device have not arrived:"
                              << missing.value();
        }
    }
    return {};
}

QString Replicator::Pass::problem() const
{
    if (!m_pair.warning.isEmpty())
        return m_pair.warning;
    if (m_olderVersion)
        return status::olderVersion();
    if (m_unconfirmed)
        return status::awaitingConfirmation();
    if (m_withheld)
        return status::recordWithheld(*m_withheld);
    if (m_counts.rejected > 0)
        return status::recordRejected();
    return {};
}

Status Replicator::Pass::pullAll()
{
    for (;;) {
        auto more = pullBatch();
        if (!more)
            return more.error();
        if (m_counts.peerUnpaired)
            return {};
        if (!more.value())
            return retryDeferred();
    }
}

Result<SyncCounts> Replicator::Pass::run()
{
    Status s = checkServerCheckpoint();
    if (s)
        s = pushAll();
    if (s)
        s = pullAll();
    if (s && !m_counts.peerUnpaired)
        s = checkNumbers();
    if (s && (m_moved || m_pair.generation == 0))
        s = writeServerCheckpoint();
    m_counts.roundTrips = m_db.roundTrips();
    if (!s) {
        (void)m_r.m_pairs.setFailure(m_pair.id, s.error().message);
        return s.error();
    }
    if (Status saved = m_r.m_pairs.setSynced(m_pair.id, store().clock().now()); !saved)
        return saved.error();
    if (m_counts.peerUnpaired) {
        if (Status u = m_r.m_pairs.markUnpaired(m_pair.id, status::peerUnpaired()); !u)
            return u.error();
    } else if (const QString words = problem(); !words.isEmpty()) {
        (void)m_r.m_pairs.setFailure(m_pair.id, words);
    }
    return m_counts;
}

Result<bool> Replicator::Pass::wait(int waitMs)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("feed"), QStringLiteral("longpoll"));
    query.addQueryItem(QStringLiteral("since"), m_pair.pullSince);
    query.addQueryItem(QStringLiteral("heartbeat"), QString::number(m_r.m_options.heartbeatMs));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    auto reply = m_db.request("GET", QStringLiteral("_changes"), query, {},
                              m_r.m_options.heartbeatMs * 3 / 2 + 1000, waitMs);
    if (reply.response.failure == HttpResponse::Failure::TimedOut)
        return false; // our own limit: nothing new in time
    if (!reply.ok())
        return replyError(reply);
    return !reply.json.object().value(QStringLiteral("results")).toArray().isEmpty();
}

Status Replicator::Pass::pushUnpaired()
{
    const QString logical = Envelope::unpairedLogicalId(m_r.m_pairs.deviceId());
    return pushDocs(
        {{logical, Envelope::sealUnpaired(m_keys, m_r.m_pairs.deviceId(), m_device.secretKey)}},
        [] { return Status(); });
}

Replicator::Replicator(PairStore &pairs, HttpClient &http, Options options)
    : m_options(options), m_pairs(pairs), m_http(http)
{}

namespace {
struct Prepared
{
    Pair pair;
    SecretBytes key;
    DeviceKey device;
};

Result<Prepared> prepare(PairStore &pairs, const QString &pairId)
{
    auto pair = pairs.get(pairId);
    if (!pair)
        return pair.error();
    if (pair.value().state != Pair::State::Active)
        return makeError(ErrorCode::BadInput, pair.value().lastFailure.isEmpty()
                                                  ? status::unpairedHere()
                                                  : pair.value().lastFailure);
    if (!CouchDatabase::addressAllowed(QUrl(pair.value().serverUrl)))
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Sync", "The sync server must use https."));
    auto key = pairs.pairKey(pairId);
    if (!key)
        return key.error();
    auto device = pairs.deviceKey();
    if (!device)
        return device.error();
    return Prepared{pair.value(), std::move(key.value()), std::move(device.value())};
}
} // namespace

Result<SyncCounts> Replicator::syncPair(const QString &pairId)
{
    auto p = prepare(m_pairs, pairId);
    if (!p)
        return p.error();
    Pass pass(*this, p.value().pair, std::move(p.value().key), std::move(p.value().device));
    return pass.run();
}

Result<bool> Replicator::waitForChanges(const QString &pairId, int waitMs)
{
    auto p = prepare(m_pairs, pairId);
    if (!p)
        return p.error();
    Pass pass(*this, p.value().pair, std::move(p.value().key), std::move(p.value().device));
    return pass.wait(waitMs);
}

Status Replicator::unpair(const QString &pairId)
{
    auto p = prepare(m_pairs, pairId);
    if (!p)
        return p.error();
    Status told;
    {
        Pass pass(*this, p.value().pair, std::move(p.value().key), std::move(p.value().device));
        told = pass.pushUnpaired();
    }
    if (!told)
        qCInfo(lcSync) << "could not tell the server about unpairing; unpairing here anyway";
    return m_pairs.markUnpaired(pairId, status::unpairedHere());
}

} // namespace dit::sync
