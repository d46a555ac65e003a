#include "Rendezvous.h"

#include "CouchDatabase.h"
#include "SyncStatus.h"
#include "crypto/Aead.h"
#include "crypto/PassphraseKdf.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dit::sync {

namespace {

// Fixed: both sides must derive the same id and key from the code alone. The code's 60
// random bits are the only secret; the salt only separates this use from any other.
const QByteArray kSalt = QByteArrayLiteral("dit-rendezvous-1"); // 16 bytes
// Argon2id at 3 passes over 64 MiB (libsodium's interactive memory): about 0.1 s on the
// reference machine, 0.2-0.4 s on a phone; see docs/SYNC.md for what it buys.
constexpr std::uint64_t kOps = 3;
constexpr std::uint64_t kMem = 64ull * 1024 * 1024;
constexpr int kIdBytes = 16;

QByteArray associatedData(const QString &docId, const QString &expires)
{
    return QByteArrayLiteral("dit-rendezvous-v1") + '\0' + docId.toLatin1() + '\0' +
           expires.toLatin1();
}

Error unreachableOr(const HttpResponse &r, const char *what)
{
    if (r.failure != HttpResponse::Failure::None)
        return makeError(ErrorCode::Io, status::notReachable());
    if (r.status == 401 || r.status == 403)
        return makeError(ErrorCode::WrongPassphrase,
                         QCoreApplication::translate(
                             "Sync", "The sync server refused the service’s short-code account. "
                                     "Use the long code instead."));
    return makeError(ErrorCode::Io, QCoreApplication::translate("Sync", what));
}

// The document with this id; NotFound (in the plain words) when there is none.
Result<QJsonObject> fetch(CouchDatabase &db, const QString &docId)
{
    const auto got = db.request("GET", docId);
    if (got.response.status == 404)
        return makeError(ErrorCode::NotFound, Rendezvous::notFoundMessage());
    if (!got.ok())
        return unreachableOr(
            got.response,
            QT_TRANSLATE_NOOP("Sync", "The sync server gave an answer that makes no sense."));
    return got.json.object();
}

CouchDatabase::Reply remove(CouchDatabase &db, const QJsonObject &doc)
{
    QUrlQuery rev;
    rev.addQueryItem(QStringLiteral("rev"), doc.value(QStringLiteral("_rev")).toString());
    return db.request("DELETE", doc.value(QStringLiteral("_id")).toString(), rev);
}

} // namespace

QString Rendezvous::databaseName()
{
    return QStringLiteral("dit-rendezvous");
}

QString Rendezvous::expiredMessage()
{
    return QCoreApplication::translate("Sync",
                                       "That code has expired. Ask your therapist for a new one.");
}

QString Rendezvous::notFoundMessage()
{
    return QCoreApplication::translate(
        "Sync", "No pairing was found for that code. Check it and try again.");
}

Rendezvous::Rendezvous(HttpClient &http, QUrl server, QString user, const SecretBytes &password,
                       const Clock &clock)
    : m_http(http), m_server(std::move(server)), m_user(std::move(user)),
      m_password(SecretBytes::copyOf(password.view())), m_clock(clock)
{}

Rendezvous::~Rendezvous() = default;

Rendezvous Rendezvous::forService(HttpClient &http, const SyncServiceConfig &config,
                                  const Clock &clock)
{
    // fromText, not fromPassphrase: the service's password is still needed after this.
    return Rendezvous(http, config.server, config.rendezvousUser,
                      SecretBytes::fromText(config.rendezvousPassword), clock);
}

Result<Rendezvous::Keys> Rendezvous::derive(const ShortCode &code)
{
    KdfParams params;
    params.opsLimit = kOps;
    params.memLimitBytes = kMem;
    params.salt = kSalt;
    auto derived = deriveKey(code.symbols(), params, kIdBytes + aead::kKeyBytes);
    if (!derived)
        return derived.error();
    const QByteArrayView all = derived.value().view();
    Keys keys;
    keys.docId = QString::fromLatin1(all.first(kIdBytes).toByteArray().toHex());
    keys.key = SecretBytes::copyOf(all.sliced(kIdBytes));
    return keys;
}

Result<ShortCode> Rendezvous::publish(const PairingPayload &payload)
{
    removeExpired();
    ShortCode code = ShortCode::generate();
    auto keys = derive(code);
    if (!keys)
        return keys.error();
    const QString expires = m_clock.now().toUTC().addSecs(kLifetimeSeconds).toString(Qt::ISODate);
    QString compact = payload.compact();
    QByteArray plain = compact.toUtf8();
    wipeString(compact);
    const QByteArray nonce = aead::randomNonce();
    const QByteArray sealed = nonce + aead::seal(keys.value().key, nonce, plain,
                                                 associatedData(keys.value().docId, expires));
    wipeBytes(plain);
    const QJsonObject doc{{QStringLiteral("ciphertext"), QString::fromLatin1(sealed.toBase64())},
                          {QStringLiteral("expires"), expires}};
    CouchDatabase db(m_http, m_server, databaseName(), m_user, m_password);
    const auto put = db.request("PUT", keys.value().docId, {}, QJsonDocument(doc));
    if (!put.response.ok())
        return unreachableOr(
            put.response,
            QT_TRANSLATE_NOOP("Sync", "The sync server did not keep the short code."));
    return code;
}

Result<PairingPayload> Rendezvous::collect(const ShortCode &code)
{
    auto keys = derive(code);
    if (!keys)
        return keys.error();
    CouchDatabase db(m_http, m_server, databaseName(), m_user, m_password);
    auto found = fetch(db, keys.value().docId);
    if (!found)
        return found.error();
    const QJsonObject &doc = found.value();
    const QString expires = doc.value(QStringLiteral("expires")).toString();
    // One use: gone once read, opened or not (an expired one is tidied away too).
    remove(db, doc);
    const QDateTime until = QDateTime::fromString(expires, Qt::ISODate);
    if (!until.isValid() || until <= m_clock.now())
        return makeError(ErrorCode::BadInput, expiredMessage());
    const QByteArray sealed =
        QByteArray::fromBase64(doc.value(QStringLiteral("ciphertext")).toString().toLatin1());
    if (sealed.size() < aead::kNonceBytes + aead::kTagBytes)
        return makeError(ErrorCode::NotFound, notFoundMessage());
    auto plain = aead::openSecret(keys.value().key, sealed.first(aead::kNonceBytes),
                                  QByteArrayView(sealed).sliced(aead::kNonceBytes),
                                  associatedData(keys.value().docId, expires));
    if (!plain) // altered on the server (its expiry too): treat as absent
        return makeError(ErrorCode::NotFound, notFoundMessage());
    QString compact = QString::fromUtf8(plain.value().view());
    auto payload = PairingPayload::parse(compact);
    wipeString(compact);
    return payload;
}

Status Rendezvous::withdraw(const ShortCode &code)
{
    auto keys = derive(code);
    if (!keys)
        return keys.error();
    CouchDatabase db(m_http, m_server, databaseName(), m_user, m_password);
    auto found = fetch(db, keys.value().docId);
    if (!found)
        return found.error().code == ErrorCode::NotFound ? Status() : Status(found.error());
    const auto removed = remove(db, found.value());
    if (!removed.response.ok() && removed.response.status != 404)
        return unreachableOr(
            removed.response,
            QT_TRANSLATE_NOOP("Sync", "The sync server did not remove the short code."));
    return {};
}

void Rendezvous::removeExpired()
{
    CouchDatabase db(m_http, m_server, databaseName(), m_user, m_password);
    QUrlQuery all;
    all.addQueryItem(QStringLiteral("include_docs"), QStringLiteral("true"));
    const auto listed = db.request("GET", QStringLiteral("_all_docs"), all);
    if (!listed.ok())
        return; // best effort: publish reports the real problem
    const QDateTime now = m_clock.now();
    for (const QJsonValue row : listed.json.object().value(QStringLiteral("rows")).toArray()) {
        const QJsonObject doc = row.toObject().value(QStringLiteral("doc")).toObject();
        if (doc.value(QStringLiteral("_id")).toString().startsWith(QLatin1Char('_')))
            continue;
        const QDateTime until =
            QDateTime::fromString(doc.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        if (until.isValid() && until > now)
            continue;
        remove(db, doc);
    }
}

} // namespace dit::sync
