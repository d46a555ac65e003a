#include "Backup.h"

#include "BackupStream.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "common/Logging.h"
#include "common/RegularFile.h"
#include "storage/DiskSpace.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>

namespace dit::backup {

namespace {

const QStringList kDatabaseSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                       QStringLiteral("-journal")};

// A database file and its companions, removed when this goes out of scope.
class WorkFile
{
public:
    explicit WorkFile(QString path) : m_path(std::move(path)) {}
    ~WorkFile() { remove(); }
    WorkFile(const WorkFile &) = delete;
    WorkFile &operator=(const WorkFile &) = delete;
    const QString &path() const { return m_path; }
    void remove() const
    {
        for (const QString &suffix : kDatabaseSuffixes)
            QFile::remove(m_path + suffix);
    }

private:
    QString m_path;
};

Error cannotCreate()
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("Backup", "A work file could not be created."));
}

// Makes an empty file readable only by its owner (SQLite and QFile would use the umask).
int createPrivateFile(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(),
                  O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
}

Status createEmptyPrivateFile(const QString &path)
{
    const int fd = createPrivateFile(path);
    if (fd < 0)
        return errno == ENOSPC ? diskFullError() : cannotCreate();
    ::close(fd);
    return {};
}

// Rows in `table`, or 0 if this schema version does not have it yet.
Result<qint64> count(Database &db, const char *table)
{
    auto exists =
        db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    if (!exists)
        return exists.error();
    exists.value().bind(1, QString::fromLatin1(table));
    if (!exists.value().next() || exists.value().integer(0) == 0)
        return qint64(0);
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table + ';';
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    if (!stmt.value().next())
        return stmt.value().failed() ? Result<qint64>(stmt.value().error()) : Result<qint64>(0);
    return stmt.value().integer(0);
}

bool isInside(const QString &path, const QString &dir)
{
    const QString folder = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    const QString profile = QFileInfo(dir).canonicalFilePath();
    return !profile.isEmpty() &&
           (folder == profile || folder.startsWith(profile + QLatin1Char('/')));
}

// Decrypts a backup file into `stagedPath` (an encrypted SQLCipher database under the inner
// key), checking every part of it.
Result<Opened> stage(const QString &file, const SecretBytes &passphrase, const QString &stagedPath)
{
    QFile in(file);
    if (!in.exists())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Backup", "There is no file at %1.")
                             .arg(QDir::toNativeSeparators(file)));
    if (Status s = openRegularFile(in, file); !s)
        return s.error();
    const int fd = createPrivateFile(stagedPath);
    if (fd < 0)
        return errno == ENOSPC ? Result<Opened>(diskFullError()) : Result<Opened>(cannotCreate());
    QFile out;
    if (!out.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return cannotCreate();
    }
    auto opened = readStream(
        in, [&](const Header &h) { return streamKeyFor(h, passphrase); }, &out);
    const bool flushed = out.flush();
    out.close();
    if (!opened)
        return opened.error();
    if (!flushed)
        return explainIfDiskFull(cannotCreate(), stagedPath);
    return opened;
}

// Checks a staged database: opens, integrity (thorough), a schema this build can read.
Status checkStaged(Database &db, const Manifest &manifest)
{
    if (Status s = db.checkIntegrity(true); !s)
        return damagedBackup(QCoreApplication::translate("Backup",
                                                         "the data inside it failed its integrity "
                                                         "check."));
    auto version = db.userVersion();
    if (!version)
        return version.error();
    if (version.value() != manifest.schemaVersion)
        return damagedBackup(
            QCoreApplication::translate("Backup", "its contents do not match its description."));
    if (version.value() > latestSchemaVersion())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Backup", "This backup was made by a newer version of DIT "
                                       "Companion. Please update the app to restore it."));
    return {};
}

Result<std::unique_ptr<Database>> openStaged(const QString &path, const SecretBytes &innerKey,
                                             Database::Mode mode)
{
    auto db = Database::open(path, innerKey, mode);
    if (!db) {
        if (db.error().code == ErrorCode::Damaged)
            return damagedBackup(
                QCoreApplication::translate("Backup", "the data inside it cannot be opened."));
        return db.error();
    }
    return db;
}

// The columns of `table` in `schema` other than an INTEGER PRIMARY KEY (a local row number).
Result<QByteArray> copyableColumns(Database &db, const QString &table)
{
    const QByteArray sql = "PRAGMA main.table_info(" + table.toUtf8() + ");";
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    QByteArrayList names;
    while (stmt.value().next()) {
        const bool rowNumber =
            stmt.value().integer(5) > 0 &&
            stmt.value().text(2).compare(QStringLiteral("INTEGER"), Qt::CaseInsensitive) == 0;
        if (!rowNumber)
            names << '"' + stmt.value().text(1).toUtf8() + '"';
    }
    if (stmt.value().failed())
        return stmt.value().error();
    return names.join(", ");
}

// Another person's backup: their records would mix with this person's answers and outcomes.
Error otherProfile(const Manifest &manifest)
{
    return makeError(
        ErrorCode::BadInput,
        QCoreApplication::translate("Backup",
                                    "This backup was made on %1 from a different profile, not this "
                                    "one, so it was not added. Nothing was changed.")
            .arg(QLocale().toString(manifest.createdAt.toLocalTime().date(), QLocale::LongFormat)));
}

Error roleMismatch(const QString &backupRole)
{
    return makeError(
        ErrorCode::BadInput,
        backupRole == QStringLiteral("therapist")
            ? QCoreApplication::translate("Backup", "This backup is from a therapist’s profile "
                                                    "and this profile is for someone having "
                                                    "therapy, so it cannot be added here. "
                                                    "Nothing was changed.")
            : QCoreApplication::translate("Backup", "This backup is from the profile of someone "
                                                    "having therapy and this profile is a "
                                                    "therapist’s, so it cannot be added here. "
                                                    "Nothing was changed."));
}

// Copies `source` into a new work database at `workPath` under `innerKey`, in one read of the
// store: a deferred transaction, so the app can go on saving while the backup is made.
Status copyInto(Database &db, const QString &workPath, const SecretBytes &innerKey,
                Manifest &manifest)
{
    if (Status s = createEmptyPrivateFile(workPath); !s)
        return s;
    if (Status s = db.attach(workPath, "backup", innerKey); !s)
        return s;
    Status copied = db.exec("BEGIN DEFERRED;");
    if (copied) {
        copied = [&]() -> Status {
            auto version = db.userVersion();
            if (!version)
                return version.error();
            manifest.schemaVersion = version.value();
            if (Status s = db.exec("SELECT sqlcipher_export('backup');"); !s)
                return s;
            const QByteArray setVersion =
                "PRAGMA backup.user_version = " + QByteArray::number(version.value()) + ';';
            return db.exec(setVersion.constData());
        }();
        copied = copied ? db.exec("COMMIT;") : copied;
        // A full disk may have ended the transaction already: no second failure to log.
        if (!copied && sqlite3_get_autocommit(db.handle()) == 0)
            (void)db.exec("ROLLBACK;");
    }
    (void)db.detach("backup");
    return copied;
}

} // namespace

const QStringList &mergedTables()
{
    static const QStringList list = {QStringLiteral("records"), QStringLiteral("drafts"),
                                     QStringLiteral("settings")};
    return list;
}

const QStringList &unmergedTables()
{
    // meta: the profile's own identity (ids, role); sqlite_sequence: SQLite's counters;
    // sync_*: this device's pairs, keys and checkpoints (a restored device pairs again).
    static const QStringList list = {QStringLiteral("meta"), QStringLiteral("sqlite_sequence"),
                                     QStringLiteral("sync_pairs"), QStringLiteral("sync_devices"),
                                     QStringLiteral("sync_docs")};
    return list;
}

int removeLeftoverTemporaries(const QString &folder)
{
    static const QRegularExpression ours(QStringLiteral("^\\..+\\.tmp-[0-9a-f]{32}$"));
    // The encrypted work copy of a store that could not be written, and its journal: its
    // content is indistinguishable from random bytes, so its name alone says it is ours.
    static const QRegularExpression work(QStringLiteral("^\\..+\\.work-[0-9a-f]{32}(-journal)?$"));
    QDir dir(folder);
    int removed = 0;
    for (const QFileInfo &f :
         dir.entryInfoList({QStringLiteral(".*.tmp-*"), QStringLiteral(".*.work-*")},
                           QDir::Files | QDir::Hidden)) {
        const bool isWork = work.match(f.fileName()).hasMatch();
        if (f.isSymLink() || !(isWork || ours.match(f.fileName()).hasMatch()) ||
            f.lastModified() >= processStarted())
            continue;
        QFile file(f.absoluteFilePath());
        if (f.size() > 0 && !isWork) {
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray start = file.read(sizeof kMagic);
            file.close();
            if (start != QByteArray(kMagic, sizeof kMagic))
                continue;
        }
        removed += file.remove() ? 1 : 0;
    }
    return removed;
}

Result<Info> create(const Profile &profile, const SecretBytes &databaseKey,
                    const QString &destination, const SecretBytes &passphrase, const KdfParams &kdf,
                    const QString &appVersion, const Clock &clock, const CreateOptions &options)
{
    const QFileInfo dest(destination);
    if (destination.isEmpty() || dest.fileName().isEmpty() || dest.isDir())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Backup", "Please give a file name for the "
                                                               "backup."));
    if (!QFileInfo(dest.absolutePath()).isDir())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Backup", "The folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(dest.absolutePath())));
    if (isInside(destination, profile.directory()))
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Backup", "A backup cannot be kept inside the profile folder: it "
                                       "would be lost with it. Please choose another place."));
    if (dest.exists() && !options.replace)
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate(
                             "Backup", "A file called %1 is already there; it was not replaced. "
                                       "Please choose another name.")
                             .arg(dest.fileName()));

    removeLeftoverTemporaries(dest.absolutePath());

    // The backup passphrase's key first: it takes the longest, so a kill then leaves nothing.
    Header header;
    header.kdf = kdf;
    auto streamKey = streamKeyFor(header, passphrase);
    if (!streamKey)
        return streamKey.error();

    // 1. Copy the store into a work database under a fresh random key: in the profile folder,
    // through a connection that could write the store; where the store cannot be written
    // (a read-only store or folder, a full disk: saving paused), read without writing
    // anything beside it, into a work copy beside the destination, which has room
    // (docs/ARCHITECTURE.md, "Backups of a store that cannot be written").
    const SecretBytes innerKey = SecretBytes::random(kInnerKeyBytes);
    Manifest manifest;
    std::optional<WorkFile> work;
    Status copied = [&]() -> Status {
        const QString wal = profile.databasePath() + QStringLiteral("-wal");
        const QString shm = profile.databasePath() + QStringLiteral("-shm");
        const bool hadWal = QFileInfo::exists(wal);
        const bool hadShm = QFileInfo::exists(shm);
        work.emplace(profile.newWorkFilePath(QStringLiteral("backup")));
        auto source =
            Database::open(profile.databasePath(), databaseKey, Database::Mode::OpenExisting);
        if (!source) {
            // The empty WAL and index a failed open may have made are not left behind.
            if (!hadWal && QFileInfo(wal).size() == 0)
                QFile::remove(wal);
            if (!hadShm && !QFileInfo::exists(wal))
                QFile::remove(shm);
            return source.error();
        }
        return copyInto(*source.value(), work->path(), innerKey, manifest);
    }();
    // SQLCipher's export reports a full disk as a plain error: said as what it is.
    if (!copied)
        copied = Status(explainIfDiskFull(copied.error(), profile.directory()));
    if (!copied &&
        (copied.error().code == ErrorCode::Io || copied.error().code == ErrorCode::DiskFull)) {
        work.emplace(dest.absolutePath() + QStringLiteral("/.") + dest.fileName() +
                     QStringLiteral(".work-") + newRandomId());
        auto source = profile.openForReading(databaseKey, true, Database::Attached::Writable);
        if (!source)
            return explainIfDiskFull(source.error(), profile.directory());
        copied = copyInto(*source.value(), work->path(), innerKey, manifest);
        if (!copied)
            return explainIfDiskFull(copied.error(), dest.absolutePath());
    }
    if (!copied)
        return copied.error();
    {
        auto copy = Database::open(work->path(), innerKey, Database::Mode::ReadOnly);
        if (!copy)
            return explainIfDiskFull(copy.error(), profile.directory());
        Database &db = *copy.value();
        if (Status s = db.checkIntegrity(true); !s)
            return s.error();
        Meta meta(db);
        manifest.profileId = meta.value(QStringLiteral("profile_id"));
        manifest.deviceId = meta.value(QStringLiteral("device_id"));
        manifest.role = meta.value(QStringLiteral("role"));
        auto records = count(db, "records");
        auto drafts = count(db, "drafts");
        if (!records || !drafts)
            return !records ? records.error() : drafts.error();
        manifest.records = records.value();
        manifest.drafts = drafts.value();
    }
    manifest.appVersion = appVersion;
    manifest.createdAt = clock.now().toUTC();
    manifest.databaseBytes = QFileInfo(work->path()).size();

    // 2. Encrypt it into a temporary file beside the destination, read it back, flush, rename.
    const auto stopAt = [&](WriteStep step) {
        return options.fault && !options.fault(step);
    };
    const Error interrupted =
        makeError(ErrorCode::Io, QStringLiteral("Write interrupted (test fault)."));
    const QString temp = dest.absolutePath() + QStringLiteral("/.") + dest.fileName() +
                         QStringLiteral(".tmp-") + newRandomId();
    WorkFile tempFile(temp);
    const int fd = createPrivateFile(temp);
    if (fd < 0)
        return errno == ENOSPC
                   ? diskFullError()
                   : makeError(ErrorCode::Io, QCoreApplication::translate(
                                                  "Backup", "The backup file could not be created "
                                                            "there. Please choose another place."));
    if (stopAt(WriteStep::TempCreated)) {
        ::close(fd);
        return interrupted;
    }
    auto written = writeStream(fd, header, streamKey.value(), innerKey, manifest, work->path());
    if (!written) {
        ::close(fd);
        return written.error();
    }
    if (stopAt(WriteStep::TempWritten)) {
        ::close(fd);
        return interrupted;
    }
    const bool synced = ::fsync(fd) == 0;
    const int syncErr = errno;
    ::close(fd);
    if (!synced)
        return syncErr == ENOSPC ? diskFullError() : cannotCreate();
    if (stopAt(WriteStep::TempSynced))
        return interrupted;
    {
        QFile readBack(temp);
        if (!readBack.open(QIODevice::ReadOnly))
            return cannotCreate();
        auto check = readStream(
            readBack,
            [&](const Header &) {
                return Result<SecretBytes>(SecretBytes::copyOf(streamKey.value().view()));
            },
            nullptr);
        if (!check || check.value().databaseDigest != written.value())
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate(
                                 "Backup", "The backup file did not read back correctly, so it "
                                           "was not kept. Please try another place."));
    }
    const QByteArray from = QFile::encodeName(temp);
    const QByteArray to = QFile::encodeName(dest.absoluteFilePath());
    int moved = -1;
    if (options.replace) {
        moved = ::rename(from.constData(), to.constData());
    } else {
        // link() refuses to replace a file that appeared meanwhile; file systems without
        // links (memory cards) fall back to a checked rename.
        moved = ::link(from.constData(), to.constData());
        if (moved != 0 && errno != EEXIST && !QFileInfo::exists(dest.absoluteFilePath()))
            moved = ::rename(from.constData(), to.constData());
    }
    if (moved != 0)
        return errno == EEXIST
                   ? makeError(ErrorCode::AlreadyExists,
                               QCoreApplication::translate(
                                   "Backup", "A file called %1 is already there; it was not "
                                             "replaced. Please choose another name.")
                                   .arg(dest.fileName()))
                   : makeError(ErrorCode::Io,
                               QCoreApplication::translate("Backup", "The backup file could not be "
                                                                     "saved there."));
    if (stopAt(WriteStep::Renamed))
        return interrupted;
    tempFile.remove();
    syncDirectory(dest.absolutePath());
    if (stopAt(WriteStep::DirectorySynced))
        return interrupted;
    qCInfo(lcStorage) << "backup written";
    return Info{manifest};
}

Result<Info> verify(const QString &file, const SecretBytes &passphrase, const QString &workDir)
{
    WorkFile staged(workDir + QStringLiteral("/.work-verify-") + newRandomId() +
                    QStringLiteral(".db"));
    auto opened = stage(file, passphrase, staged.path());
    if (!opened)
        return explainIfDiskFull(opened.error(), workDir);
    auto db = openStaged(staged.path(), opened.value().innerKey, Database::Mode::ReadOnly);
    if (!db)
        return explainIfDiskFull(db.error(), workDir);
    if (Status s = checkStaged(*db.value(), opened.value().manifest);
        !s && s.error().code != ErrorCode::BadInput)
        return s.error();
    auto records = count(*db.value(), "records");
    if (!records || records.value() != opened.value().manifest.records)
        return damagedBackup(
            QCoreApplication::translate("Backup", "its contents do not match its description."));
    return Info{opened.value().manifest};
}

Result<std::unique_ptr<Store>> restoreAsNewProfile(Profile &profile, const QString &file,
                                                   const SecretBytes &passphrase,
                                                   const SecretBytes &newPassphrase,
                                                   const KdfParams &kdf, const Clock &clock)
{
    // Refuse a pipe or device before the new folder exists, so nothing is left behind.
    {
        QFile in;
        if (QFileInfo::exists(file))
            if (Status s = openRegularFile(in, file); !s)
                return s.error();
    }
    if (Status s = profile.beginCreation(); !s)
        return s.error();
    const auto fail = [&](const Error &e) {
        profile.abandonCreation();
        return explainIfDiskFull(e, profile.directory());
    };
    SecretBytes databaseKey = SecretBytes::random(KeyFile::kDatabaseKeyBytes);
    Manifest manifest;
    {
        WorkFile staged(profile.newWorkFilePath(QStringLiteral("restore")));
        auto opened = stage(file, passphrase, staged.path());
        if (!opened)
            return fail(opened.error());
        manifest = opened.value().manifest;
        auto db = openStaged(staged.path(), opened.value().innerKey, Database::Mode::OpenExisting);
        if (!db)
            return fail(db.error());
        Database &src = *db.value();
        if (Status s = checkStaged(src, manifest); !s)
            return fail(s.error());
        if (Status s = createEmptyPrivateFile(profile.databasePath()); !s)
            return fail(s.error());
        if (Status s = src.attach(profile.databasePath(), "restored", databaseKey); !s)
            return fail(s.error());
        Status copied = src.transaction([&]() -> Status {
            if (Status s = src.exec("SELECT sqlcipher_export('restored');"); !s)
                return s;
            const QByteArray setVersion =
                "PRAGMA restored.user_version = " + QByteArray::number(manifest.schemaVersion) +
                ';';
            return src.exec(setVersion.constData());
        });
        (void)src.detach("restored");
        if (!copied)
            return fail(copied.error());
    }
    auto db = Database::open(profile.databasePath(), databaseKey, Database::Mode::OpenExisting);
    if (!db)
        return fail(db.error());
    Database &store = *db.value();
    if (Status s = migrate(store); !s) {
        db.value().reset();
        return fail(s.error());
    }
    const QString profileId = Meta(store).value(QStringLiteral("profile_id"));
    Status identity = store.transaction([&]() -> Status {
        // A restored profile is a new device: whatever named or belonged to the device the
        // backup came from (its id, its sync signing key, its sync pairs with their keys and
        // checkpoints) stays with that device: this one pairs again (docs/SYNC.md).
        if (Status s = store.exec("DELETE FROM meta WHERE key LIKE 'device\\_%' ESCAPE '\\';"); !s)
            return s;
        if (Status s = store.exec("DELETE FROM sync_pairs; DELETE FROM sync_devices; "
                                  "DELETE FROM sync_docs;");
            !s)
            return s;
        Meta meta(store);
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("device_id"), newRandomId()},
              std::pair{QStringLiteral("restored_at"), clock.now().toUTC().toString(Qt::ISODate)},
              std::pair{QStringLiteral("restored_from_device"), manifest.deviceId},
              std::pair{QStringLiteral("restored_from_backup_of"),
                        manifest.createdAt.toString(Qt::ISODate)}})
            if (Status s = meta.set(key, value); !s)
                return s;
        return {};
    });
    if (!identity || !isValidId(profileId) || profileId != manifest.profileId) {
        db.value().reset();
        return fail(identity ? damagedBackup(QCoreApplication::translate(
                                   "Backup", "its contents do not match its description."))
                             : identity.error());
    }
    auto restored = profile.commitCreation(std::move(db.value()), std::move(databaseKey), profileId,
                                           newPassphrase, kdf);
    if (!restored)
        return explainIfDiskFull(restored.error(), profile.directory());
    qCInfo(lcProfile) << "profile restored from a backup";
    return restored;
}

Result<MergeResult> merge(const Profile &profile, const SecretBytes &databaseKey,
                          const QString &file, const SecretBytes &passphrase, bool addOtherProfile,
                          bool *refusedAsOther)
{
    MergeResult result;
    WorkFile staged(profile.newWorkFilePath(QStringLiteral("restore")));
    auto opened = stage(file, passphrase, staged.path());
    if (!opened)
        return explainIfDiskFull(opened.error(), profile.directory());
    result.info.manifest = opened.value().manifest;
    {
        auto db = openStaged(staged.path(), opened.value().innerKey, Database::Mode::OpenExisting);
        if (!db)
            return explainIfDiskFull(db.error(), profile.directory());
        if (Status s = checkStaged(*db.value(), result.info.manifest); !s)
            return s.error();
        // Bring the copy (never the profile) up to this build's schema so the tables match.
        if (Status s = migrate(*db.value()); !s)
            return explainIfDiskFull(s.error(), profile.directory());
        if (Status s = db.value()->checkpoint(); !s)
            return explainIfDiskFull(s.error(), profile.directory());
    }
    auto db = Database::open(profile.databasePath(), databaseKey, Database::Mode::OpenExisting);
    if (!db)
        return explainIfDiskFull(db.error(), profile.directory());
    Database &store = *db.value();
    const QString role = Meta(store).value(QStringLiteral("role"));
    if (role != result.info.manifest.role)
        return roleMismatch(result.info.manifest.role);
    result.fromOtherProfile =
        Meta(store).value(QStringLiteral("profile_id")) != result.info.manifest.profileId;
    if (result.fromOtherProfile && !addOtherProfile) {
        if (refusedAsOther)
            *refusedAsOther = true;
        return otherProfile(result.info.manifest);
    }
    if (Status s = store.attach(staged.path(), "staged", opened.value().innerKey); !s)
        return explainIfDiskFull(s.error(), profile.directory());
    Status merged = store.transaction([&]() -> Status {
        auto records = copyableColumns(store, QStringLiteral("records"));
        auto drafts = copyableColumns(store, QStringLiteral("drafts"));
        if (!records || !drafts)
            return !records ? records.error() : drafts.error();
        const QByteArray addRecords =
            "INSERT INTO main.records (" + records.value() + ") SELECT " + records.value() +
            " FROM staged.records s WHERE s.id NOT IN (SELECT id FROM main.records) ORDER BY "
            "s.seq;";
        if (Status s = store.exec(addRecords.constData()); !s)
            return s;
        result.recordsAdded = store.changes();
        const QByteArray addDrafts =
            "INSERT OR REPLACE INTO main.drafts (" + drafts.value() + ") SELECT " + drafts.value() +
            " FROM staged.drafts s WHERE NOT EXISTS (SELECT 1 FROM main.drafts d WHERE d.key = "
            "s.key AND d.updated_at >= s.updated_at);";
        if (Status s = store.exec(addDrafts.constData()); !s)
            return s;
        result.draftsAdded = store.changes();
        if (Status s = store.exec("INSERT INTO main.settings (key, value) SELECT key, value FROM "
                                  "staged.settings WHERE key NOT IN (SELECT key FROM "
                                  "main.settings);");
            !s)
            return s;
        result.settingsAdded = store.changes();
        return {};
    });
    (void)store.detach("staged");
    if (!merged)
        return explainIfDiskFull(merged.error(), profile.directory());
    qCInfo(lcStorage) << "backup merged into the profile";
    return result;
}

} // namespace dit::backup
