#pragma once

#include "PairKeys.h"
#include "storage/Store.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace dit::sync {

// One pair as this device keeps it. On a therapist's device a pair is bound to one patient
// (`subject` = the patient's id); on the patient's device to the whole profile (empty).
struct Pair
{
    enum class State { Active, Unpaired };
    QString id;
    QString subject;
    QString label;
    QString serverUrl;
    State state = State::Active;
    qint64 pushSeq = 0;                      // local records.seq pushed up to
    QString pullSince = QStringLiteral("0"); // the server's last _changes sequence applied
    QString session;                         // names this device's checkpoint history on the server
    qint64 generation = 0;                   // checkpoints this device wrote to the server
    QDateTime lastSyncedAt;
    QString lastFailure; // plain words, empty after a good pass
    QString warning;     // kept until the pair is made again (another device tried to join)
};

// The sync tables (migration 3) and this device's signing key. Everything here is bound to
// this device: a backup does not carry it.
class PairStore
{
public:
    explicit PairStore(Store &store) : m_store(store) {}

    // This device's Ed25519 key, made on first use (meta "device_sync_signing_key").
    Result<DeviceKey> deviceKey();
    QString deviceId() const { return m_store.deviceId(); }

    Result<Pair> add(const QString &serverUrl, const SecretBytes &pairKey, const QString &subject,
                     const QString &label);
    Result<QList<Pair>> pairs();
    Result<Pair> get(const QString &id);
    Result<SecretBytes> pairKey(const QString &id);

    Status setFailure(const QString &id, const QString &failure);
    Status setSynced(const QString &id, const QDateTime &at);
    // Forgets the key (overwritten on disk: secure_delete) and stops syncing this pair.
    Status markUnpaired(const QString &id, const QString &reason);

    // The other device of the pair, whose signatures it accepts, with its role. A device id
    // keeps its first key: a second, different key for it is refused (returns false).
    Result<bool> addDevice(const QString &pairId, const QString &deviceId, const QByteArray &key,
                           Role role);
    QByteArray devicePublicKey(const QString &pairId, const QString &deviceId);
    // The role a known device announced; nothing for an unknown device or one announced by
    // an older version of the app (without a role).
    std::optional<Role> deviceRole(const QString &pairId, const QString &deviceId);
    // The devices this pair knows besides this one (one, once the other device announced).
    Result<QStringList> otherDevices(const QString &pairId);
    Status setWarning(const QString &pairId, const QString &warning);
    // When this device's person confirmed the check words with the other device on screen
    // (docs/SYNC.md, "Confirming the pair"); nothing until then. Records from a device not
    // confirmed here are kept back, never applied.
    Status confirmDevice(const QString &pairId, const QString &deviceId, const QDateTime &at);
    std::optional<QDateTime> confirmedAt(const QString &pairId, const QString &deviceId);
    // When the other device's person confirmed the words there, as its signed confirmation
    // says (docs/SYNC.md, "Confirming the pair"); nothing until that has arrived. The first
    // one is kept.
    Status setPeerConfirmed(const QString &pairId, const QString &deviceId, const QDateTime &at);
    std::optional<QDateTime> peerConfirmedAt(const QString &pairId, const QString &deviceId);

    // Checkpoints; called inside the transaction that applies what they cover.
    Status setPushSeq(const QString &pairId, qint64 seq);
    Status setPullSince(const QString &pairId, const QString &since);
    Status setGeneration(const QString &pairId, qint64 generation);
    Status resetCheckpoints(const QString &pairId);
    // Documents this device sent or received for the pair, so none is fetched or applied twice.
    // A deferred document (signed by a device not yet announced) is known by id only, and
    // becomes sent or received when addDoc is called for it.
    // `origin`: "sent", "received", or "refused" (opened and refused: never fetched again).
    // `author` and `number`: the record's author and its number for it (0 for none). `bundle`:
    // the logical id of the bundle a record was sent in (docs/SYNC.md, "Bundles").
    Status addDoc(const QString &pairId, const QString &docId, const QString &recordId,
                  const char *origin, const QString &author = {}, qint64 number = 0,
                  const QString &bundle = {});
    Status deferDoc(const QString &pairId, const QString &docId);
    Result<QStringList> deferredDocs(const QString &pairId);
    Result<bool> knowsDoc(const QString &pairId, const QString &docId);
    // Whether this device has sent the record to the pair's server.
    Result<bool> sentRecord(const QString &pairId, const QString &recordId);
    // Record numbers: the one this device gave a document it sent (0: none yet) with the bundle
    // it went in (empty: alone), the highest it gave, and how many of `author`'s numbers up to
    // the highest arrived have not.
    struct Sent
    {
        qint64 number = 0;
        QString bundle;
    };
    Result<Sent> sentAs(const QString &pairId, const QString &docId);
    Status setSentBundle(const QString &pairId, const QString &docId, const QString &bundle);
    Result<qint64> lastSentNumber(const QString &pairId);
    Result<qint64> missingNumbers(const QString &pairId, const QString &author);

    Store &store() { return m_store; }

private:
    Status exec(const char *sql, const QList<QVariant> &args);
    // The first column of every row of `sql`, whose one parameter is the pair's id.
    Result<QStringList> texts(const char *sql, const QString &pairId);
    Result<bool> exists(const char *sql, const QString &a, const QString &b);
    Store &m_store;
};

} // namespace dit::sync
