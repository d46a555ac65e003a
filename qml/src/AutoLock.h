#pragma once

#include <QObject>
#include <QTimer>

namespace dit {

// Asks for a lock after a stretch with no input, and at once when the app is hidden or
// suspended (switching away on a phone). Desktop focus changes alone do not lock.
class AutoLock : public QObject
{
    Q_OBJECT

public:
    explicit AutoLock(QObject *parent = nullptr);
    void setIdleMinutes(int minutes);
    void setIdleMilliseconds(int ms); // tests use short intervals
    int idleMilliseconds() const { return m_idle.interval(); }
    void setArmed(bool armed);
    // Connected to QGuiApplication::applicationStateChanged.
    void onApplicationStateChanged(Qt::ApplicationState state);

Q_SIGNALS:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_idle;
    bool m_armed = false;
};

} // namespace dit
