#include "UnlockThrottle.h"

#include "AtomicFile.h"
#include "DiskSpace.h"
#include "common/Logging.h"
#include "common/RegularFile.h"
#include "platform/Keystore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>

#include <algorithm>
#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dit {

// What the keystore holds for a profile: its count and the count's generation. Outside the
// anonymous namespace, as UnlockThrottle::Kept (a class of the header) holds one.
struct KeptCount
{
    int failures = 0;
    qint64 generation = 0;
};

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

QByteArray serializeKept(const KeptCount &k, const QString &profileId)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("failures"), k.failures},
                                     {QStringLiteral("generation"), double(k.generation)},
                                     {QStringLiteral("profile"), profileId}})
        .toJson(QJsonDocument::Compact);
}

std::optional<KeptCount> parseKept(const QByteArray &bytes, const QString &profileId)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const qint64 failures = o.value(QStringLiteral("failures")).toInteger(-1);
    const qint64 generation = o.value(QStringLiteral("generation")).toInteger(-1);
    if (failures < 0 || failures > 1000000 || generation < 0 ||
        o.value(QStringLiteral("profile")).toString() != profileId)
        return std::nullopt;
    return KeptCount{int(failures), generation};
}

// The keystore is called on its owner's thread: an unlock judged on a worker queues its
// writes there (directly called where the two are the same, as in ditc and the tests).
template <typename F> void onKeystoreThread(QObject *context, F call)
{
    if (context)
        QMetaObject::invokeMethod(context, std::move(call));
    else
        call();
}
} // namespace

struct UnlockThrottle::Kept
{
    QMutex mutex;
    bool loaded = false;           // the keystore answered: `copy` is what it holds, if anything
    std::optional<KeptCount> copy; // with this process's writes since
    std::atomic<int> pending{0};   // writes started, not yet answered

    std::optional<KeptCount> known()
    {
        const QMutexLocker lock(&mutex);
        return loaded ? copy : std::nullopt;
    }
};

UnlockThrottle::UnlockThrottle(QString path, const Clock &clock)
    : m_path(std::move(path)), m_clock(clock), m_kept(std::make_shared<Kept>())
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
    if (profileId != m_profileId)
        m_kept = std::make_shared<Kept>(); // another profile's copy says nothing of this one
    m_profileId = profileId;
    m_countKept = countKept;
}

QString UnlockThrottle::keystoreName(const QString &profileId)
{
    return QStringLiteral("attempts/") + profileId;
}

void UnlockThrottle::useKeystore(Keystore *keystore, QObject *context)
{
    m_keystore = keystore;
    m_context = context;
    m_kept = std::make_shared<Kept>();
}

void UnlockThrottle::loadKeptCopy(std::function<void()> done)
{
    if (!m_keystore || m_profileId.isEmpty() || !m_countKept || !m_keystore->isAvailable()) {
        done(); // no keystore on this device: the file alone, as before
        return;
    }
    const QString profileId = m_profileId;
    m_keystore->load(keystoreName(profileId), [kept = m_kept, profileId,
                                               done = std::move(done)](Result<SecretBytes> r) {
        if (r || r.error().code == ErrorCode::NotFound) {
            const std::optional<KeptCount> found =
                r ? parseKept(r.value().view().toByteArray(), profileId) : std::nullopt;
            const QMutexLocker lock(&kept->mutex);
            // This process's own later writes win over an answer that left before them.
            if (found && (!kept->copy || found->generation > kept->copy->generation))
                kept->copy = found;
            kept->loaded = true;
        } else {
            qCInfo(lcProfile) << "the keystore's copy of the count of wrong passphrases could "
                                 "not be read; the file alone counts";
        }
        done();
    });
}

bool UnlockThrottle::keptCopyWritesPending() const
{
    return m_kept->pending.load() > 0;
}

void UnlockThrottle::keep(const State &s) const
{
    if (!m_keystore || !m_countKept || m_profileId.isEmpty())
        return;
    {
        const QMutexLocker lock(&m_kept->mutex);
        // Written only once the keystore's own copy is known: a file put back must never
        // lower it. Never made lower, and not written again unchanged.
        if (!m_kept->loaded || (m_kept->copy && (s.generation < m_kept->copy->generation ||
                                                 (s.generation == m_kept->copy->generation &&
                                                  s.failures == m_kept->copy->failures))))
            return;
        m_kept->copy = KeptCount{s.failures, s.generation};
    }
    m_kept->pending.fetch_add(1);
    const QByteArray bytes = serializeKept(KeptCount{s.failures, s.generation}, m_profileId);
    onKeystoreThread(
        m_context, [keystore = m_keystore, name = keystoreName(m_profileId), bytes, kept = m_kept] {
            keystore->store(name, SecretBytes::copyOf(bytes), [kept](const Status &stored) {
                if (!stored)
                    qCInfo(lcProfile) << "the keystore's copy of the count of wrong passphrases "
                                         "could not be written";
                kept->pending.fetch_sub(1);
            });
        });
}

void UnlockThrottle::removeKeptCopy()
{
    if (!m_keystore || m_profileId.isEmpty())
        return;
    {
        const QMutexLocker lock(&m_kept->mutex);
        m_kept->copy.reset();
        m_kept->loaded = false;
    }
    m_kept->pending.fetch_add(1);
    onKeystoreThread(
        m_context, [keystore = m_keystore, name = keystoreName(m_profileId), kept = m_kept] {
            keystore->remove(name, [kept](const Status &removed) {
                if (!removed)
                    qCInfo(lcProfile) << "the keystore's copy of the count of wrong passphrases "
                                         "could not be removed";
                kept->pending.fetch_sub(1);
            });
        });
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
    s.generation = std::max(o.value(QStringLiteral("generation")).toInteger(), qint64(0));
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
    // The keystore's copy, where there is one: a file of an earlier generation was put back
    // over a later one; one of the same generation with another count was edited.
    const std::optional<KeptCount> kept = m_kept->known();
    const bool rolledBack =
        found && kept &&
        (found->generation < kept->generation ||
         (found->generation == kept->generation && found->failures < kept->failures));
    if (found && found->profileId == m_profileId && !rolledBack)
        return *found;
    // The profile keeps its count from its creation on, so a missing, unreadable or garbled
    // count, another profile's or an older copy put back, was removed, damaged or swapped: the
    // worst case this throttle can know, the full lock-out, from now on the boot clock.
    const BootTime now = m_clock.sinceBoot();
    State worst;
    worst.generation = std::max(found ? found->generation : 0, kept ? kept->generation : 0) + 1;
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
    if (rolledBack)
        qCInfo(lcProfile) << "the count of wrong passphrases is older than the keystore's copy: "
                             "the full wait applies";
    else
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
    if (s.generation > 0)
        o.insert(QStringLiteral("generation"), double(s.generation));
    QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (bytes.size() < kPaddedBytes)
        bytes.append(QByteArray(kPaddedBytes - bytes.size(), ' '));
    Status st = writeFileAtomically(m_path, bytes);
    if (!st && st.error().code == ErrorCode::DiskFull)
        st = overwriteInPlace(m_path, bytes);
    if (st)
        keep(s);
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
    s.generation += 1;
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
    const std::optional<KeptCount> kept = m_kept->known();
    const qint64 generation = found ? found->generation : 0;
    const bool keptClear = !kept || (kept->failures == 0 && kept->generation <= generation);
    if (found && found->failures == 0 && !found->lost && found->profileId == m_profileId &&
        keptClear)
        return {};
    State none;
    none.profileId = m_profileId;
    none.generation = std::max(generation, kept ? kept->generation : 0) + 1;
    return save(none);
}

} // namespace dit
