#pragma once

// The state of one replication pass over one pair, shared by the files that implement it:
// ReplicatorCheckpoint.cpp (the server's checkpoint), ReplicatorPush.cpp, ReplicatorPull.cpp,
// ReplicatorDevices.cpp (opening envelopes: device announcements, who may write what) and
// ReplicatorGaps.cpp (withheld records). Private to core/sync.

#include "Replicator.h"
#include "SyncStatus.h"
#include "common/Logging.h"

#include <QJsonArray>
#include <QSet>

#include <functional>
#include <optional>

namespace dit::sync {

inline Error failure(const QString &words)
{
    return makeError(ErrorCode::Io, words);
}

// The number a CouchDB sequence starts with ("42", or "42-g1AAA..." in CouchDB 2 and later):
// what orders two sequences of one database.
inline qint64 sequenceNumber(const QString &since)
{
    return since.section(QLatin1Char('-'), 0, 0).toLongLong();
}

// A sequence that is a plain number (PouchDB, CouchDB 1.x), one a device can count back from.
inline bool isCountable(const QString &since)
{
    bool ok = false;
    return since.toLongLong(&ok) > 0 && ok;
}

inline QString sinceText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

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
    // This device's signed confirmation of the check words (docs/SYNC.md, "Confirming the
    // pair"): whether it waits to be sent, and sending it.
    Result<bool> confirmationWaiting();
    Status pushConfirmation();

private:
    // Reads the server's copy of this device's checkpoint; a lost or older one (or `behind`:
    // the server's feed is behind what this device read) starts again from nothing.
    Status checkServerCheckpoint(bool behind = false);
    Status writeServerCheckpoint();
    // Whether anything here waits to be sent (known from the push checkpoint, no request).
    Result<bool> hasWaiting();
    Status pushAll();
    // Envelopes on their way to the server: send() asks _revs_diff where needed and starts
    // the _bulk_docs; sent() waits for it and records them with `afterSent` in one transaction.
    struct Outgoing
    {
        QList<QPair<QString, QJsonObject>> docs; // logical id, envelope
        bool bundled = false; // records: sent in bundles (docs/SYNC.md, "Bundles")
        CouchDatabase::Pending bulkDocs;
        int sending = 0;                  // of docs, those the server lacked
        QHash<QString, QString> bundleOf; // of those, the bundle each goes in now
        QStringList bundles;              // the logical ids of those bundles
    };
    Status send(Outgoing &out);
    // `envelopes` in bundles, each noted in `out`: the documents to send.
    QJsonArray packBundles(const QList<QJsonObject> &envelopes, Outgoing &out);
    Status sent(Outgoing &out, const std::function<Status()> &afterSent);
    Status pushDocs(const QList<QPair<QString, QJsonObject>> &docs,
                    const std::function<Status()> &afterSent);
    // This device's records after the push checkpoint `after`, one batch, sealed with the
    // numbers from `next` on.
    struct Window
    {
        Outgoing out;
        qint64 last = 0;   // the push checkpoint once sent; 0: no record after `after`
        bool full = false; // a whole batch: there may be more
    };
    Result<Window> sealWindow(qint64 after, qint64 &next);
    Status pullAll();
    // One _changes page, read: what this device lacks of it came inline (`withDocs`) or its
    // _bulk_get is in flight and, if the page was full, so is the next page's _changes.
    struct Page
    {
        QString lastSeq;
        QStringList unknown;           // document ids this device lacks
        QList<QJsonObject> inlineDocs; // those of them that came inline
        QStringList fetching;          // the others: their _bulk_get is in `docs`
        CouchDatabase::Pending docs;
        CouchDatabase::Pending next;
        bool more = false;
        bool nextWithDocs = false;
        bool behind = false; // the feed ends before `checkpoint`: nothing of it is applied
    };
    CouchDatabase::Pending startChanges(const QString &checkpoint, bool withDocs);
    // `fetching`: ids the page before asked for (the next page starts with its last change).
    Result<Page> readPage(CouchDatabase::Pending &changes, const QString &checkpoint,
                          const QSet<QString> &fetching, bool withDocs);
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
        // Bundles read whole (their envelopes opened above, less those known here), and the
        // bundle each of those envelopes came in.
        QStringList bundles;
        QHash<QString, QString> inBundle;
    };
    // The envelopes of the documents read: each bundle's, less those this device knows (sent
    // or received before). A malformed bundle is refused whole.
    QList<QJsonObject> unbundle(const QList<QJsonObject> &docs, Opening &opening);
    Opening openDocs(const QList<QJsonObject> &read);
    // PairKeys::confirmationTranscript over this device's key and the other's, in role order.
    QByteArray transcriptWith(const QByteArray &otherKey, Role otherRole) const;
    // The logical id of this device's confirmation of `other` (empty before it confirmed).
    QString confirmationId(const QString &other);
    // Applies an opening and the checkpoint covering it in one transaction.
    Status apply(const Opening &opening, const std::function<Status()> &checkpoint);
    Status retryDeferred();
    // Whether every record the other device numbered has arrived (after a whole pull).
    Status checkNumbers();
    // The words for the status after a good pass; empty if all is well.
    QString problem() const;
    enum class Missing { Failure, Allowed }; // a document the server does not have
    Result<QList<QJsonObject>> fetch(const QStringList &ids, Missing missing = Missing::Failure);
    CouchDatabase::Pending startFetch(const QStringList &ids);
    Result<QList<QJsonObject>> fetched(CouchDatabase::Pending &pending, const QStringList &ids,
                                       Missing missing);
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
    bool m_moved = false;        // a checkpoint moved: tell the server
    bool m_checked = false;      // the server's checkpoint was read this pass
    bool m_serverBehind = false; // its _changes feed ended before this device's checkpoint
    QSet<QString> m_sentBefore;  // document ids sent in an earlier pass: the server may have them
    QHash<QString, QString> m_sentIn; // of those, the bundle each went in (empty: alone)
    QSet<QString> m_sentBundles;      // the bundles' document ids this pass sent
    int m_sentDocs = 0;               // server documents this pass sent
    // Document id -> this device's number for it: what this pass sends (and, once the push is
    // done, has sent).
    QHash<QString, qint64> m_numbers;
    bool m_olderVersion = false;    // the other device's envelopes are of the old format
    std::optional<Role> m_withheld; // whose numbered record has not arrived
    bool m_unconfirmed = false;     // the other device joined; its words are not confirmed
};

} // namespace dit::sync
