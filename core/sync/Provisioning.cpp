#include "Provisioning.h"

#include "CouchDatabase.h"
#include "SyncStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dit::sync {

namespace {

Error failed(const CouchDatabase::Reply &reply, const char *what)
{
    if (reply.response.failure != HttpResponse::Failure::None)
        return makeError(ErrorCode::Io, status::notReachable());
    if (reply.response.status == 401 || reply.response.status == 403)
        return makeError(ErrorCode::WrongPassphrase,
                         QCoreApplication::translate("Sync", "The server refused the admin name "
                                                             "or password."));
    return makeError(ErrorCode::Io, QCoreApplication::translate("Sync", what));
}

QString userDoc(const QString &user)
{
    return QStringLiteral("/_users/org.couchdb.user:") + user;
}

} // namespace

Provisioning::Provisioning(HttpClient &http, QUrl server, QString adminName,
                           const SecretBytes &adminPassword)
    : m_http(http), m_server(std::move(server)), m_adminName(std::move(adminName)),
      m_adminPassword(SecretBytes::copyOf(adminPassword.view()))
{}

Provisioning::~Provisioning() = default;

Result<PairingPayload> Provisioning::createPair()
{
    if (!CouchDatabase::addressAllowed(m_server))
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Sync", "The sync server must use https "
                                                             "(or be this computer, for tests)."));
    PairingPayload payload;
    payload.server = m_server;
    payload.pairKey = PairKeys::newPairKey();
    const PairKeys keys(payload.pairKey);
    CouchDatabase admin(m_http, m_server, keys.databaseName(), m_adminName, m_adminPassword);

    auto created = admin.request("PUT", QString());
    if (!created.response.ok())
        return failed(created, "The server did not create the pair's database.");

    const SecretBytes password = keys.password();
    QJsonObject user{{QStringLiteral("name"), keys.userName()},
                     {QStringLiteral("password"), QString::fromUtf8(password.view())},
                     {QStringLiteral("roles"), QJsonArray()},
                     {QStringLiteral("type"), QStringLiteral("user")}};
    QJsonDocument userJson(user);
    auto madeUser = admin.request("PUT", userDoc(keys.userName()), {}, userJson);
    // The password is in these copies too: overwrite before they go.
    user.insert(QStringLiteral("password"), QString());
    userJson = QJsonDocument();
    if (!madeUser.response.ok())
        return failed(madeUser, "The server did not create the pair's user.");

    const QJsonObject security{
        {QStringLiteral("admins"), QJsonObject{{QStringLiteral("names"), QJsonArray()},
                                               {QStringLiteral("roles"), QJsonArray()}}},
        {QStringLiteral("members"),
         QJsonObject{{QStringLiteral("names"), QJsonArray{keys.userName()}},
                     {QStringLiteral("roles"), QJsonArray()}}}};
    auto secured = admin.request("PUT", QStringLiteral("_security"), {}, QJsonDocument(security));
    if (!secured.response.ok())
        return failed(secured, "The server did not restrict the pair's database.");
    return payload;
}

Status Provisioning::removePair(const SecretBytes &pairKey)
{
    const PairKeys keys(pairKey);
    CouchDatabase admin(m_http, m_server, keys.databaseName(), m_adminName, m_adminPassword);
    auto user = admin.request("GET", userDoc(keys.userName()));
    if (user.ok()) {
        QUrlQuery rev;
        rev.addQueryItem(QStringLiteral("rev"),
                         user.json.object().value(QStringLiteral("_rev")).toString());
        auto removed = admin.request("DELETE", userDoc(keys.userName()), rev);
        if (!removed.response.ok())
            return failed(removed, "The server did not remove the pair's user.");
    } else if (user.response.status != 404) {
        return failed(user, "The server did not remove the pair's user.");
    }
    auto dropped = admin.request("DELETE", QString());
    if (!dropped.response.ok() && dropped.response.status != 404)
        return failed(dropped, "The server did not remove the pair's database.");
    return {};
}

} // namespace dit::sync
