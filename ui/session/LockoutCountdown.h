#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace dit {

// The seconds until the next passphrase attempt is allowed (the throttle of Profile), for a
// page that asks for the passphrase: the lock screen (Session) and the end of a hand-over
// (HandToPatient). While there is a wait it re-reads the throttle once a second.
class LockoutCountdown : public QObject
{
    Q_OBJECT
public:
    // `remaining` says how many seconds are left now (0 when a try is allowed).
    explicit LockoutCountdown(std::function<int()> remaining, QObject *parent = nullptr);

    int seconds() const { return m_seconds; }
    // Reads the throttle again: after an attempt, or when the page's state changes.
    void update();

Q_SIGNALS:
    void secondsChanged();

private:
    std::function<int()> m_remaining;
    QTimer m_tick;
    int m_seconds = 0;
};

} // namespace dit
