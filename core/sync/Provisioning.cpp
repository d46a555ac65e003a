#include "Provisioning.h"

#include "CouchDatabase.h"
#include "Rendezvous.h"
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

QJsonObject membersOnly(const QString &user)
{
    return {{QStringLiteral("admins"), QJsonObject{{QStringLiteral("names"), QJsonArray()},
                                                   {QStringLiteral("roles"), QJsonArray()}}},
            {QStringLiteral("members"), QJsonObject{{QStringLiteral("names"), QJsonArray{user}},
                                                    {QStringLiteral("roles"), QJsonArray()}}}};
}

// Creates or updates a user with this password. The password is in these copies too:
// overwritten before they go.
CouchDatabase::Reply putUser(CouchDatabase &admin, const QString &name, const SecretBytes &password,
                             const QString &rev)
{
    QJsonObject user{{QStringLiteral("name"), name},
                     {QStringLiteral("password"), QString::fromUtf8(password.view())},
                     {QStringLiteral("roles"), QJsonArray()},
                     {QStringLiteral("type"), QStringLiteral("user")}};
    if (!rev.isEmpty())
        user.insert(QStringLiteral("_rev"), rev);
    QJsonDocument json(user);
    auto reply = admin.request("PUT", userDoc(name), {}, json);
    user.insert(QStringLiteral("password"), QString());
    json = QJsonDocument();
    return reply;
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

    auto madeUser = putUser(admin, keys.userName(), keys.password(), QString());
    if (!madeUser.response.ok())
        return failed(madeUser, "The server did not create the pair's user.");

    auto secured = admin.request("PUT", QStringLiteral("_security"), {},
                                 QJsonDocument(membersOnly(keys.userName())));
    if (!secured.response.ok())
        return failed(secured, "The server did not restrict the pair's database.");
    return payload;
}

Status Provisioning::preparePairs(int count, std::vector<PairingPayload> &slots)
{
    if (count < 1 || count > kMaxPrepared)
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Sync", "Prepare between 1 and %1 pairs.")
                             .arg(kMaxPrepared));
    for (int i = 0; i < count; ++i) {
        auto payload = createPair();
        if (!payload)
            return payload.error();
        slots.push_back(std::move(payload.value()));
    }
    return {};
}

Status Provisioning::prepareRendezvous(const QString &user, const SecretBytes &password)
{
    if (user.isEmpty() || password.isEmpty())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Sync", "The service names no short-code "
                                                             "account."));
    CouchDatabase admin(m_http, m_server, Rendezvous::databaseName(), m_adminName, m_adminPassword);
    auto created = admin.request("PUT", QString());
    if (!created.response.ok() && created.response.status != 412) // 412: it is there already
        return failed(created, QT_TRANSLATE_NOOP(
                                   "Sync", "The server did not create the short-code database."));
    auto existing = admin.request("GET", userDoc(user));
    if (!existing.ok() && existing.response.status != 404)
        return failed(existing,
                      QT_TRANSLATE_NOOP("Sync", "The server did not create the short-code user."));
    const QString rev =
        existing.ok() ? existing.json.object().value(QStringLiteral("_rev")).toString() : QString();
    auto madeUser = putUser(admin, user, password, rev);
    if (!madeUser.response.ok())
        return failed(madeUser,
                      QT_TRANSLATE_NOOP("Sync", "The server did not create the short-code user."));
    auto secured =
        admin.request("PUT", QStringLiteral("_security"), {}, QJsonDocument(membersOnly(user)));
    if (!secured.response.ok())
        return failed(secured, QT_TRANSLATE_NOOP(
                                   "Sync", "The server did not restrict the short-code database."));
    return {};
}

Result<ShortCode> Provisioning::publishShortCode(const PairingPayload &payload,
                                                 const SyncServiceConfig &service,
                                                 const Clock &clock)
{
    Rendezvous rendezvous = Rendezvous::forService(m_http, service, clock);
    if (Status s = prepareRendezvous(service.rendezvousUser,
                                     SecretBytes::fromText(service.rendezvousPassword));
        !s)
        return s.error();
    return rendezvous.publish(payload);
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
