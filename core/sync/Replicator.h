#pragma once

#include "CouchDatabase.h"
#include "Envelope.h"
#include "PairStore.h"

namespace dit::sync {

// What one pass did.
struct SyncCounts
{
    int pushed = 0;   // records (and device announcements) the server lacked and now has
    int pulled = 0;   // records applied here
    int rejected = 0; // envelopes that failed a check: never applied
    int roundTrips = 0;
    bool serverReset = false;  // the server lost what this device had sent: re-sent
    bool peerUnpaired = false; // the other device left the pair
};

// The CouchDB replication protocol, the subset our immutable, encrypted records need
// (docs/SYNC.md): checkpoints in a _local document and in the store, _revs_diff, _bulk_docs
// with new_edits:false, _changes with the client's own limits (documents inline, or _bulk_get
// with a fallback to single GETs), batching.
class Replicator
{
public:
    struct Options
    {
        int batchSize = 1000;        // records a request (docs/PERFORMANCE.md)
        int bundleRecords = 25;      // records a server document at most (docs/SYNC.md, "Bundles")
        int bundleBytes = 48 * 1024; // envelopes' bytes a bundle at most (one larger goes alone)
        int pageSize = 100;          // documents a _changes page: 100 full bundles, about 5 MiB
        int idleTimeoutMs = 15000;   // nothing received for this long: give up the request
        int totalTimeoutMs = 60000;  // a whole request
        int heartbeatMs = 10000;     // asked of the server on long-polled _changes
    };

    Replicator(PairStore &pairs, HttpClient &http) : Replicator(pairs, http, Options{}) {}
    Replicator(PairStore &pairs, HttpClient &http, Options options);

    // One pass for one pair: push what is new here, pull what is new there. On failure the
    // pair's status says why in plain words and nothing half-done is kept.
    Result<SyncCounts> syncPair(const QString &pairId);
    // Long-polls _changes (heartbeats, the client's own time limit) until the server has
    // something after this device's checkpoint or `waitMs` passes. True if it has.
    Result<bool> waitForChanges(const QString &pairId, int waitMs);
    // Tells the other devices this one leaves the pair (a signed envelope), then forgets
    // the key here. The local unpairing happens even if the server cannot be reached.
    Status unpair(const QString &pairId);

private:
    class Pass;
    Options m_options;
    PairStore &m_pairs;
    HttpClient &m_http;
};

} // namespace dit::sync
