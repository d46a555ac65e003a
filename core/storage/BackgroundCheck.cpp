#include "BackgroundCheck.h"

#include "common/Logging.h"

#include <QCoreApplication>

namespace dit {

Status WriteGate::wait() const
{
    std::unique_lock lock(m_mutex);
    m_decided.wait(lock, [this] { return m_state != State::Pending; });
    if (m_state == State::Failed)
        return m_failure;
    return {};
}

bool WriteGate::passed() const
{
    const std::lock_guard lock(m_mutex);
    return m_state == State::Passed;
}

void WriteGate::pass()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_state != State::Pending)
            return;
        m_state = State::Passed;
    }
    m_decided.notify_all();
}

void WriteGate::fail(Error why)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_state != State::Pending)
            return;
        m_state = State::Failed;
        m_failure = std::move(why);
    }
    m_decided.notify_all();
}

BackgroundCheck::BackgroundCheck(std::unique_ptr<Database> reader, std::shared_ptr<WriteGate> gate,
                                 std::function<void()> beforeCheck)
    : m_reader(std::move(reader)), m_gate(std::move(gate)), m_beforeCheck(std::move(beforeCheck)),
      m_thread([this] { run(); })
{}

BackgroundCheck::~BackgroundCheck()
{
    m_stop = true;
    m_thread.join();
    m_reader.reset();
}

void BackgroundCheck::run()
{
    if (m_beforeCheck)
        m_beforeCheck();
    Status result = m_stop ? Status(makeError(ErrorCode::Io, QString()))
                           : m_reader->checkIntegrity(false, &m_stop);
    if (result) {
        m_gate->pass();
        return;
    }
    if (m_stop) {
        // Closed before the check finished: nothing was written, and nothing may be now.
        m_gate->fail(makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Storage", "The data store was closed before its check "
                                                   "finished, so nothing was saved.")));
        return;
    }
    qCWarning(lcStorage) << "the store failed its integrity check after opening; writes refused";
    // Damage is a decided fact; an error that is not damage (the disk, memory) still leaves the
    // store unchecked, so it is refused all the same and reported as what it is.
    m_gate->fail(result.error());
    const std::lock_guard lock(m_handlerMutex);
    m_found = result.error();
    if (m_handler)
        m_handler(result.error());
}

void BackgroundCheck::onFailure(std::function<void(const Error &)> handler)
{
    const std::lock_guard lock(m_handlerMutex);
    m_handler = std::move(handler);
    if (m_handler && m_found)
        m_handler(*m_found);
}

} // namespace dit
