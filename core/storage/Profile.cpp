#include "Profile.h"

#include "DiskSpace.h"
#include "HandedOver.h"
#include "Migrations.h"
#include "common/Ids.h"
#include "common/Logging.h"
#include "common/RegularFile.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sodium.h>
#include <sys/file.h>
#include <unistd.h>

namespace dit {

namespace {
const QString kKeyFile = QStringLiteral("key");
const QString kStoreFile = QStringLiteral("store.db");
const QString kAttemptsFile = QStringLiteral("attempts");
const QString kCreating = QStringLiteral("creating");
// The marker's content: "1" while the store is being built (it holds nothing a person entered
// and may be cleared away); "committing" once the key file is about to be written, after which
// a store without a key file is a lost key, never an unfinished creation (docs/ARCHITECTURE.md).
const QByteArray kCreatingBegun = QByteArrayLiteral("1");
const QByteArray kCreatingCommitting = QByteArrayLiteral("committing");
const QString kWorkPrefix = QStringLiteral(".work-");
// The store's companions: SQLite's write-ahead log and its index, and a rollback journal
// (never used in WAL mode, listed so a wipe leaves nothing whatever happened).
const QStringList kStoreSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                    QStringLiteral("-journal")};
constexpr qint64 kStaleWorkFileSeconds = 3600;

Error damagedStore(const QString &why)
{
    return makeError(ErrorCode::Damaged, why);
}

// Overwrites a file's bytes with random ones, flushes and removes it. Best effort against
// recovery from the disk (flash storage and journalling file systems may keep old blocks);
// the real protection is that the database key existed nowhere else.
Status destroyFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT)
            return {};
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Storage", "A key file could not be destroyed."));
    }
    ensureSodium();
    const qint64 size = QFileInfo(path).size();
    unsigned char block[4096];
    bool ok = true;
    for (qint64 done = 0; ok && done < size;) {
        const auto n = static_cast<size_t>(std::min<qint64>(sizeof block, size - done));
        randombytes_buf(block, n);
        const ssize_t w = ::pwrite(fd, block, n, done);
        ok = w > 0;
        done += ok ? w : 0;
    }
    ok = ::fsync(fd) == 0 && ok;
    ::close(fd);
    if (::unlink(name.constData()) != 0 || !ok)
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Storage", "A key file could not be destroyed."));
    return {};
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
                                                     "The record of wrong passphrases was removed "
                                                     "or damaged, so this profile waits %n "
                                                     "minute(s) before the next try.",
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

bool Profile::creationUnfinished() const
{
    if (!QFileInfo::exists(creationMarkerPath()))
        return false;
    const auto marker = readRegularFile(creationMarkerPath(), 64);
    return marker && marker.value() == kCreatingBegun;
}

void Profile::removeIncompleteCreation(bool ours)
{
    if (!QFile::exists(creationMarkerPath()) || QFile::exists(keyFilePath()))
        return;
    // Found on disk, only a creation that never reached its key file is cleared: anything
    // else may be a committed store whose key file was lost since.
    if (!ours && !creationUnfinished())
        return;
    for (const QString &suffix : kStoreSuffixes)
        QFile::remove(databasePath() + suffix);
    QFile::remove(m_dir + QLatin1Char('/') + kAttemptsFile); // written just before the key file
    QDir dir(m_dir);
    for (const QString &name :
         dir.entryList({kWorkPrefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden | QDir::System))
        dir.remove(name);
    QFile::remove(creationMarkerPath());
}

Status Profile::beginCreation()
{
    // A folder this process cannot look into may hold a profile it cannot see: never touched.
    const QFileInfo folder(m_dir);
    if (folder.exists() && !(folder.isReadable() && folder.isWritable() && folder.isExecutable()))
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Storage", "The profile folder cannot be read or "
                                                       "written, so nothing was changed."));
    removeIncompleteCreation();
    if (inspect().state != State::Missing)
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate(
                             "Storage", "A profile already exists in this folder; it was not "
                                        "replaced."));
    m_madeFolder = !QFileInfo::exists(m_dir);
    if (!QDir().mkpath(m_dir))
        return explainIfDiskFull(
            makeError(ErrorCode::Io, QCoreApplication::translate(
                                         "Storage", "Could not create the profile folder.")),
            m_dir);
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (Status s = writeFileAtomically(creationMarkerPath(), kCreatingBegun); !s) {
        abandonCreation();
        return s;
    }
    return {};
}

void Profile::abandonCreation()
{
    // Only ever what a creation makes, and never once the key file (the commit point) exists.
    removeIncompleteCreation(true);
    removeStaleTemporaries(creationMarkerPath());
    if (m_madeFolder && QDir().rmdir(m_dir))
        syncDirectory(QFileInfo(m_dir).absolutePath());
    m_madeFolder = false;
}

Result<std::unique_ptr<Store>> Profile::commitCreation(std::unique_ptr<Database> db,
                                                       SecretBytes databaseKey,
                                                       const QString &profileId,
                                                       const SecretBytes &passphrase,
                                                       const KdfParams &kdf)
{
    auto keyFile = KeyFile::create(profileId, databaseKey, passphrase, kdf);
    if (!keyFile) {
        db.reset();
        abandonCreation();
        return keyFile.error();
    }
    // The count of wrong passphrases exists from the creation on, before the key file that
    // says so (KeyFile::keepsAttemptCount): its absence later is a lost record.
    m_throttle.setOwner(profileId, true);
    if (Status s = m_throttle.reset(); !s) {
        db.reset();
        abandonCreation();
        return s.error();
    }
    // The key file is the commit point: until it exists, the folder holds nothing usable.
    if (Status s = writeFileAtomically(creationMarkerPath(), kCreatingCommitting); !s) {
        db.reset();
        abandonCreation();
        return s.error();
    }
    if (Status s = writeKeyFile(keyFile.value()); !s) {
        db.reset();
        abandonCreation();
        return s.error();
    }
    QFile::remove(creationMarkerPath());
    syncDirectory(m_dir);
    m_madeFolder = false;
    return std::make_unique<Store>(std::move(db), std::move(databaseKey), m_clock);
}

Result<std::unique_ptr<Store>> Profile::create(const SecretBytes &passphrase, Role role,
                                               const KdfParams &kdf, int schemaVersion)
{
    if (Status s = beginCreation(); !s)
        return s.error();
    const auto fail = [this](const Error &e) {
        abandonCreation();
        return explainIfDiskFull(e, m_dir);
    };

    SecretBytes databaseKey = SecretBytes::random(KeyFile::kDatabaseKeyBytes);
    const QString profileId = newRandomId();
    auto db = Database::open(databasePath(), databaseKey, Database::Mode::CreateNew);
    if (!db)
        return fail(db.error());
    QFile::setPermissions(databasePath(), QFile::ReadOwner | QFile::WriteOwner);
    if (Status s = migrate(*db.value(), schemaVersion); !s) {
        db.value().reset();
        return fail(s.error());
    }
    Status metaWritten = db.value()->transaction([&]() -> Status {
        Meta meta(*db.value());
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("profile_id"), profileId},
              std::pair{QStringLiteral("device_id"), newRandomId()},
              std::pair{QStringLiteral("role"), roleName(role)},
              std::pair{QStringLiteral("created_at"), m_clock.now().toUTC().toString(Qt::ISODate)}})
            if (Status s = meta.set(key, value); !s)
                return s;
        return {};
    });
    if (!metaWritten) {
        db.value().reset();
        return fail(metaWritten.error());
    }
    auto store =
        commitCreation(std::move(db.value()), std::move(databaseKey), profileId, passphrase, kdf);
    if (!store)
        return explainIfDiskFull(store.error(), m_dir);
    qCInfo(lcProfile).noquote() << "created a" << roleName(role) << "profile";
    return store;
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

Result<std::unique_ptr<Store>> Profile::unlock(const SecretBytes &passphrase)
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
    auto store = openStore(keyFile.value(), std::move(key.value()));
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

Result<std::unique_ptr<Store>> Profile::unlockWithKeystoreKey(const SecretBytes &keystoreKey)
{
    auto keyFile = KeyFile::read(keyFilePath());
    if (!keyFile)
        return keyFile.error();
    auto key = keyFile.value().unwrapWithKeystoreKey(keystoreKey);
    if (!key)
        return key.error();
    return openStore(keyFile.value(), std::move(key.value()));
}

Status Profile::checkStore(const KeyFile &keyFile, const SecretBytes &databaseKey) const
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
        if (Status s = db.value()->checkIntegrity(recovering); !s)
            return s;
        auto version = db.value()->userVersion();
        if (!version)
            return version.error();
        if (version.value() > latestSchemaVersion())
            return damagedStore(QCoreApplication::translate(
                "Storage", "This profile was made by a newer version of DIT Companion. Please "
                           "update the app to open it."));
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

Result<std::unique_ptr<Store>> Profile::openStore(const KeyFile &keyFile, SecretBytes databaseKey)
{
    removeStaleTemporaries(keyFilePath());
    removeStaleWorkFiles();
    const QString wal = databasePath() + QStringLiteral("-wal");
    const QString shm = databasePath() + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    // Checked read-only first: nothing may write to the store or fold its WAL in (which
    // closing a read-write connection does) until it is known to be sound and ours.
    if (Status s = checkStore(keyFile, databaseKey); !s)
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
    if (Status s = migrate(*db.value()); !s)
        return explainIfDiskFull(s.error(), m_dir);
    return std::make_unique<Store>(std::move(db.value()), std::move(databaseKey), m_clock);
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

} // namespace dit

namespace dit {

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

Result<QString> Profile::setAside()
{
    if (inspect().state == State::Missing)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Storage", "There is no profile here yet."));
    const QFileInfo info(m_dir);
    const QString base = info.absolutePath() + QLatin1Char('/') + info.fileName() +
                         QStringLiteral(".set-aside-") +
                         m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QLatin1Char('-') + QString::number(n);
    if (::rename(QFile::encodeName(info.absoluteFilePath()).constData(),
                 QFile::encodeName(target).constData()) != 0)
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Storage", "The damaged files could not be moved "
                                                       "aside. Nothing was changed."));
    syncDirectory(info.absolutePath());
    qCInfo(lcProfile) << "profile folder set aside";
    return target;
}

QString Profile::newWorkFilePath(const QString &purpose) const
{
    return m_dir + QLatin1Char('/') + kWorkPrefix + purpose + QLatin1Char('-') + newRandomId() +
           QStringLiteral(".db");
}

void Profile::removeStaleWorkFiles() const
{
    QDir dir(m_dir);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QFileInfo &f : dir.entryInfoList({kWorkPrefix + QLatin1Char('*')},
                                                QDir::Files | QDir::Hidden | QDir::System))
        // Left by a killed process (older than this one), or an hour old in any case.
        if (f.lastModified() < processStarted() ||
            f.lastModified().secsTo(now) > kStaleWorkFileSeconds)
            QFile::remove(f.absoluteFilePath());
}

Status Profile::wipe(const std::function<bool(WipeStep)> &fault)
{
    QDir dir(m_dir);
    if (!dir.exists())
        return {};
    const auto names = [&dir](const QString &pattern) {
        return dir.entryList({pattern}, QDir::Files | QDir::Hidden | QDir::System);
    };
    // 1. The keys: without them the rest is unreadable.
    QStringList keyFiles = names(kKeyFile);
    keyFiles += names(QLatin1Char('.') + kKeyFile + QStringLiteral(".tmp-*"));
    for (const QString &name : keyFiles)
        if (Status s = destroyFile(dir.filePath(name)); !s)
            return s;
    syncDirectory(m_dir);
    qCInfo(lcProfile) << "profile keys destroyed";
    if (fault && !fault(WipeStep::KeyDestroyed))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Storage", "Write interrupted (test fault)."));

    // 2. Everything else this app makes in a profile folder, and nothing it does not.
    QStringList rest;
    for (const QString &suffix : kStoreSuffixes)
        rest += names(kStoreFile + suffix);
    for (const QString &file :
         {kAttemptsFile, kCreating, QString::fromLatin1(handedover::kFileName)}) {
        rest += names(file);
        rest += names(QLatin1Char('.') + file + QStringLiteral(".tmp-*"));
    }
    rest += names(kWorkPrefix + QLatin1Char('*'));
    bool removed = true;
    for (const QString &name : rest)
        removed = dir.remove(name) && removed;
    syncDirectory(m_dir);
    if (!removed)
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Storage", "Some files could not be removed. The "
                                                       "keys are already gone, so nobody can "
                                                       "read them."));
    if (fault && !fault(WipeStep::FilesRemoved))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Storage", "Write interrupted (test fault)."));

    // 3. The folder, if nothing of anyone else's is in it.
    if (QDir().rmdir(m_dir))
        syncDirectory(QFileInfo(m_dir).absolutePath());
    qCInfo(lcProfile) << "profile deleted";
    return {};
}

} // namespace dit
