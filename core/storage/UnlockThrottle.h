#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QString>

namespace dit {

// Slows repeated wrong passphrases down, in a small file beside the key file so the delay
// survives closing the app. This file is the one thing a wrong passphrase changes on disk.
// It is a brake on guessing at the lock screen, not a cryptographic control: Argon2id is.
// The wait is measured on the clock a person cannot set (Clock::sinceBoot), so moving the
// wall clock forward or back neither ends nor lengthens it; after a restart of the device
// (another boot id) the wait starts again in full. See docs/SECURITY.md.
class UnlockThrottle
{
public:
    UnlockThrottle(QString path, const Clock &clock);

    int failures() const;
    qint64 secondsRemaining() const;
    void recordFailure();
    // Writes the count as it stands, proving the next failure can be recorded (on a full
    // disk, over the counter's own file in place): where it cannot be, the passphrase must
    // not be tried at all.
    Status prepareToCount() const;
    // Back to nothing counted; the file is kept, so a full disk can still count.
    void reset();

    // Seconds to wait after `failures` consecutive wrong passphrases: the first four are
    // free (typos happen, often when upset), then 30 s, 1, 2, then 5 minutes at most.
    static qint64 delayAfter(int failures);

private:
    struct State
    {
        int failures = 0;
        QByteArray bootId;        // the boot the last failure was counted in
        qint64 lastFailureMs = 0; // on that boot's clock
    };
    State load() const;
    Status save(const State &s) const;

    QString m_path;
    const Clock &m_clock;
};

} // namespace dit
