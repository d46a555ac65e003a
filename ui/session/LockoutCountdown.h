#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace dit {

// The seconds until the next passphrase attempt is allowed (the throttle of Profile), for a
// page that asks for the passphrase: the lock screen (Session) and the end of a hand-over
// (HandToPatient). While there is a wait it re-reads the throttle once a second. A wait that
// began because the record of wrong passphrases was removed, damaged or put back from an
// earlier copy is said in its own
// words (recordLost, docs/SECURITY.md).
class LockoutCountdown : public QObject
{
    Q_OBJECT
public:
    // `remaining` says how many seconds are left now (0 when a try is allowed); `recordLost`
    // whether that wait began because the record was lost.
    LockoutCountdown(std::function<int()> remaining, std::function<bool()> recordLost,
                     QObject *parent = nullptr);

    int seconds() const { return m_seconds; }
    bool recordLost() const { return m_recordLost; }
    // The full wait a lost record starts, in minutes, for the page's words.
    static int fullWaitMinutes();
    // Reads the throttle again: after an attempt, or when the page's state changes.
    void update();

Q_SIGNALS:
    void secondsChanged();

private:
    std::function<int()> m_remaining;
    std::function<bool()> m_lost;
    QTimer m_tick;
    int m_seconds = 0;
    bool m_recordLost = false;
};

} // namespace dit
