#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace dit {

class Keystore;

// Slows repeated wrong passphrases down, in a small file beside the key file so the delay
// survives closing the app. This file is the one thing a wrong passphrase changes on disk.
// It is a brake on guessing at the lock screen, not a cryptographic control: Argon2id is.
// The wait is measured on the clock a person cannot set (Clock::sinceBoot), so moving the
// wall clock forward or back neither ends nor lengthens it; after a restart of the device
// (another boot id) the wait starts again in full. See docs/SECURITY.md.
//
// A profile whose key file carries the mark that it keeps this count (KeyFile::
// keepsAttemptCount) names itself with setOwner(): then a count that is missing, unreadable,
// garbled or another profile's is a lost record, not a fresh start, and counts as the worst
// case, the full lock-out from now (recordWasLost() says so). Where even that cannot be
// written down, no wait is made up (a read-only folder would otherwise never open): the
// passphrase is then handled as when any count cannot be written (prepareToCount).
//
// Where the platform has a keystore (useKeystore), a copy of the count and its generation (one
// more at every write) is kept there too, out of reach of whoever can put back an older copy
// of the file: a file older than that copy is a lost record as well. The keystore answers
// asynchronously while the count is read synchronously, so the throttle holds the copy it
// loaded (loadKeptCopy) and its own later writes. See docs/SECURITY.md, "The lock-out".
class UnlockThrottle
{
public:
    UnlockThrottle(QString path, const Clock &clock);

    // Whose count this is, and whether the profile keeps one from its creation on. Unset
    // (an empty id), any readable count is taken as it is, as before the mark.
    void setOwner(const QString &profileId, bool countKept);

    int failures() const;
    qint64 secondsRemaining() const;
    void recordFailure();
    // Writes the count as it stands, proving the next failure can be recorded (on a full
    // disk, over the counter's own file in place): where it cannot be, the passphrase must
    // not be tried at all.
    Status prepareToCount() const;
    // Back to nothing counted, in this owner's name; the file is kept, so a full disk can
    // still count.
    Status reset();
    // The wait now under way began because the count was missing or damaged.
    bool recordWasLost() const;

    // The keystore for the copy of the count, called on `context`'s thread (queued there from
    // a worker). Null: no copy, the file alone, as before.
    void useKeystore(Keystore *keystore, QObject *context);
    // Reads this owner's copy into the throttle; `done` runs once it is known, or known not to
    // be available (at once without a keystore or an owner). Until then the file is taken as
    // it is and nothing is written to the keystore.
    void loadKeptCopy(std::function<void()> done);
    // Writes to the keystore started and not yet answered (ditc waits for them).
    bool keptCopyWritesPending() const;
    // Removes this owner's copy (the profile is wiped).
    void removeKeptCopy();
    // The keystore item's name for a profile's copy.
    static QString keystoreName(const QString &profileId);

    // Seconds to wait after `failures` consecutive wrong passphrases: the first four are
    // free (typos happen, often when upset), then 30 s, 1, 2, then 5 minutes at most.
    static qint64 delayAfter(int failures);
    // The longest of those waits, which a lost count starts from.
    static qint64 longestWait();

private:
    struct State
    {
        int failures = 0;
        QByteArray bootId;        // the boot the last failure was counted in
        qint64 lastFailureMs = 0; // on that boot's clock
        QString profileId;        // whose count it is (empty in counts made before the mark)
        bool lost = false;        // set when the count was found missing or damaged
        qint64 generation = 0;    // one more at every change; 0 in counts made before
    };
    struct Kept; // the keystore's copy and what the throttle knows of it (UnlockThrottle.cpp)
    std::optional<State> read() const; // the file as it is; nothing if it is no count
    State load() const;                // as the throttle takes it (setOwner)
    Status save(const State &s) const;
    void keep(const State &s) const; // the keystore's copy follows the file

    QString m_path;
    const Clock &m_clock;
    QString m_profileId;
    bool m_countKept = false;
    Keystore *m_keystore = nullptr;
    QObject *m_context = nullptr;
    std::shared_ptr<Kept> m_kept; // shared with the keystore's answers, which may come late
};

} // namespace dit
