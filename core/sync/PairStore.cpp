#include "PairStore.h"

#include "common/Ids.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QVariant>

namespace dit::sync {

namespace {

const QString kSigningKeyMeta = QStringLiteral("device_sync_signing_key");

constexpr const char *kPairColumns =
    "id, subject, label, server_url, state, push_seq, pull_since, session, generation, "
    "last_synced_at, last_failure, warning";

Pair readPair(const Statement &s)
{
    Pair p;
    p.id = s.text(0);
    p.subject = s.text(1);
    p.label = s.text(2);
    p.serverUrl = s.text(3);
    p.state = s.text(4) == QStringLiteral("active") ? Pair::State::Active : Pair::State::Unpaired;
    p.pushSeq = s.integer(5);
    p.pullSince = s.text(6);
    p.session = s.text(7);
    p.generation = s.integer(8);
    if (!s.isNull(9))
        p.lastSyncedAt = QDateTime::fromMSecsSinceEpoch(s.integer(9), Qt::UTC);
    p.lastFailure = s.text(10);
    p.warning = s.text(11);
    return p;
}

void bindAll(Statement &s, const QList<QVariant> &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &v = args.at(i);
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            s.bind(i + 1, v.toLongLong());
        else if (v.typeId() == QMetaType::QByteArray)
            s.bind(i + 1, v.toByteArray());
        else if (v.isNull())
            s.bindNull(i + 1);
        else
            s.bind(i + 1, v.toString());
    }
}

Error noSuchPair()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("Sync", "This device is not paired."));
}

} // namespace

Status PairStore::exec(const char *sql, const QList<QVariant> &args)
{
    auto stmt = m_store.database().prepare(sql);
    if (!stmt)
        return stmt.error();
    bindAll(stmt.value(), args);
    return stmt.value().run();
}

Result<DeviceKey> PairStore::deviceKey()
{
    Meta meta(m_store.database());
    QString stored = meta.value(kSigningKeyMeta);
    if (!stored.isEmpty()) {
        QByteArray raw = QByteArray::fromBase64(stored.toLatin1());
        wipeString(stored);
        DeviceKey key = DeviceKey::fromSecret(SecretBytes::copyOf(raw));
        wipeBytes(raw);
        if (key.publicKey.isEmpty())
            return makeError(ErrorCode::Damaged, QCoreApplication::translate(
                                                     "Sync", "This device's sync key is damaged."));
        return key;
    }
    DeviceKey key = DeviceKey::generate();
    QByteArray encoded = key.secretKey.view().toByteArray().toBase64();
    QString text = QString::fromLatin1(encoded);
    const Status saved = meta.set(kSigningKeyMeta, text);
    wipeBytes(encoded);
    wipeString(text);
    if (!saved)
        return saved.error();
    return key;
}

Result<Pair> PairStore::add(const QString &serverUrl, const SecretBytes &pairKey,
                            const QString &subject, const QString &label)
{
    const QString id = newRandomId();
    const QByteArray key = pairKey.view().toByteArray();
    Status s = exec("INSERT INTO sync_pairs (id, subject, label, server_url, pair_key, created_at, "
                    "session) VALUES (?,?,?,?,?,?,?)",
                    {id, subject, label, serverUrl, key, m_store.clock().now().toMSecsSinceEpoch(),
                     newRandomId()});
    QByteArray wipe = key;
    wipeBytes(wipe);
    if (!s)
        return s.error();
    return get(id);
}

Result<QList<Pair>> PairStore::pairs()
{
    auto stmt = m_store.database().prepare(QByteArray(QByteArray("SELECT ") + kPairColumns +
                                                      " FROM sync_pairs ORDER BY created_at, id")
                                               .constData());
    if (!stmt)
        return stmt.error();
    QList<Pair> out;
    while (stmt.value().next())
        out.append(readPair(stmt.value()));
    if (stmt.value().failed())
        return stmt.value().error();
    return out;
}

Result<Pair> PairStore::get(const QString &id)
{
    auto stmt = m_store.database().prepare(
        QByteArray(QByteArray("SELECT ") + kPairColumns + " FROM sync_pairs WHERE id = ?")
            .constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    if (!stmt.value().next())
        return stmt.value().failed() ? stmt.value().error() : noSuchPair();
    return readPair(stmt.value());
}

Result<SecretBytes> PairStore::pairKey(const QString &id)
{
    auto stmt =
        m_store.database().prepare("SELECT pair_key FROM sync_pairs WHERE id = ? AND state = "
                                   "'active'");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, id);
    if (!stmt.value().next())
        return noSuchPair();
    QByteArray raw = stmt.value().blob(0);
    SecretBytes key = SecretBytes::copyOf(raw);
    wipeBytes(raw);
    if (key.size() != PairKeys::kKeyBytes)
        return noSuchPair();
    return key;
}

Status PairStore::setFailure(const QString &id, const QString &failure)
{
    return exec("UPDATE sync_pairs SET last_failure = ? WHERE id = ?", {failure, id});
}

Status PairStore::setSynced(const QString &id, const QDateTime &at)
{
    return exec("UPDATE sync_pairs SET last_synced_at = ?, last_failure = '' WHERE id = ?",
                {at.toMSecsSinceEpoch(), id});
}

Status PairStore::markUnpaired(const QString &id, const QString &reason)
{
    return exec("UPDATE sync_pairs SET state = 'unpaired', pair_key = x'', last_failure = ? "
                "WHERE id = ?",
                {reason, id});
}

Result<bool> PairStore::addDevice(const QString &pairId, const QString &deviceId,
                                  const QByteArray &key, Role role)
{
    const QByteArray known = devicePublicKey(pairId, deviceId);
    if (!known.isEmpty())
        return known == key;
    if (Status s = exec("INSERT INTO sync_devices (pair_id, device_id, public_key, role) "
                        "VALUES (?,?,?,?)",
                        {pairId, deviceId, key, roleName(role)});
        !s)
        return s.error();
    return true;
}

std::optional<Role> PairStore::deviceRole(const QString &pairId, const QString &deviceId)
{
    auto stmt = m_store.database().prepare(
        "SELECT role FROM sync_devices WHERE pair_id = ? AND device_id = ?");
    if (!stmt)
        return std::nullopt;
    stmt.value().bind(1, pairId).bind(2, deviceId);
    Role role = Role::Patient;
    if (!stmt.value().next() || !roleFromName(stmt.value().text(0), &role))
        return std::nullopt;
    return role;
}

Result<QStringList> PairStore::otherDevices(const QString &pairId)
{
    return texts("SELECT device_id FROM sync_devices WHERE pair_id = ? ORDER BY device_id", pairId);
}

Result<QStringList> PairStore::texts(const char *sql, const QString &pairId)
{
    auto stmt = m_store.database().prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, pairId);
    QStringList out;
    while (stmt.value().next())
        out.append(stmt.value().text(0));
    if (stmt.value().failed())
        return stmt.value().error();
    return out;
}

Status PairStore::setWarning(const QString &pairId, const QString &warning)
{
    return exec("UPDATE sync_pairs SET warning = ? WHERE id = ?", {warning, pairId});
}

Status PairStore::confirmDevice(const QString &pairId, const QString &deviceId, const QDateTime &at)
{
    return exec("UPDATE sync_devices SET confirmed_at = ? WHERE pair_id = ? AND device_id = ?",
                {at.toMSecsSinceEpoch(), pairId, deviceId});
}

namespace {
std::optional<QDateTime> timeOf(Database &db, const char *sql, const QString &pairId,
                                const QString &deviceId)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::nullopt;
    stmt.value().bind(1, pairId).bind(2, deviceId);
    if (!stmt.value().next())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(stmt.value().integer(0), Qt::UTC);
}
} // namespace

std::optional<QDateTime> PairStore::confirmedAt(const QString &pairId, const QString &deviceId)
{
    return timeOf(m_store.database(),
                  "SELECT confirmed_at FROM sync_devices WHERE pair_id = ? AND device_id = ? AND "
                  "confirmed_at IS NOT NULL",
                  pairId, deviceId);
}

Status PairStore::setPeerConfirmed(const QString &pairId, const QString &deviceId,
                                   const QDateTime &at)
{
    return exec("UPDATE sync_devices SET peer_confirmed_at = ? WHERE pair_id = ? AND device_id = ? "
                "AND peer_confirmed_at IS NULL",
                {at.toMSecsSinceEpoch(), pairId, deviceId});
}

std::optional<QDateTime> PairStore::peerConfirmedAt(const QString &pairId, const QString &deviceId)
{
    return timeOf(m_store.database(),
                  "SELECT peer_confirmed_at FROM sync_devices WHERE pair_id = ? AND device_id = ? "
                  "AND peer_confirmed_at IS NOT NULL",
                  pairId, deviceId);
}

QByteArray PairStore::devicePublicKey(const QString &pairId, const QString &deviceId)
{
    auto stmt = m_store.database().prepare(
        "SELECT public_key FROM sync_devices WHERE pair_id = ? AND device_id = ?");
    if (!stmt)
        return {};
    stmt.value().bind(1, pairId).bind(2, deviceId);
    return stmt.value().next() ? stmt.value().blob(0) : QByteArray();
}

Status PairStore::setPushSeq(const QString &pairId, qint64 seq)
{
    return exec("UPDATE sync_pairs SET push_seq = ? WHERE id = ?", {seq, pairId});
}

Status PairStore::setPullSince(const QString &pairId, const QString &since)
{
    return exec("UPDATE sync_pairs SET pull_since = ? WHERE id = ?", {since, pairId});
}

Status PairStore::setGeneration(const QString &pairId, qint64 generation)
{
    return exec("UPDATE sync_pairs SET generation = ? WHERE id = ?", {generation, pairId});
}

Status PairStore::resetCheckpoints(const QString &pairId)
{
    return exec("UPDATE sync_pairs SET push_seq = 0, pull_since = '0', generation = 0, "
                "session = ? WHERE id = ?",
                {newRandomId(), pairId});
}

Status PairStore::addDoc(const QString &pairId, const QString &docId, const QString &recordId,
                         const char *origin, const QString &author, qint64 number,
                         const QString &bundle)
{
    // (SQLCipher's SQLite here has no upsert.)
    if (Status s =
            exec("UPDATE sync_docs SET record_id = ?, origin = ?, author = ?, number = ?, "
                 "bundle = ? WHERE pair_id = ? AND doc_id = ? AND origin = 'deferred'",
                 {recordId, QString::fromLatin1(origin), author, number, bundle, pairId, docId});
        !s)
        return s;
    return exec("INSERT OR IGNORE INTO sync_docs (pair_id, doc_id, record_id, origin, author, "
                "number, bundle) VALUES (?,?,?,?,?,?,?)",
                {pairId, docId, recordId, QString::fromLatin1(origin), author, number, bundle});
}

Status PairStore::deferDoc(const QString &pairId, const QString &docId)
{
    return exec("INSERT OR IGNORE INTO sync_docs (pair_id, doc_id, record_id, origin) "
                "VALUES (?,?,'','deferred')",
                {pairId, docId});
}

Result<QStringList> PairStore::deferredDocs(const QString &pairId)
{
    return texts(
        "SELECT doc_id FROM sync_docs WHERE pair_id = ? AND origin = 'deferred' ORDER BY doc_id",
        pairId);
}

Result<bool> PairStore::exists(const char *sql, const QString &a, const QString &b)
{
    auto stmt = m_store.database().prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, a).bind(2, b);
    const bool found = stmt.value().next();
    if (stmt.value().failed())
        return stmt.value().error();
    return found;
}

Result<bool> PairStore::knowsDoc(const QString &pairId, const QString &docId)
{
    return exists("SELECT 1 FROM sync_docs WHERE pair_id = ? AND doc_id = ? AND "
                  "origin <> 'deferred'",
                  pairId, docId);
}

namespace {
Result<qint64> single(Database &db, const char *sql, const QString &a, const QString &b)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, a);
    if (!b.isNull())
        stmt.value().bind(2, b);
    const qint64 value = stmt.value().next() ? stmt.value().integer(0) : 0;
    if (stmt.value().failed())
        return stmt.value().error();
    return value;
}
} // namespace

Result<PairStore::Sent> PairStore::sentAs(const QString &pairId, const QString &docId)
{
    auto stmt = m_store.database().prepare(
        "SELECT number, bundle FROM sync_docs WHERE pair_id = ? AND doc_id = ? AND origin = "
        "'sent'");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, pairId).bind(2, docId);
    Sent sent;
    if (stmt.value().next()) {
        sent.number = stmt.value().integer(0);
        sent.bundle = stmt.value().text(1);
    }
    if (stmt.value().failed())
        return stmt.value().error();
    return sent;
}

Status PairStore::setSentBundle(const QString &pairId, const QString &docId, const QString &bundle)
{
    return exec("UPDATE sync_docs SET bundle = ? WHERE pair_id = ? AND doc_id = ? AND origin = "
                "'sent'",
                {bundle, pairId, docId});
}

Result<qint64> PairStore::lastSentNumber(const QString &pairId)
{
    return single(m_store.database(),
                  "SELECT COALESCE(MAX(number), 0) FROM sync_docs WHERE pair_id = ? AND "
                  "origin = 'sent'",
                  pairId, QString());
}

Result<qint64> PairStore::missingNumbers(const QString &pairId, const QString &author)
{
    return single(m_store.database(),
                  "SELECT COALESCE(MAX(number), 0) - COUNT(DISTINCT number) FROM sync_docs "
                  "WHERE pair_id = ? AND author = ? AND number > 0 AND origin IN ('received', "
                  "'refused')",
                  pairId, author);
}

Result<bool> PairStore::sentRecord(const QString &pairId, const QString &recordId)
{
    return exists("SELECT 1 FROM sync_docs WHERE pair_id = ? AND record_id = ? AND origin = 'sent'",
                  pairId, recordId);
}

} // namespace dit::sync
