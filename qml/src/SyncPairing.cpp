#include "SyncPairing.h"

#include "AppContext.h"
#include "Background.h"
#include "NetworkHttpClient.h"
#include "SyncRunner.h"
#include "sync/CouchDatabase.h"
#include "sync/Provisioning.h"
#include "sync/QrCode.h"
#include "sync/Replicator.h"

#include <memory>

namespace dit {

namespace {
// Settings key: the sync server's address, typed once (not a secret).
const QString kServerKey = QStringLiteral("sync_server_url");
} // namespace

SyncPairing::SyncPairing(AppContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    connect(&m_ctx, &AppContext::storeClosing, this, &SyncPairing::clear);
}

SyncPairing::~SyncPairing() = default;

SyncPairing *SyncPairing::create(QQmlEngine *, QJSEngine *)
{
    auto *o = new SyncPairing(*AppContext::instance());
    QJSEngine::setObjectOwnership(o, QJSEngine::CppOwnership);
    return o;
}

QString SyncPairing::serverAddress() const
{
    Store *store = m_ctx.store();
    return store ? store->settings().value(kServerKey) : QString();
}

void SyncPairing::setServerAddress(const QString &address)
{
    Store *store = m_ctx.store();
    if (!store || address.trimmed() == serverAddress())
        return;
    if (Status s = store->settings().setValue(kServerKey, address.trimmed()); !s)
        fail(s.error().message);
    Q_EMIT changed();
}

QStringList SyncPairing::codeGroups() const
{
    return m_shown ? m_shown->typed().split(QLatin1Char('-')) : QStringList();
}

void SyncPairing::fail(const QString &message)
{
    m_error = message;
    Q_EMIT changed();
}

void SyncPairing::show(const sync::PairingPayload &payload)
{
    m_shown = sync::PairingPayload{payload.server, SecretBytes::copyOf(payload.pairKey.view())};
    m_phrase = sync::PairKeys(payload.pairKey).verificationPhrase();
    m_qrModules.clear();
    m_qrWidth = 0;
    if (auto qr = sync::qrEncode(payload.compact()); qr) {
        m_qrWidth = qr.value().width;
        for (bool dark : qr.value().dark)
            m_qrModules.append(dark);
    }
    m_error.clear();
    Q_EMIT changed();
}

std::optional<QString> SyncPairing::activePairFor(const QString &subject)
{
    Store *store = m_ctx.store();
    if (!store)
        return std::nullopt;
    sync::PairStore pairs(*store);
    if (auto all = pairs.pairs(); all)
        for (const sync::Pair &p : all.value())
            if (p.state == sync::Pair::State::Active && p.subject == subject)
                return p.id;
    return std::nullopt;
}

void SyncPairing::provision(const QString &patientId, const QString &label,
                            const QString &adminName, QString adminPassword)
{
    auto password = std::make_shared<SecretBytes>(SecretBytes::fromPassphrase(adminPassword));
    if (m_busy || !m_ctx.store() || patientId.isEmpty())
        return;
    const QUrl server(serverAddress(), QUrl::StrictMode);
    if (!server.isValid() || server.host().isEmpty() ||
        !sync::CouchDatabase::addressAllowed(server))
        return fail(tr("Enter the sync server’s address, starting with https://."));
    if (adminName.trimmed().isEmpty() || password->isEmpty())
        return fail(tr("Enter the server admin’s name and password."));
    if (activePairFor(patientId))
        return fail(tr("This patient is already paired. Unpair first to pair again."));
    m_busy = true;
    m_error.clear();
    Q_EMIT changed();
    const QString name = adminName.trimmed();
    using Made = Result<sync::PairingPayload>;
    runInBackground<Made>(
        this,
        [server, name, password]() -> Made {
            sync::NetworkHttpClient http;
            sync::Provisioning provisioning(http, server, name, *password);
            password->wipe();
            return provisioning.createPair();
        },
        [this, patientId, label](Made &made) {
            m_busy = false;
            Store *store = m_ctx.store();
            if (!made || !store)
                return fail(made ? tr("Locked before pairing finished.") : made.error().message);
            sync::PairStore pairs(*store);
            auto pair = sync::addPair(pairs, made.value(), patientId, label);
            if (!pair)
                return fail(pair.error().message);
            show(made.value());
            made.value().pairKey.wipe();
            Q_EMIT m_ctx.syncRunner().statusChanged();
            m_ctx.syncRunner().syncSoon();
            Q_EMIT provisioned();
        });
}

bool SyncPairing::showExisting(const QString &patientId)
{
    const auto id = activePairFor(patientId);
    if (!id)
        return false;
    sync::PairStore pairs(*m_ctx.store());
    auto pair = pairs.get(*id);
    auto key = pairs.pairKey(*id);
    if (!pair || !key)
        return false;
    show(sync::PairingPayload{QUrl(pair.value().serverUrl), std::move(key.value())});
    return true;
}

bool SyncPairing::checkCode(QString code)
{
    m_pending.reset();
    auto payload = sync::PairingPayload::parse(code);
    wipeString(code);
    if (!payload) {
        m_phrase.clear();
        fail(payload.error().message);
        return false;
    }
    m_phrase = sync::PairKeys(payload.value().pairKey).verificationPhrase();
    m_pending = std::move(payload.value());
    m_error.clear();
    Q_EMIT changed();
    return true;
}

bool SyncPairing::confirmPairing()
{
    Store *store = m_ctx.store();
    if (!m_pending || !store)
        return false;
    sync::PairStore pairs(*store);
    auto pair = sync::addPair(pairs, *m_pending, {}, {});
    if (!pair) {
        fail(pair.error().message);
        return false;
    }
    clear();
    Q_EMIT m_ctx.syncRunner().statusChanged();
    m_ctx.syncRunner().syncSoon();
    Q_EMIT paired();
    return true;
}

void SyncPairing::unpair(const QString &subject)
{
    const auto id = activePairFor(subject);
    if (!id || m_busy)
        return;
    clear();
    m_busy = true;
    Q_EMIT changed();
    const QString pairId = *id;
    // Tells the other device through the server (network: off the UI thread); the key is
    // forgotten here even if the server cannot be reached.
    m_ctx.syncRunner().runWorker(
        [pairId](sync::PairStore &pairs, sync::HttpClient &http) {
            return sync::Replicator(pairs, http).unpair(pairId);
        },
        [this](const Status &s) {
            m_busy = false;
            if (!s)
                m_error = s.error().message;
            Q_EMIT changed();
            Q_EMIT m_ctx.syncRunner().statusChanged();
            Q_EMIT unpaired();
        });
}

void SyncPairing::clear()
{
    if (m_shown)
        m_shown->pairKey.wipe();
    if (m_pending)
        m_pending->pairKey.wipe();
    m_shown.reset();
    m_pending.reset();
    m_phrase.clear();
    m_qrModules.clear();
    m_qrWidth = 0;
    m_error.clear();
    m_busy = false; // a result that comes back after a lock is dropped
    Q_EMIT changed();
}

} // namespace dit
