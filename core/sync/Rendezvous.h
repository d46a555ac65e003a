#pragma once

#include "HttpClient.h"
#include "Pairing.h"
#include "ShortCode.h"
#include "common/Clock.h"
#include "service/ServiceConfig.h"

namespace dit::sync {

// The short code's meeting place on the sync server (docs/SYNC.md, "Short code"): one
// database per service (`dit-rendezvous`), reached with the service's rendezvous account.
// The tablet leaves the pairing payload there, encrypted under a key derived from the short
// code; the phone finds it by an id derived from the same code, opens it and deletes it.
// The server sees an opaque id, a ciphertext and an expiry time.
class Rendezvous
{
public:
    static constexpr int kLifetimeSeconds = 15 * 60;
    static QString databaseName(); // "dit-rendezvous"

    // The account the service configures (ServiceConfig "sync.rendezvous"); the password
    // opens only the rendezvous database.
    Rendezvous(HttpClient &http, QUrl server, QString user, const SecretBytes &password,
               const Clock &clock);
    ~Rendezvous();
    // With the account the service's configuration names, on its server.
    static Rendezvous forService(HttpClient &http, const SyncServiceConfig &config,
                                 const Clock &clock);

    // Tablet: a new short code, and the payload left under it for kLifetimeSeconds.
    // Expired leftovers (a tablet that closed without tidying) are removed on the way.
    Result<ShortCode> publish(const PairingPayload &payload);
    // Phone: the payload left under this code. One use: it is deleted once read.
    Result<PairingPayload> collect(const ShortCode &code);
    // Tablet: removes what publish left (the pair was confirmed, or the page closed).
    Status withdraw(const ShortCode &code);

    // What the code derives (Argon2id; about 0.1 s): the document id and the key.
    struct Keys
    {
        QString docId; // 32 hex
        SecretBytes key;
    };
    static Result<Keys> derive(const ShortCode &code);

    // The plain words for the two ways a short code can fail on the server.
    static QString expiredMessage();
    static QString notFoundMessage();

private:
    void removeExpired();

    HttpClient &m_http;
    QUrl m_server;
    QString m_user;
    SecretBytes m_password;
    const Clock &m_clock;
};

} // namespace dit::sync
