#include "SyncRunner.h"

#include "AppContext.h"
#include "Background.h"
#include "NetworkHttpClient.h"
#include "common/Logging.h"
#include "measures/ClockWatch.h"
#include "sync/Replicator.h"
#include "sync/ServerDate.h"
#include "sync/SyncSchedule.h"

#include <QRandomGenerator>

namespace dit {

namespace {

constexpr int kSaveDelayMs = 3000; // a burst of saves (a form's answers) makes one pass
constexpr int kSavePollMs = 5000;  // how often the newest record's number is looked at

qint64 newestSeq(Store &store)
{
    auto q = store.database().prepare("SELECT COALESCE(MAX(seq), 0) FROM records");
    return q && q.value().next() ? q.value().integer(0) : 0;
}

// What one background pass found, for the schedule.
struct PassOutcome
{
    int failed = 0;
    int total = 0;
    bool anyRetry = false;
};

} // namespace

SyncRunner::SyncRunner(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context),
      m_httpFactory([] { return std::make_unique<sync::NetworkHttpClient>(); })
{
    m_next.setSingleShot(true);
    m_saveDelay.setSingleShot(true);
    m_saveDelay.setInterval(kSaveDelayMs);
    m_savePoll.setInterval(kSavePollMs);
    connect(&m_next, &QTimer::timeout, this, &SyncRunner::runPass);
    connect(&m_saveDelay, &QTimer::timeout, this, &SyncRunner::runPass);
    connect(&m_savePoll, &QTimer::timeout, this, &SyncRunner::checkForSaves);
    connect(&m_ctx, &AppContext::storeOpened, this, &SyncRunner::start);
    connect(&m_ctx, &AppContext::storeClosing, this, &SyncRunner::stop);
    connect(&m_ctx, &AppContext::recordsChanged, this, [this] { checkForSaves(); });
    if (m_ctx.store())
        start();
}

SyncRunner::~SyncRunner() = default;

void SyncRunner::start()
{
    m_failures = 0;
    m_lastSeq = m_ctx.store() ? newestSeq(*m_ctx.store()) : -1;
    m_savePoll.start();
    syncSoon();
}

void SyncRunner::stop()
{
    ++m_generation;
    m_next.stop();
    m_saveDelay.stop();
    m_savePoll.stop();
    m_running = false;
    m_again = false;
}

void SyncRunner::syncSoon()
{
    if (m_ctx.store())
        m_next.start(0);
}

void SyncRunner::checkForSaves()
{
    Store *store = m_ctx.store();
    if (!store)
        return;
    const qint64 seq = newestSeq(*store);
    if (seq == m_lastSeq)
        return;
    m_lastSeq = seq;
    if (!activePairIds().isEmpty())
        m_saveDelay.start(); // restarts: the pass follows the last save of a burst
}

QStringList SyncRunner::activePairIds()
{
    QStringList ids;
    if (Store *store = m_ctx.store()) {
        sync::PairStore pairs(*store);
        if (auto all = pairs.pairs(); all)
            for (const sync::Pair &p : all.value())
                if (p.state == sync::Pair::State::Active && sync::schedule::shouldRetry(p))
                    ids << p.id;
    }
    return ids;
}

void SyncRunner::runWorker(const std::function<Status(sync::PairStore &, sync::HttpClient &)> &work,
                           const std::function<void(const Status &)> &done)
{
    Store *store = m_ctx.store();
    if (!store) {
        done(makeError(ErrorCode::BadInput, QStringLiteral("locked")));
        return;
    }
    const QString path = store->database().path();
    auto key = std::make_shared<SecretBytes>(SecretBytes::copyOf(store->databaseKey().view()));
    const int generation = m_generation;
    HttpFactory factory = m_httpFactory;
    // The server's newest time (its Date header), kept for the clock's check
    // (docs/CLINICAL_SAFETY.md H16). Taken with the boot clock when the pass has ended: a pass
    // lasts far less than the check's tolerance.
    auto serverTime = std::make_shared<QDateTime>();
    runInBackground<Status>(
        this,
        [path, key, factory, work, serverTime]() -> Status {
            static const SystemClock clock;
            auto db = Database::open(path, *key, Database::Mode::OpenExisting);
            if (!db) {
                key->wipe();
                return db.error();
            }
            Store own(std::move(db.value()), std::move(*key), clock);
            sync::PairStore pairs(own);
            const std::unique_ptr<sync::HttpClient> http = factory();
            sync::ServerDateClient dated(*http);
            Status status = work(pairs, dated);
            *serverTime = dated.latest();
            return status;
        },
        [this, generation, done, serverTime](Status &status) {
            if (generation != m_generation || !m_ctx.store())
                return;
            if (serverTime->isValid() && !ClockWatch(m_ctx.store()->settings(), m_ctx.clock())
                                              .rememberServerTime(*serverTime))
                qCWarning(lcSync) << "the server's time could not be kept";
            done(status);
        });
}

void SyncRunner::runPass()
{
    if (m_running) {
        m_again = true;
        return;
    }
    const QStringList ids = activePairIds();
    Store *store = m_ctx.store();
    if (ids.isEmpty() || !store)
        return; // sync is off: nothing paired (or the pair ended)
    m_running = true;
    m_again = false;
    const qint64 before = newestSeq(*store);
    auto outcome = std::make_shared<PassOutcome>();
    runWorker(
        [ids, outcome](sync::PairStore &pairs, sync::HttpClient &http) -> Status {
            sync::Replicator replicator(pairs, http);
            for (const QString &id : ids) {
                ++outcome->total;
                if (!replicator.syncPair(id))
                    ++outcome->failed;
                if (auto pair = pairs.get(id); pair && sync::schedule::shouldRetry(pair.value()))
                    outcome->anyRetry = true;
            }
            return {};
        },
        [this, before, outcome](const Status &status) {
            m_running = false;
            Store &now = *m_ctx.store(); // runWorker answers only while unlocked
            // Records that arrived: the pages showing their kinds reload.
            auto q = now.database().prepare("SELECT DISTINCT kind FROM records WHERE seq > ?");
            if (q) {
                q.value().bind(1, before);
                while (q.value().next())
                    m_ctx.notifyRecordsChanged(q.value().text(0));
            }
            m_lastSeq = newestSeq(now);
            const bool allFailed =
                !status || (outcome->total > 0 && outcome->failed == outcome->total);
            Q_EMIT statusChanged();
            scheduleNext(allFailed, status && outcome->anyRetry);
        });
}

void SyncRunner::scheduleNext(bool allFailed, bool anyRetry)
{
    m_failures = allFailed ? m_failures + 1 : 0;
    if (m_again) {
        syncSoon();
        return;
    }
    if (!anyRetry && !allFailed)
        return; // nothing left worth trying until the person acts (pairs again)
    m_next.start(
        sync::schedule::nextDelayMs(m_failures, QRandomGenerator::global()->generateDouble()));
}

} // namespace dit
