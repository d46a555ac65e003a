#include "CouchDatabase.h"

namespace dit::sync {

CouchDatabase::CouchDatabase(HttpClient &http, const QUrl &server, const QString &database,
                             const QString &user, const SecretBytes &password)
    : m_http(http), m_server(server), m_database(database)
{
    m_authorization = basicAuthorization(user, password);
}

QByteArray CouchDatabase::basicAuthorization(const QString &user, const SecretBytes &password)
{
    // Every buffer that holds the password, plain or encoded, is sized once (no reallocation
    // leaves an old copy behind) and wiped here; only the returned header keeps it
    // (docs/SECURITY.md, secrets in memory).
    const QByteArray name = user.toUtf8();
    QByteArray credentials;
    credentials.reserve(name.size() + 1 + password.view().size());
    credentials.append(name).append(':').append(password.view());
    QByteArray encoded = credentials.toBase64();
    wipeBytes(credentials);
    static constexpr QByteArrayView kScheme("Basic ");
    QByteArray header;
    header.reserve(kScheme.size() + encoded.size());
    header.append(kScheme).append(encoded);
    wipeBytes(encoded);
    return header;
}

CouchDatabase::~CouchDatabase()
{
    wipeBytes(m_authorization);
}

bool CouchDatabase::addressAllowed(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty() || !server.userName().isEmpty() ||
        !server.password().isEmpty() || server.hasQuery() || server.hasFragment())
        return false;
    if (server.scheme() == QLatin1String("https"))
        return true;
    const QString host = server.host();
    return server.scheme() == QLatin1String("http") &&
           (host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") ||
            host == QLatin1String("localhost"));
}

CouchDatabase::Reply CouchDatabase::request(const QByteArray &method, const QString &path,
                                            const QUrlQuery &query, const QJsonDocument &body,
                                            int idleTimeoutMs, int totalTimeoutMs)
{
    return start(method, path, query, body, idleTimeoutMs, totalTimeoutMs).wait();
}

CouchDatabase::Pending CouchDatabase::start(const QByteArray &method, const QString &path,
                                            const QUrlQuery &query, const QJsonDocument &body,
                                            int idleTimeoutMs, int totalTimeoutMs)
{
    HttpRequest req;
    req.method = method;
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (path.startsWith(QLatin1Char('/')))
        url.setPath(base + path);
    else
        url.setPath(base + QLatin1Char('/') + m_database +
                    (path.isEmpty() ? QString() : QLatin1Char('/') + path));
    url.setQuery(query);
    req.url = url;
    if (!body.isNull())
        req.body = body.toJson(QJsonDocument::Compact);
    // A copy of its own (not a shared one): wiping it once the request is sent must leave this
    // database's credentials for the next request.
    req.authorization = QByteArray(m_authorization.constData(), m_authorization.size());
    req.idleTimeoutMs = idleTimeoutMs < 0 ? m_idleMs : idleTimeoutMs;
    req.totalTimeoutMs = totalTimeoutMs < 0 ? m_totalMs : totalTimeoutMs;
    ++m_roundTrips;
    Pending pending(m_http.start(req));
    wipeBytes(req.authorization);
    return pending;
}

CouchDatabase::Reply CouchDatabase::Pending::wait()
{
    Reply reply;
    if (!m_inFlight)
        return reply; // never started: no response (failure None, status 0)
    reply.response = m_inFlight->wait();
    m_inFlight.reset();
    if (reply.response.failure == HttpResponse::Failure::None) {
        QJsonParseError error{};
        reply.json = QJsonDocument::fromJson(reply.response.body.trimmed(), &error);
        if (error.error != QJsonParseError::NoError)
            reply.json = {};
    }
    return reply;
}

} // namespace dit::sync
