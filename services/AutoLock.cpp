#include "AutoLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaMethod>

#include <limits>

namespace dit {

namespace {

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace

AutoLock::AutoLock(QObject *parent) : AutoLock(systemClock(), parent) {}

AutoLock::AutoLock(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_wake.setSingleShot(true);
    setIdleMinutes(5);
    connect(&m_wake, &QTimer::timeout, this, &AutoLock::check);
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->installEventFilter(this);
        // A QGuiApplication says when the app is hidden or suspended; found by its name, so
        // the app services need QtCore only (docs/ARCHITECTURE.md).
        const QMetaObject *meta = app->metaObject();
        const int state = meta->indexOfSignal("applicationStateChanged(Qt::ApplicationState)");
        if (state >= 0) {
            connect(app, meta->method(state), this,
                    metaObject()->method(metaObject()->indexOfSlot(
                        "onApplicationStateChanged(Qt::ApplicationState)")));
        }
    }
}

void AutoLock::setIdleMinutes(int minutes)
{
    setIdleMilliseconds(std::max(1, minutes) * 60 * 1000);
}

void AutoLock::setIdleMilliseconds(int ms)
{
    m_idleMs = ms;
    if (m_armed)
        restart();
}

void AutoLock::setArmed(bool armed)
{
    m_armed = armed;
    if (armed)
        restart();
    else
        m_wake.stop();
}

void AutoLock::restart()
{
    m_lastInput = m_clock.sinceBoot();
    m_wake.start(m_idleMs);
}

qint64 AutoLock::idleSoFar() const
{
    const BootTime now = m_clock.sinceBoot();
    // Another boot (cannot happen within one process, but never trust it): idle long enough.
    if (now.bootId != m_lastInput.bootId)
        return std::numeric_limits<qint64>::max();
    return now.ms - m_lastInput.ms;
}

void AutoLock::check()
{
    if (!m_armed)
        return;
    const qint64 idle = idleSoFar();
    if (idle >= m_idleMs) {
        m_wake.stop();
        Q_EMIT lockRequested();
        return;
    }
    m_wake.start(int(m_idleMs - idle));
}

bool AutoLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_armed) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::TouchBegin:
        case QEvent::Wheel:
            // Only noted: the wake-up already set calls check(), which sets the next one.
            m_lastInput = m_clock.sinceBoot();
            if (!m_wake.isActive())
                m_wake.start(m_idleMs);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::onApplicationStateChanged(Qt::ApplicationState state)
{
    if (m_armed && (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended))
        Q_EMIT lockRequested();
}

} // namespace dit
