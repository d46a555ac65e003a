#include "AutoLock.h"

#include <QEvent>
#include <QGuiApplication>

namespace dit {

AutoLock::AutoLock(QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    setIdleMinutes(5);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_armed)
            Q_EMIT lockRequested();
    });
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        app->installEventFilter(this);
        connect(app, &QGuiApplication::applicationStateChanged, this,
                &AutoLock::onApplicationStateChanged);
    }
}

void AutoLock::setIdleMinutes(int minutes)
{
    setIdleMilliseconds(std::max(1, minutes) * 60 * 1000);
}

void AutoLock::setIdleMilliseconds(int ms)
{
    m_idle.setInterval(ms);
    if (m_armed)
        m_idle.start();
}

void AutoLock::setArmed(bool armed)
{
    m_armed = armed;
    if (armed)
        m_idle.start();
    else
        m_idle.stop();
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
            m_idle.start();
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
