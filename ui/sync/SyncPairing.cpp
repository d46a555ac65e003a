#include "SyncPairing.h"

#include "AppContext.h"
#include "Background.h"
#include "NetworkHttpClient.h"
#include "SyncRunner.h"
#include "sync/CouchDatabase.h"
#include "sync/QrCode.h"
#include "sync/Rendezvous.h"
#include "sync/Replicator.h"
#include "sync/SlotFile.h"

#include <QThreadPool>

#include <memory>

namespace dit {

namespace {
// Settings key: the sync server's address, typed once (not a secret).
const QString kServerKey = QStringLiteral("sync_server_url");

// Removes a short code from the server, off the UI thread; nobody waits for the answer (an
// unreachable server lets it expire on its own within the quarter hour).
void withdrawInBackground(std::shared_ptr<sync::ShortCode> code, const SyncServiceConfig &config)
{
    QThreadPool::globalInstance()->start([code = std::move(code), config] {
        sync::NetworkHttpClient http;
        const SystemClock clock;
        (void)sync::Rendezvous::forService(http, config, clock).withdraw(*code);
    });
}

} // namespace

SyncPairing::SyncPairing(AppContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    connect(&m_ctx, &AppContext::storeClosing, this, &SyncPairing::clear);
}

SyncPairing::~SyncPairing() = default;

SyncPairing *SyncPairing::create(QQmlEngine *, QJSEngine *engine)
{
    auto *o = new SyncPairing(AppContext::of(engine));
    QJSEngine::setObjectOwnership(o, QJSEngine::CppOwnership);
    return o;
}

QString SyncPairing::serverAddress() const
{
    Store *store = m_ctx.store();
    const QString kept = store ? store->settings().value(kServerKey) : QString();
    // Until one is typed here, the service's own server, if it names one.
    return kept.isEmpty() && store ? m_ctx.service().sync().server.toString() : kept;
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

QStringList SyncPairing::shortCodeGroups() const
{
    QStringList groups = shortCode().split(QLatin1Char('-'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < groups.size(); ++i)
        groups[i] += QLatin1Char('-');
    return groups;
}

QString SyncPairing::spokenShortCode() const
{
    // Symbol by symbol, a pause between groups: "K 7 M 2, 9 Q X D, …".
    QStringList groups;
    for (const QString &group : shortCode().split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
        QStringList symbols;
        for (const QChar c : group)
            symbols << QString(c);
        groups << symbols.join(QLatin1Char(' '));
    }
    return groups.join(QStringLiteral(", "));
}

int SyncPairing::shortCodeMinutes()
{
    return sync::Rendezvous::kLifetimeSeconds / 60;
}

bool SyncPairing::shortCodesAccepted() const
{
    return m_ctx.service().sync().hasRendezvous();
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

void SyncPairing::provision(const QString &patientId, const QString &label, QString slot)
{
    // Parsing wipes what it reads: a copy of its own, so the field's text is not zeroed
    // under the page (the page empties the field once the pair is made).
    QString text(slot.constData(), slot.size());
    slot.clear();
    if (m_busy || !m_ctx.store() || patientId.isEmpty())
        return wipeString(text);
    if (text.trimmed().isEmpty())
        return fail(tr("Enter the pair slot your service’s IT gave you."));
    if (activePairFor(patientId)) {
        wipeString(text);
        return fail(tr("This patient is already paired. Unpair first to pair again."));
    }
    (void)keepSlot(patientId, label, sync::parseSlot(text));
}

void SyncPairing::provisionFromFile(const QString &patientId, const QString &label,
                                    const QString &path)
{
    if (m_busy || !m_ctx.store() || patientId.isEmpty())
        return;
    if (path.trimmed().isEmpty())
        return fail(tr("Choose the pair slot file your service’s IT gave you."));
    if (activePairFor(patientId))
        return fail(tr("This patient is already paired. Unpair first to pair again."));
    if (keepSlot(patientId, label, sync::slotfile::read(path.trimmed()))) {
        m_usedSlotFile = path.trimmed();
        Q_EMIT changed();
    }
}

bool SyncPairing::deleteSlotFile()
{
    if (m_usedSlotFile.isEmpty())
        return false;
    if (Status s = sync::slotfile::remove(m_usedSlotFile); !s) {
        fail(s.error().message);
        return false;
    }
    m_usedSlotFile.clear();
    m_error.clear();
    Q_EMIT changed();
    return true;
}

bool SyncPairing::keepSlot(const QString &patientId, const QString &label,
                           Result<sync::PairingPayload> payload)
{
    if (!payload) {
        fail(payload.error().message);
        return false;
    }
    sync::PairStore pairs(*m_ctx.store());
    auto pair = sync::addPair(pairs, payload.value(), patientId, label);
    if (!pair) {
        payload.value().pairKey.wipe();
        fail(pair.error().message);
        return false;
    }
    m_error.clear();
    show(payload.value());
    // The short code, when the service has a meeting place on the slot's server: published
    // with the service's short-code account only (IT prepared the meeting place).
    if (m_ctx.service().sync().rendezvousServes(payload.value().server))
        publishShortCode(payload.value());
    payload.value().pairKey.wipe();
    Q_EMIT changed();
    Q_EMIT m_ctx.syncRunner().statusChanged();
    m_ctx.syncRunner().syncSoon();
    Q_EMIT provisioned();
    return true;
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
    sync::PairingPayload payload{QUrl(pair.value().serverUrl), std::move(key.value())};
    show(payload);
    // A key goes to the meeting place once, when the pair is made (docs/SYNC.md, "Short
    // code"): a code overheard later must not give the key again.
    if (m_ctx.service().sync().rendezvousServes(payload.server))
        m_shortCodeProblem =
            tr("a short code is made only once for each pairing; to make another, unpair and "
               "pair again");
    return true;
}

void SyncPairing::publishShortCode(const sync::PairingPayload &payload)
{
    auto copy = std::make_shared<sync::PairingPayload>(
        sync::PairingPayload{payload.server, SecretBytes::copyOf(payload.pairKey.view())});
    const SyncServiceConfig config = m_ctx.service().sync();
    const int generation = m_generation;
    m_makingShortCode = true;
    Q_EMIT changed();
    using Made = Result<sync::ShortCode>;
    runInBackground<Made>(
        this,
        [copy, config]() -> Made {
            sync::NetworkHttpClient http;
            const SystemClock clock;
            auto code = sync::Rendezvous::forService(http, config, clock).publish(*copy);
            copy->pairKey.wipe();
            return code;
        },
        [this, generation, config](Made &made) {
            if (!made) {
                if (generation == m_generation) {
                    m_makingShortCode = false;
                    m_shortCodeProblem = made.error().message;
                    Q_EMIT changed();
                }
                return;
            }
            auto code = std::make_shared<sync::ShortCode>(std::move(made.value()));
            if (generation != m_generation) // the page closed meanwhile
                return withdrawInBackground(code, config);
            m_makingShortCode = false;
            withdrawShortCode(); // one code on screen, one on the server
            m_shortCode = code;
            Q_EMIT changed();
        });
}

// The code stays in its field until it is accepted, to be corrected (the page clears it
// then): so it is not wiped in place here; this function only lets go of its reference.
bool SyncPairing::checkCode(QString code)
{
    if (m_busy)
        return false;
    m_pending.reset();
    m_phrase.clear();
    if (sync::ShortCode::isShortForm(code)) {
        auto shortCode = sync::ShortCode::parse(code);
        code.clear();
        if (!shortCodesAccepted()) {
            fail(tr("This app has no sync settings from your service, so a short code cannot "
                    "be looked up. Ask your therapist for the long code and type that."));
            return false;
        }
        if (!shortCode) {
            fail(shortCode.error().message);
            return false;
        }
        auto shared = std::make_shared<sync::ShortCode>(std::move(shortCode.value()));
        const SyncServiceConfig config = m_ctx.service().sync();
        const int generation = m_generation;
        m_busy = true;
        m_error.clear();
        Q_EMIT changed();
        using Got = Result<sync::PairingPayload>;
        runInBackground<Got>(
            this,
            [shared, config]() -> Got {
                sync::NetworkHttpClient http;
                const SystemClock clock;
                return sync::Rendezvous::forService(http, config, clock).collect(*shared);
            },
            [this, generation](Got &got) {
                if (generation != m_generation)
                    return; // the page closed meanwhile
                m_busy = false;
                if (!got)
                    return fail(got.error().message);
                accept(std::move(got.value()));
            });
        return false;
    }
    auto payload = sync::PairingPayload::parse(code);
    code.clear();
    if (!payload) {
        fail(payload.error().message);
        return false;
    }
    accept(std::move(payload.value()));
    return true;
}

void SyncPairing::accept(sync::PairingPayload payload)
{
    m_phrase = sync::PairKeys(payload.pairKey).verificationPhrase();
    m_pending = std::move(payload);
    m_error.clear();
    Q_EMIT changed();
    Q_EMIT codeAccepted();
}

void SyncPairing::withdrawShortCode()
{
    if (m_shortCode)
        withdrawInBackground(m_shortCode, m_ctx.service().sync());
    m_shortCode.reset();
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
    const QString &pairId = *id;
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

bool SyncPairing::confirmWords(const QString &subject)
{
    const auto id = activePairFor(subject);
    if (!id)
        return false;
    sync::PairStore pairs(*m_ctx.store());
    if (Status s = sync::confirmPair(pairs, *id); !s) {
        fail(s.error().message);
        return false;
    }
    Q_EMIT m_ctx.syncRunner().statusChanged();
    m_ctx.syncRunner().syncSoon();
    return true;
}

void SyncPairing::clear()
{
    withdrawShortCode();
    m_makingShortCode = false;
    m_shortCodeProblem.clear();
    ++m_generation;
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
    m_usedSlotFile.clear();
    m_busy = false; // a result that comes back after a lock is dropped
    Q_EMIT changed();
}

} // namespace dit
