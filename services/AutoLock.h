#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QTimer>

namespace dit {

// Asks for a lock after a stretch with no input, and at once when the app is hidden or
// suspended (switching away on a phone). Desktop focus changes alone do not lock.
// Idle time is read from a Clock's boot clock (which keeps counting while a phone sleeps);
// the timer only wakes check() at the moment the idle time should be up, so tests drive a
// ManualClock and call check() instead of waiting.
class AutoLock : public QObject
{
    Q_OBJECT

public:
    explicit AutoLock(QObject *parent = nullptr);
    // `clock` must outlive this object.
    explicit AutoLock(const Clock &clock, QObject *parent = nullptr);
    void setIdleMinutes(int minutes);
    void setIdleMilliseconds(int ms);
    int idleMilliseconds() const { return m_idleMs; }
    void setArmed(bool armed);
    // Asks for the lock if armed and the idle time has passed since the last input; otherwise
    // sets the wake-up for when it will have. Called by the timer.
    void check();

Q_SIGNALS:
    void lockRequested();

public Q_SLOTS:
    // Connected to QGuiApplication::applicationStateChanged.
    void onApplicationStateChanged(Qt::ApplicationState state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart(); // input now: the idle time starts again
    qint64 idleSoFar() const;

    const Clock &m_clock;
    QTimer m_wake;
    BootTime m_lastInput;
    int m_idleMs = 0;
    bool m_armed = false;
};

} // namespace dit
