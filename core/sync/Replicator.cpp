#include "ReplicatorPass.h"

#include <QCoreApplication>

namespace dit::sync {

Error Replicator::Pass::replyError(const CouchDatabase::Reply &reply)
{
    qCInfo(lcSync) << "request failed: status" << reply.response.status << "failure"
                   << int(reply.response.failure);
    if (reply.response.failure == HttpResponse::Failure::None && reply.response.ok())
        return failure(status::serverProblem()); // a success whose body was not JSON
    return failure(status::forResponse(reply.response));
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

Result<SyncCounts> Replicator::Pass::run()
{
    // With nothing waiting here the pass is one _changes request; a server that lost what it
    // had is noticed from that answer where its sequences are numbers (docs/SYNC.md, "The
    // protocol subset"), from its copy of the checkpoint otherwise.
    auto waiting = hasWaiting();
    Status s = waiting ? Status() : Status(waiting.error());
    auto confirming = confirmationWaiting();
    if (s && !confirming)
        s = confirming.error();
    if (s && (waiting.value() || confirming.value() || m_pair.generation == 0 ||
              !isCountable(m_pair.pullSince))) {
        s = checkServerCheckpoint();
        if (s)
            s = pushAll();
        if (s)
            s = pushConfirmation();
    }
    if (s)
        s = pullAll();
    if (s && (m_serverBehind || (!m_checked && m_moved))) {
        // The checkpoint write needs the server's revision of it; a reset found now sends
        // again what the server lacks and reads its feed from the start.
        s = checkServerCheckpoint(m_serverBehind);
        if (s && m_counts.serverReset) {
            s = pushAll();
            if (s)
                s = pushConfirmation();
            if (s)
                s = pullAll();
        }
    }
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
