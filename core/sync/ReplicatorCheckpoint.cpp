#include "ReplicatorPass.h"

namespace dit::sync {

Status Replicator::Pass::checkServerCheckpoint(bool behind)
{
    auto reply = m_db.request("GET", checkpointPath());
    m_checked = true;
    bool reset = behind;
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
        m_serverBehind = false;
        m_moved = true;
    }
    return {};
}

Result<bool> Replicator::Pass::hasWaiting()
{
    auto announced = m_r.m_pairs.knowsDoc(
        m_pair.id, m_keys.docId(Envelope::deviceLogicalId(m_r.m_pairs.deviceId())));
    if (!announced)
        return announced.error();
    if (!announced.value())
        return true;
    auto stmt = store().database().prepare(
        "SELECT 1 FROM records WHERE seq > ? AND subject = ? AND author = ? LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, m_pair.pushSeq).bind(2, m_pair.subject).bind(3, m_r.m_pairs.deviceId());
    const bool any = stmt.value().next();
    if (stmt.value().failed())
        return stmt.value().error();
    return any;
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

} // namespace dit::sync
