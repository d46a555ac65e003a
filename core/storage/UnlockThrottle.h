#pragma once

#include "common/Clock.h"

#include <QString>

namespace dit {

// Slows repeated wrong passphrases down, in a small file beside the key file so the delay
// survives closing the app. This file is the one thing a wrong passphrase changes on disk.
// It is a brake on guessing at the lock screen, not a cryptographic control: Argon2id is.
class UnlockThrottle
{
public:
    UnlockThrottle(QString path, const Clock &clock);

    int failures() const;
    qint64 secondsRemaining() const;
    void recordFailure();
    void reset();

    // Seconds to wait after `failures` consecutive wrong passphrases: the first four are
    // free (typos happen, often when upset), then 30 s, 1, 2, then 5 minutes at most.
    static qint64 delayAfter(int failures);

private:
    struct State
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };
    State load() const;
    void save(const State &s);

    QString m_path;
    const Clock &m_clock;
};

} // namespace dit
