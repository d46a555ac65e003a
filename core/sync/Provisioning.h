#pragma once

#include "HttpClient.h"
#include "Pairing.h"
#include "Rendezvous.h"

namespace dit::sync {

// The service side of a pair, done from the therapist's device with the server's admin
// account (docs/SYNC.md, "Deploying CouchDB"): the pair's own database, a user for it, and
// members-only _security so only that user (and the server's admins) can read it.
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
