#pragma once

#include "HttpClient.h"
#include "Pairing.h"
#include "Rendezvous.h"

#include <vector>

namespace dit::sync {

// The service side of a pair, done by the service's IT on its own machine with the server's
// admin account (`ditc server prepare`, docs/SYNC.md, "Setting up the server"): the pair's
// own database, a user for it, and members-only _security so only that user (and the
// server's admins) can read it. A clinician's device never holds the admin account: it is
// given one prepared pair (a "pair slot", the same text as a pairing code).
// The admin password is used for these requests only and never stored.
class Provisioning
{
public:
    Provisioning(HttpClient &http, QUrl server, QString adminName,
                 const SecretBytes &adminPassword);
    ~Provisioning();

    // Makes a new pair key, creates the database, user and security on the server, and
    // returns the payload to hand over. Nothing is kept on this device here (see addPair).
    Result<PairingPayload> createPair();
    // `count` pairs made at once (1 to kMaxPrepared), appended to `slots` as each is made:
    // the slots IT hands out, one to each clinician for one patient. Stops at the first
    // failure; the pairs made before it are on the server and in `slots`.
    static constexpr int kMaxPrepared = 1000;
    Status preparePairs(int count, std::vector<PairingPayload> &slots);
    // Makes the service's short-code meeting place if it is missing: the rendezvous
    // database, its user (with the configured password) and members-only _security.
    // Idempotent: run before every short code, it changes nothing that is already right.
    Status prepareRendezvous(const QString &user, const SecretBytes &password);
    // The short code for a pair just made: prepares the service's rendezvous, then leaves the
    // payload there (Rendezvous::publish).
    Result<ShortCode> publishShortCode(const PairingPayload &payload,
                                       const SyncServiceConfig &service, const Clock &clock);
    // Removes the pair's user and database from the server (unpairing for good).
    Status removePair(const SecretBytes &pairKey);

private:
    HttpClient &m_http;
    QUrl m_server;
    QString m_adminName;
    SecretBytes m_adminPassword;
};

} // namespace dit::sync
