// Making a profile: the creation marker, the store, its first records, the count of wrong
// passphrases and, last, the key file that commits it (docs/ARCHITECTURE.md).
#include "DiskSpace.h"
#include "Migrations.h"
#include "Profile.h"
#include "ProfileFiles.h"
#include "common/Ids.h"
#include "common/Logging.h"
#include "common/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dit {

using namespace profilefiles;

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
    // Any failure before the key file is written closes the store and clears the folder.
    const auto fail = [&](const Error &e) {
        db.reset();
        abandonCreation();
        return e;
    };
    auto keyFile = KeyFile::create(profileId, databaseKey, passphrase, kdf);
    if (!keyFile)
        return fail(keyFile.error());
    // The count of wrong passphrases exists from the creation on, before the key file that
    // says so (KeyFile::keepsAttemptCount): its absence later is a lost record.
    m_throttle.setOwner(profileId, true);
    if (Status s = m_throttle.reset(); !s)
        return fail(s.error());
    // The key file is the commit point: until it exists, the folder holds nothing usable.
    if (Status s = writeFileAtomically(creationMarkerPath(), kCreatingCommitting); !s)
        return fail(s.error());
    if (Status s = writeKeyFile(keyFile.value()); !s)
        return fail(s.error());
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

} // namespace dit
