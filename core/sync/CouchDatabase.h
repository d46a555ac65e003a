#pragma once

#include "HttpClient.h"
#include "crypto/SecretBytes.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace dit::sync {

// One CouchDB database (or the server, with an empty name) reached through an HttpClient
// with Basic authentication. Counts round trips, for the cost the docs promise.
class CouchDatabase
{
public:
    CouchDatabase(HttpClient &http, const QUrl &server, const QString &database,
                  const QString &user, const SecretBytes &password);
    ~CouchDatabase();
    CouchDatabase(const CouchDatabase &) = delete;
    CouchDatabase &operator=(const CouchDatabase &) = delete;

    struct Reply
    {
        HttpResponse response;
        QJsonDocument json; // null if the body was not JSON
        bool ok() const { return response.ok() && !json.isNull(); }
    };

    // `path` is relative to the database ("_changes", "_local/x", "" for the database itself);
    // a path starting with '/' is relative to the server.
    Reply request(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                  const QJsonDocument &body = {}, int idleTimeoutMs = -1, int totalTimeoutMs = -1);

    // A request in flight (HttpClient::start): started now, its reply read by wait(). Dropping
    // it before then abandons the request (it still counts as a round trip).
    class Pending
    {
    public:
        Pending() = default;
        explicit Pending(std::unique_ptr<HttpClient::InFlight> inFlight)
            : m_inFlight(std::move(inFlight))
        {}
        bool started() const { return m_inFlight != nullptr; }
        Reply wait(); // once

    private:
        std::unique_ptr<HttpClient::InFlight> m_inFlight;
    };
    Pending start(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                  const QJsonDocument &body = {}, int idleTimeoutMs = -1, int totalTimeoutMs = -1);
    // The limits for requests that do not give their own.
    void setTimeouts(int idleMs, int totalMs)
    {
        m_idleMs = idleMs;
        m_totalMs = totalMs;
    }
    int roundTrips() const { return m_roundTrips; }

    // The server's address must be https, except on this machine (127.0.0.1, ::1, localhost).
    static bool addressAllowed(const QUrl &server);
    // "Basic base64(user:password)", built without leaving an unwiped copy of the password.
    static QByteArray basicAuthorization(const QString &user, const SecretBytes &password);

private:
    HttpClient &m_http;
    QUrl m_server;
    QString m_database;
    QByteArray m_authorization;
    int m_roundTrips = 0;
    int m_idleMs = 15000;
    int m_totalMs = 60000;
};

} // namespace dit::sync
