#pragma once

#include "Database.h"
#include "common/Result.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace dit {

// Holds every write through a store's connection until its integrity check has passed
// (docs/ARCHITECTURE.md, "Opening a profile"). Undecided, a write waits; passed, it goes
// ahead; failed, it is refused with the failure, for good.
class WriteGate
{
public:
    // Blocks until the check is decided; the failure if it failed.
    Status wait() const;
    bool passed() const;
    void pass();
    void fail(Error why); // the first decision stands

private:
    enum class State { Pending, Passed, Failed };
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_decided;
    State m_state = State::Pending;
    Error m_failure;
};

// A store's quick integrity check, run on its own thread and read-only connection while the
// store is already in use, with the store's writes held by `gate` until it has passed. Destroying
// it stops the check (SQLite is interrupted) and waits for its thread; a stopped check decides
// the gate as failed, so nothing is written to a store nobody has checked.
class BackgroundCheck
{
public:
    // `beforeCheck` (tests only) runs on the check's thread just before the check.
    BackgroundCheck(std::unique_ptr<Database> reader, std::shared_ptr<WriteGate> gate,
                    std::function<void()> beforeCheck = {});
    ~BackgroundCheck();
    BackgroundCheck(const BackgroundCheck &) = delete;
    BackgroundCheck &operator=(const BackgroundCheck &) = delete;

    // Called once, on the check's thread, if the check finds damage; at once, on the caller's
    // thread, if it already has. Replacing or clearing it waits for a call under way.
    void onFailure(std::function<void(const Error &)> handler);
    // Blocks until the check has finished; its outcome (for tests and for ditc-like callers).
    Status wait() const { return m_gate->wait(); }

private:
    void run();

    std::unique_ptr<Database> m_reader;
    std::shared_ptr<WriteGate> m_gate;
    std::function<void()> m_beforeCheck;
    std::atomic<bool> m_stop{false};
    std::mutex m_handlerMutex;
    std::function<void(const Error &)> m_handler;
    std::optional<Error> m_found; // damage found, kept for a handler set later
    std::thread m_thread;         // last: started once everything above is in place
};

} // namespace dit
