#include "Profile.h"

#include "BackgroundCheck.h"
#include "DiskSpace.h"
#include "Migrations.h"
#include "ProfileFiles.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace dit {

using namespace profilefiles;

namespace {

Error damagedStore(const QString &why)
{
    return makeError(ErrorCode::Damaged, why);
}

// An exclusive lock on the profile folder itself (no file of its own to leave behind), held
// while the key file is read, rewrapped and replaced: two changes at once would each start
// from the same key file and only the last written would open (docs/ARCHITECTURE.md).
class KeyFileLock
{
public:
    KeyFileLock(const QString &dir, bool wait)
        : m_fd(::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
    {
        int rc = -1;
        while (m_fd >= 0 && (rc = ::flock(m_fd, LOCK_EX | (wait ? 0 : LOCK_NB))) != 0 &&
               errno == EINTR) {
        }
        m_held = rc == 0;
    }
    ~KeyFileLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
    }
    KeyFileLock(const KeyFileLock &) = delete;
    KeyFileLock &operator=(const KeyFileLock &) = delete;
    bool held() const { return m_held; }

private:
    int m_fd;
    bool m_held = false;
};

// Failures that mean "cannot write here" rather than "damaged": reading may still work.
bool cannotWrite(const Error &e)
{
    return e.code == ErrorCode::Io || e.code == ErrorCode::DiskFull;
}

bool inWalMode(Database &db)
{
    auto stmt = db.prepare("PRAGMA journal_mode;");
    return stmt && stmt.value().next() && stmt.value().text(0) == QLatin1String("wal");
}

bool emptyOrAbsent(const QString &path)
{
    const QFileInfo info(path);
    return !info.exists() || info.size() == 0;
}

Error lockedOut(qint64 seconds, bool recordLost)
{
    const QString wait = QCoreApplication::translate(
        "Storage", "Please wait %n second(s) and try again.", nullptr, int(seconds));
    // Computed outside the call: lupdate's parser does not finish on a scoped call there.
    const int fullWaitMinutes = int(UnlockThrottle::longestWait() / 60);
    if (recordLost)
        return makeError(ErrorCode::LockedOut,
                         QCoreApplication::translate("Storage",
                                                     "The record of wrong passphrases was removed, "
                                                     "damaged or put back from an earlier copy, "
                                                     "so this profile waits %n minute(s) before "
                                                     "the next try.",
                                                     nullptr, fullWaitMinutes) +
                             QLatin1Char(' ') + wait);
    return makeError(ErrorCode::LockedOut,
                     QCoreApplication::translate("Storage", "Too many attempts.") +
                         QLatin1Char(' ') + wait);
}
} // namespace

Profile::Profile(QString directory, const Clock &clock)
    : m_dir(std::move(directory)), m_clock(clock),
      m_throttle(m_dir + QLatin1Char('/') + kAttemptsFile, clock)
{}

QString Profile::keyFilePath() const
{
    return m_dir + QLatin1Char('/') + kKeyFile;
}

QString Profile::databasePath() const
{
    return m_dir + QLatin1Char('/') + kStoreFile;
}

QString Profile::creationMarkerPath() const
{
    return m_dir + QLatin1Char('/') + kCreating;
}

Profile::Inspection Profile::inspect() const
{
    const bool hasKey = QFile::exists(keyFilePath());
    const bool hasStore = QFile::exists(databasePath());
    // A creation that was interrupted before its key file was committed never held
    // anything a person entered; create() clears it away.
    if (!hasKey && creationUnfinished())
        return {State::Missing, {}};
    if (!hasKey && !hasStore)
        return {State::Missing, {}};
    if (hasKey && !hasStore)
        return {State::Damaged,
                QCoreApplication::translate("Storage", "The data store file is missing.")};
    if (!hasKey && hasStore)
        return {State::Damaged, QCoreApplication::translate("Storage", "The key file is missing.")};
    auto keyFile = KeyFile::read(keyFilePath());
    if (!keyFile)
        return {State::Damaged, keyFile.error().message};
    return {State::Ready, {}};
}

const UnlockThrottle &Profile::throttle() const
{
    // The key file says whose count it is and whether the profile keeps one; unreadable, it
    // cannot be opened anyway, and the count is read as before the mark.
    auto keyFile = KeyFile::read(keyFilePath());
    if (keyFile)
        m_throttle.setOwner(keyFile.value().profileId(), keyFile.value().keepsAttemptCount());
    return m_throttle;
}

qint64 Profile::secondsUntilNextAttempt() const
{
    return throttle().secondsRemaining();
}

bool Profile::attemptRecordLost() const
{
    return throttle().recordWasLost();
}

void Profile::useKeystore(Keystore *keystore, QObject *context)
{
    m_throttle.useKeystore(keystore, context);
}

void Profile::loadAttemptCopy(std::function<void()> done)
{
    (void)throttle(); // its owner, from the key file, names the keystore's copy
    m_throttle.loadKeptCopy(std::move(done));
}

bool Profile::attemptCopyWritesPending() const
{
    return m_throttle.keptCopyWritesPending();
}

Result<SecretBytes> Profile::checkPassphrase(const KeyFile &keyFile, const SecretBytes &passphrase)
{
    m_throttle.setOwner(keyFile.profileId(), keyFile.keepsAttemptCount());
    if (const qint64 wait = m_throttle.secondsRemaining(); wait > 0)
        return lockedOut(wait, m_throttle.recordWasLost());
    // A wrong passphrase that could not be counted would be a free guess: on a full disk the
    // passphrase is not tried at all (docs/SECURITY.md).
    if (Status s = m_throttle.prepareToCount(); !s && s.error().code == ErrorCode::DiskFull)
        return makeError(ErrorCode::DiskFull,
                         QCoreApplication::translate(
                             "Storage", "There is not enough free space on this device to "
                                        "count this attempt, so the passphrase was not checked. "
                                        "Nothing was changed."));
    auto key = keyFile.unwrapWithPassphrase(passphrase);
    if (!key) {
        if (key.error().code == ErrorCode::WrongPassphrase)
            m_throttle.recordFailure();
        return key.error();
    }
    (void)m_throttle.reset(); // as before: a count left standing only waits longer
    return key;
}

Result<std::unique_ptr<Store>> Profile::unlock(const SecretBytes &passphrase, IntegrityCheck check)
{
    const Inspection found = inspect();
    if (found.state == State::Missing)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Storage", "There is no profile here yet."));
    if (found.state == State::Damaged)
        return makeError(ErrorCode::Damaged, found.problem);
    auto keyFile = KeyFile::read(keyFilePath());
    if (!keyFile)
        return keyFile.error();
    // A marker a kill left beside a committed key file says nothing any more.
    QFile::remove(creationMarkerPath());
    auto key = checkPassphrase(keyFile.value(), passphrase);
    if (!key)
        return key.error();
    auto store = openStore(keyFile.value(), std::move(key.value()), check);
    if (store && !keyFile.value().keepsAttemptCount())
        markAttemptCountKept(keyFile.value(), store.value()->databaseKey(), passphrase);
    return store;
}

void Profile::markAttemptCountKept(const KeyFile &unlocked, const SecretBytes &databaseKey,
                                   const SecretBytes &passphrase)
{
    // A profile made before the mark gets it at its first unlock since: the count is written
    // in its name first, then the key file re-wrapped (one more derivation, once). Any step
    // that cannot be made leaves the profile as it was, to be marked at a later unlock.
    const KeyFileLock lock(m_dir, false);
    if (!lock.held() || !m_throttle.reset())
        return;
    auto current = KeyFile::read(keyFilePath());
    if (!current || current.value().serialize() != unlocked.serialize())
        return; // changed meanwhile (a passphrase change): left to it
    KeyFile marked = current.value();
    if (!marked.rewrapPassphrase(databaseKey, passphrase, marked.kdfParams()) ||
        !writeKeyFile(marked))
        qCWarning(lcProfile) << "could not mark the key file as keeping a count of attempts";
}

Result<std::unique_ptr<Store>> Profile::unlockWithKeystoreKey(const SecretBytes &keystoreKey,
                                                              IntegrityCheck check)
{
    auto keyFile = KeyFile::read(keyFilePath());
    if (!keyFile)
        return keyFile.error();
    auto key = keyFile.value().unwrapWithKeystoreKey(keystoreKey);
    if (!key)
        return key.error();
    return openStore(keyFile.value(), std::move(key.value()), check);
}

Status Profile::checkStore(const KeyFile &keyFile, const SecretBytes &databaseKey,
                           bool *integrityLater) const
{
    const QString wal = databasePath() + QStringLiteral("-wal");
    const QString shm = databasePath() + QStringLiteral("-shm");
    const bool hadWal = QFile::exists(wal);
    const bool hadShm = QFile::exists(shm);
    // A WAL with content at open means the app stopped without closing (or someone put one
    // there): check everything, not just the pages.
    const bool recovering = hadWal && QFileInfo(wal).size() > 0;
    Status result = [&]() -> Status {
        auto db = openForReading(databaseKey, false);
        if (!db)
            return db.error();
        // One read transaction for everything below: another process committing or
        // checkpointing meanwhile cannot move the store SQLite sees away from the file's
        // length, which no checkpoint extends past a reader's snapshot (docs/ARCHITECTURE.md).
        if (Status s = db.value()->exec("BEGIN;"); !s)
            return s;
        if (m_checkHook)
            m_checkHook(CheckStep::Began);
        auto pages = db.value()->pageCount();
        auto pageBytes = db.value()->pageSize();
        if (!pages || !pageBytes)
            return !pages ? pages.error() : pageBytes.error();
        if (m_checkHook)
            m_checkHook(CheckStep::PagesCounted);
        // The store never shrinks (no VACUUM), so its file is never longer than the store
        // SQLite sees. Longer means a WAL from an earlier state was put back beside it: using
        // it would silently bring back that state and, at the next checkpoint, overwrite
        // what was written since.
        const qint64 fileBytes = QFileInfo(databasePath()).size();
        // Shorter is sound only while the WAL holds pages: a WAL in use by this snapshot is
        // never emptied before the transaction ends, so an empty one means the file alone
        // holds the store.
        const bool walHoldsPages = QFileInfo(wal).size() > 0;
        if (fileBytes > pages.value() * pageBytes.value())
            return damagedStore(QCoreApplication::translate(
                "Storage", "The data store's journal (store.db-wal) is older than the store "
                           "itself, so it may have been copied back from an earlier time. "
                           "Your data can be restored from a backup."));
        if (fileBytes % pageBytes.value() != 0 ||
            (!walHoldsPages && fileBytes < pages.value() * pageBytes.value()))
            return damagedStore(QCoreApplication::translate(
                "Storage", "The data store file is cut off. Your data can be restored from a "
                           "backup."));
        auto version = db.value()->userVersion();
        if (!version)
            return version.error();
        if (version.value() > latestSchemaVersion())
            return damagedStore(QCoreApplication::translate(
                "Storage", "This profile was made by a newer version of DIT Companion. Please "
                           "update the app to open it."));
        // Left for later only where opening it writes nothing: the WAL is empty (no recovery,
        // nothing to fold in), no migration is due, and it is in WAL mode already (setting that
        // would write its header).
        const bool later = integrityLater && !recovering &&
                           version.value() == latestSchemaVersion() && inWalMode(*db.value());
        if (!later)
            if (Status s = db.value()->checkIntegrity(recovering); !s)
                return s;
        if (integrityLater)
            *integrityLater = later;
        if (Meta(*db.value()).value(QStringLiteral("profile_id")) != keyFile.profileId())
            return damagedStore(QCoreApplication::translate(
                "Storage", "The key file belongs to a different profile."));
        return {};
    }();
    if (!result) {
        // Leave the folder as found: the read-only check may have made an empty WAL and index.
        if (!hadWal && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm)
            QFile::remove(shm);
    }
    return result;
}

Result<std::unique_ptr<Database>> Profile::openForReading(const SecretBytes &databaseKey,
                                                          bool fileAloneIfPossible,
                                                          Database::Attached attached) const
{
    // Reading needs SQLite's index (-shm) beside the store: where it cannot be made (a full
    // disk, a read-only folder) and the WAL holds nothing, the store file alone is the store.
    const bool fileAlone = emptyOrAbsent(databasePath() + QStringLiteral("-wal")) &&
                           !QFileInfo::exists(databasePath() + QStringLiteral("-shm"));
    if (fileAlone && fileAloneIfPossible)
        return Database::open(databasePath(), databaseKey, Database::Mode::ReadOnlyFile, attached);
    auto db = Database::open(databasePath(), databaseKey, Database::Mode::ReadOnly, attached);
    if (!db && cannotWrite(db.error()) && fileAlone)
        return Database::open(databasePath(), databaseKey, Database::Mode::ReadOnlyFile, attached);
    return db;
}

Result<std::unique_ptr<Store>> Profile::openStore(const KeyFile &keyFile, SecretBytes databaseKey,
                                                  IntegrityCheck check)
{
    removeStaleTemporaries(keyFilePath());
    removeStaleWorkFiles();
    const QString wal = databasePath() + QStringLiteral("-wal");
    const QString shm = databasePath() + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    // Checked read-only first: nothing may write to the store or fold its WAL in (which
    // closing a read-write connection does) until it is known to be sound and ours.
    bool integrityLater = false;
    if (Status s = checkStore(keyFile, databaseKey,
                              check == IntegrityCheck::InBackground ? &integrityLater : nullptr);
        !s)
        return explainIfDiskFull(s.error(), m_dir);
    auto db = Database::open(databasePath(), databaseKey, Database::Mode::OpenExisting);
    if (!db && cannotWrite(db.error())) {
        // Cannot write here: opened for reading, with saving paused, so a person can still
        // read and back up their words. The empty WAL and index this open made are removed.
        if (!hadWal && emptyOrAbsent(wal))
            QFile::remove(wal);
        if (!hadShm && !QFileInfo::exists(wal))
            QFile::remove(shm);
        auto reading = openForReading(databaseKey, true);
        if (!reading)
            return explainIfDiskFull(db.error(), m_dir);
        // Nothing can be written here, so nothing waits on the check: it runs now.
        if (integrityLater)
            if (Status s = reading.value()->checkIntegrity(false); !s)
                return s.error();
        if (Status s = migrate(*reading.value()); !s)
            return explainIfDiskFull(s.error(), m_dir);
        // One line, which ditc shows on stderr; the app shows it as a banner.
        qCWarning(lcProfile) << "saving is paused: this profile is open for reading only, as "
                                "its store or folder cannot be written (a full disk, or a "
                                "read-only file or folder)";
        // Either the store or its folder is read-only, or there is no room to write.
        const bool writable = ::access(QFile::encodeName(m_dir).constData(), W_OK) == 0 &&
                              ::access(QFile::encodeName(databasePath()).constData(), W_OK) == 0;
        Error reason = makeError(
            ErrorCode::DiskFull,
            QCoreApplication::translate("Storage", "There is not enough free space on this device "
                                                   "to save. Nothing was changed."));
        QString why =
            QCoreApplication::translate("Storage", "there is not enough free space on this device");
        Store::Pause pause = Store::Pause::NoRoom;
        if (!writable) {
            pause = Store::Pause::ReadOnly;
            reason =
                makeError(ErrorCode::Io,
                          QCoreApplication::translate("Storage", "Saving is paused: the data store "
                                                                 "or its folder is read-only. "
                                                                 "Nothing was changed."));
            why =
                QCoreApplication::translate("Storage", "the data store or its folder is read-only");
        }
        reading.value()->refuseWrites(reason);
        auto store =
            std::make_unique<Store>(std::move(reading.value()), std::move(databaseKey), m_clock);
        store->setSavingPaused(pause, why);
        return store;
    }
    if (!db)
        return explainIfDiskFull(db.error(), m_dir);
    // Declared after the database, so it is stopped before the database closes.
    std::unique_ptr<BackgroundCheck> background;
    if (integrityLater) {
        // The gate is shut before anything can write; the check opens its own connection.
        auto gate = std::make_shared<WriteGate>();
        db.value()->holdWritesUntil(gate);
        auto reader = openForReading(databaseKey, false);
        if (!reader) {
            gate->fail(reader.error());
            return explainIfDiskFull(reader.error(), m_dir);
        }
        std::function<void()> beforeCheck;
        if (m_checkHook)
            beforeCheck = [hook = m_checkHook] {
                hook(CheckStep::BackgroundCheckBegins);
            };
        background = std::make_unique<BackgroundCheck>(std::move(reader.value()), std::move(gate),
                                                       std::move(beforeCheck));
    }
    if (Status s = migrate(*db.value()); !s)
        return explainIfDiskFull(s.error(), m_dir);
    auto store = std::make_unique<Store>(std::move(db.value()), std::move(databaseKey), m_clock);
    store->adoptCheck(std::move(background));
    return store;
}

Status Profile::writeKeyFile(const KeyFile &keyFile, const FaultInjector &fault)
{
    return writeFileAtomically(keyFilePath(), keyFile.serialize(), fault);
}

Status Profile::changePassphrase(const SecretBytes &oldPassphrase, const SecretBytes &newPassphrase,
                                 const KdfParams &kdf, const FaultInjector &fault)
{
    const KeyFileLock lock(m_dir, false);
    if (!lock.held())
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Storage", "Another passphrase change for this "
                                                       "profile is under way, so this one was not "
                                                       "made. Please try again when it has "
                                                       "finished."));
    auto keyFile = KeyFile::read(keyFilePath());
    if (!keyFile)
        return keyFile.error();
    auto databaseKey = checkPassphrase(keyFile.value(), oldPassphrase);
    if (!databaseKey)
        return databaseKey.error();
    if (Status s = keyFile.value().rewrapPassphrase(databaseKey.value(), newPassphrase, kdf); !s)
        return s;
    return writeKeyFile(keyFile.value(), fault);
}

Status Profile::enableQuickUnlock(const Store &store, const SecretBytes &keystoreKey)
{
    const KeyFileLock lock(m_dir, true);
    auto keyFile = KeyFile::read(keyFilePath());
    if (!keyFile)
        return keyFile.error();
    keyFile.value().setKeystoreWrap(store.databaseKey(), keystoreKey);
    return writeKeyFile(keyFile.value());
}

Status Profile::disableQuickUnlock()
{
    const KeyFileLock lock(m_dir, true);
    auto keyFile = KeyFile::read(keyFilePath());
    if (!keyFile)
        return keyFile.error();
    keyFile.value().clearKeystoreWrap();
    return writeKeyFile(keyFile.value());
}

bool Profile::hasQuickUnlock() const
{
    auto keyFile = KeyFile::read(keyFilePath());
    return keyFile && keyFile.value().hasKeystoreWrap();
}

Status Profile::checkReadOnly(const SecretBytes &passphrase)
{
    const Inspection found = inspect();
    if (found.state != State::Ready)
        return makeError(found.state == State::Missing ? ErrorCode::NotFound : ErrorCode::Damaged,
                         found.problem);
    auto keyFile = KeyFile::read(keyFilePath());
    if (!keyFile)
        return keyFile.error();
    auto key = checkPassphrase(keyFile.value(), passphrase);
    if (!key)
        return key.error();
    return checkStore(keyFile.value(), key.value());
}

Status Profile::verifyPassphrase(const SecretBytes &passphrase)
{
    auto keyFile = KeyFile::read(keyFilePath());
    if (!keyFile)
        return keyFile.error();
    auto key = checkPassphrase(keyFile.value(), passphrase);
    if (!key)
        return key.error();
    return {};
}

} // namespace dit
