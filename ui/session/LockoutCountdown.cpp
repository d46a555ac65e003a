#include "LockoutCountdown.h"

namespace dit {

LockoutCountdown::LockoutCountdown(std::function<int()> remaining, QObject *parent)
    : QObject(parent), m_remaining(std::move(remaining))
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
    if (remaining != m_seconds) {
        m_seconds = remaining;
        Q_EMIT secondsChanged();
    }
}

} // namespace dit
