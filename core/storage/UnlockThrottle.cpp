#include "UnlockThrottle.h"

#include "AtomicFile.h"
#include "DiskSpace.h"
#include "common/Logging.h"
#include "common/RegularFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dit {

namespace {
constexpr qint64 kMaxFileBytes = 4096;
// Every count is written at this length (JSON ignores the trailing spaces), so rewriting it
// in place never makes the file longer (below).
constexpr qsizetype kPaddedBytes = 256;
// A lost count is taken as this many failures: the longest wait (delayAfter).
constexpr int kFailuresForFullWait = 8;

// On a full disk there is no room for the new file an atomic write needs, but the counter's
// own file, already there at its full length, has room for the next count: written over in
// place, a wrong passphrase is still counted (docs/SECURITY.md). Only a regular file is
// written, never through a link, and never made longer.
Status overwriteInPlace(const QString &path, const QByteArray &bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return diskFullError();
    struct stat st
    {};
    const bool fits = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= bytes.size();
    const bool written =
        fits && ::pwrite(fd, bytes.constData(), size_t(bytes.size()), 0) == ssize_t(bytes.size()) &&
        ::fsync(fd) == 0;
    ::close(fd);
    return written ? Status{} : Status(diskFullError());
}
} // namespace

UnlockThrottle::UnlockThrottle(QString path, const Clock &clock)
    : m_path(std::move(path)), m_clock(clock)
{}

qint64 UnlockThrottle::delayAfter(int failures)
{
    if (failures < 5)
        return 0;
    const int step = std::min(failures - 5, 3);
    static constexpr qint64 delays[] = {30, 60, 120, 300};
    return delays[step];
}

void UnlockThrottle::setOwner(const QString &profileId, bool countKept)
{
    m_profileId = profileId;
    m_countKept = countKept;
}

std::optional<UnlockThrottle::State> UnlockThrottle::read() const
{
    // Read like the key file: a regular file only, size checked first (a named pipe put in
    // its place must not hang the unlock); anything else is no count at all and is replaced,
    // never written through, at the next write.
    const auto bytes = readRegularFile(m_path, kMaxFileBytes);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &error);
    const QJsonValue failures = doc.object().value(QStringLiteral("failures"));
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !failures.isDouble() ||
        failures.toInteger(-1) < 0)
        return std::nullopt;
    const QJsonObject o = doc.object();
    State s;
    s.failures = failures.toInt();
    s.bootId = o.value(QStringLiteral("boot")).toString().toLatin1();
    s.lastFailureMs = o.value(QStringLiteral("at")).toInteger();
    s.profileId = o.value(QStringLiteral("profile")).toString();
    s.lost = o.value(QStringLiteral("lost")).toBool();
    return s;
}

qint64 UnlockThrottle::longestWait()
{
    return delayAfter(kFailuresForFullWait);
}

UnlockThrottle::State UnlockThrottle::load() const
{
    const std::optional<State> found = read();
    if (!m_countKept)
        return found.value_or(State{}); // as before the mark: no count is nothing counted
    if (found && found->profileId == m_profileId)
        return *found;
    // The profile keeps its count from its creation on, so a missing, unreadable or garbled
    // count, or another profile's, was removed, damaged or swapped: the worst case this
    // throttle can know, the full lock-out, from now on the boot clock.
    const BootTime now = m_clock.sinceBoot();
    State worst;
    worst.failures = kFailuresForFullWait;
    worst.bootId = now.bootId;
    worst.lastFailureMs = now.ms;
    worst.profileId = m_profileId;
    worst.lost = true;
    if (!save(worst)) {
        // Not written down, it would start again at every look and never end: no wait is
        // made up, and the passphrase is handled as any count that cannot be written.
        qCInfo(lcProfile) << "the count of wrong passphrases is missing or damaged and "
                             "cannot be written";
        State none;
        none.profileId = m_profileId;
        return none;
    }
    qCInfo(lcProfile) << "the count of wrong passphrases was missing or damaged: the full "
                         "wait applies";
    return worst;
}

Status UnlockThrottle::save(const State &s) const
{
    QJsonObject o{{QStringLiteral("failures"), s.failures},
                  {QStringLiteral("boot"), QString::fromLatin1(s.bootId)},
                  {QStringLiteral("at"), double(s.lastFailureMs)}};
    if (!s.profileId.isEmpty())
        o.insert(QStringLiteral("profile"), s.profileId);
    if (s.lost)
        o.insert(QStringLiteral("lost"), true);
    QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (bytes.size() < kPaddedBytes)
        bytes.append(QByteArray(kPaddedBytes - bytes.size(), ' '));
    Status st = writeFileAtomically(m_path, bytes);
    if (!st && st.error().code == ErrorCode::DiskFull)
        st = overwriteInPlace(m_path, bytes);
    return st;
}

Status UnlockThrottle::prepareToCount() const
{
    return save(load());
}

int UnlockThrottle::failures() const
{
    return load().failures;
}

qint64 UnlockThrottle::secondsRemaining() const
{
    State s = load();
    const qint64 delay = delayAfter(s.failures);
    if (delay == 0)
        return 0;
    const BootTime now = m_clock.sinceBoot();
    if (s.bootId != now.bootId) {
        // Counted on another boot (or by an older version): the two clocks cannot be
        // compared, so the wait starts again, in full, from now.
        s.bootId = now.bootId;
        s.lastFailureMs = now.ms;
        (void)save(s);
        return delay;
    }
    const qint64 elapsedMs = now.ms - s.lastFailureMs;
    // An edited file cannot lengthen the wait beyond the delay itself.
    const qint64 remainingMs = std::clamp(delay * 1000 - elapsedMs, qint64(0), delay * 1000);
    return (remainingMs + 999) / 1000;
}

bool UnlockThrottle::recordWasLost() const
{
    const State s = load();
    return s.lost && secondsRemaining() > 0;
}

void UnlockThrottle::recordFailure()
{
    State s = load();
    s.failures += 1;
    s.lost = false; // a counted failure from here on, as any other
    if (!m_profileId.isEmpty())
        s.profileId = m_profileId;
    const BootTime now = m_clock.sinceBoot();
    s.bootId = now.bootId;
    s.lastFailureMs = now.ms;
    if (!save(s))
        qCWarning(lcProfile) << "could not record an unlock attempt";
}

Status UnlockThrottle::reset()
{
    // Kept, at nothing counted, rather than removed: on a full disk its room is what lets
    // the next wrong passphrase be counted (and so the passphrase be checked at all).
    const std::optional<State> found = read();
    if (found && found->failures == 0 && !found->lost && found->profileId == m_profileId)
        return {};
    State none;
    none.profileId = m_profileId;
    return save(none);
}

} // namespace dit
