#include "LockoutCountdown.h"

#include "storage/UnlockThrottle.h"

namespace dit {

LockoutCountdown::LockoutCountdown(std::function<int()> remaining, std::function<bool()> recordLost,
                                   QObject *parent)
    : QObject(parent), m_remaining(std::move(remaining)), m_lost(std::move(recordLost))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &LockoutCountdown::update);
}

void LockoutCountdown::update()
{
    const int remaining = m_remaining();
    if (remaining > 0 && !m_tick.isActive())
        m_tick.start();
    if (remaining == 0)
        m_tick.stop();
    const bool lost = remaining > 0 && m_lost();
    if (remaining != m_seconds || lost != m_recordLost) {
        m_seconds = remaining;
        m_recordLost = lost;
        Q_EMIT secondsChanged();
    }
}

int LockoutCountdown::fullWaitMinutes()
{
    return int(UnlockThrottle::longestWait() / 60);
}

} // namespace dit
