#pragma once

#include "common/Result.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace dit {

class AppContext;
class Store;

namespace sync {
class HttpClient;
class PairStore;
} // namespace sync

// Background sync (docs/SYNC.md, "In the app"): a Replicator pass for every active pair, on a
// thread-pool thread, never on the UI thread. The pass uses its own connection to the same
// encrypted database (same file, same key: SQLite in WAL mode lets the UI read and write
// meanwhile; the store's classes are not shared between threads). Passes run after unlock,
// a few seconds after a record is saved, and then on SyncSchedule's timetable (steady, or
// backing off after failures). Nothing runs while locked or when nothing is paired.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    // Makes the HTTP client a pass uses, on the pass's own thread (one per thread).
    using HttpFactory = std::function<std::unique_ptr<sync::HttpClient>()>;

    explicit SyncRunner(AppContext &context, QObject *parent = nullptr);
    ~SyncRunner() override;

    void setHttpFactory(HttpFactory factory) { m_httpFactory = std::move(factory); }
    // Milliseconds between a save and the pass it starts (tests shorten it).
    void setSaveDelayMs(int ms) { m_saveDelay.setInterval(ms); }

    bool running() const { return m_running; }
    int consecutiveFailures() const { return m_failures; }
    // The next pass as soon as possible (after any pass under way).
    void syncSoon();

    // Runs `work` on a worker thread with its own store connection and HTTP client, then
    // `done` on this thread with its result, unless the store was locked meanwhile.
    // `work` must not touch anything but its arguments.
    void runWorker(const std::function<Status(sync::PairStore &, sync::HttpClient &)> &work,
                   const std::function<void(const Status &)> &done);

Q_SIGNALS:
    // A pass ended, or a pair was made or ended: status lines reload.
    void statusChanged();

private:
    void start();
    void stop();
    void runPass();
    void checkForSaves();
    void scheduleNext(bool allFailed, bool anyRetry);
    QStringList activePairIds();

    AppContext &m_ctx;
    HttpFactory m_httpFactory;
    QTimer m_next;      // the scheduled pass
    QTimer m_saveDelay; // debounces saves
    QTimer m_savePoll;  // looks for new records now and then
    qint64 m_lastSeq = -1;
    int m_failures = 0;
    int m_generation = 0; // bumped on lock: a pass begun before is not applied after
    bool m_running = false;
    bool m_again = false;
};

} // namespace dit
