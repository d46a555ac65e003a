#include "Profile.h"

#include "Migrations.h"
#include "common/Ids.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace dit {

namespace {
const QString kKeyFile = QStringLiteral("key");
const QString kStoreFile = QStringLiteral("store.db");
const QString kAttemptsFile = QStringLiteral("attempts");
const QString kCreating = QStringLiteral("creating");

Error lockedOut(qint64 seconds)
{
    return makeError(ErrorCode::LockedOut,
                     QCoreApplication::translate(
                         "Storage", "Too many attempts. Please wait %n second(s) and try again.",
                         nullptr, int(seconds)));
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
    if (QFile::exists(creationMarkerPath()) && !hasKey)
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

void Profile::removeIncompleteCreation()
{
    if (!QFile::exists(creationMarkerPath()) || QFile::exists(keyFilePath()))
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(databasePath() + suffix);
    QFile::remove(creationMarkerPath());
}

Result<std::unique_ptr<Store>> Profile::create(const SecretBytes &passphrase, Role role,
                                               const KdfParams &kdf, int schemaVersion)
{
    removeIncompleteCreation();
    if (inspect().state != State::Missing)
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate(
                             "Storage", "A profile already exists in this folder; it was not "
                                        "replaced."));
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Storage", "Could not create the profile folder."));
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (Status s = writeFileAtomically(creationMarkerPath(), "1"); !s)
        return s.error();

    SecretBytes databaseKey = SecretBytes::random(KeyFile::kDatabaseKeyBytes);
    const QString profileId = newRandomId();
    auto db = Database::open(databasePath(), databaseKey, Database::Mode::CreateNew);
    if (!db)
        return db.error();
    QFile::setPermissions(databasePath(), QFile::ReadOwner | QFile::WriteOwner);
    if (Status s = migrate(*db.value(), schemaVersion); !s)
        return s.error();
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
    if (!metaWritten)
        return metaWritten.error();

    auto keyFile = KeyFile::create(profileId, databaseKey, passphrase, kdf);
    if (!keyFile)
        return keyFile.error();
    // The key file is the commit point: until it exists, the folder holds nothing usable.
    if (Status s = writeKeyFile(keyFile.value()); !s)
        return s.error();
    QFile::remove(creationMarkerPath());
    syncDirectory(m_dir);
    m_throttle.reset();
    qCInfo(lcProfile).noquote() << "created a" << roleName(role) << "profile";
    return std::make_unique<Store>(std::move(db.value()), std::move(databaseKey), m_clock);
}

Result<SecretBytes> Profile::checkPassphrase(const KeyFile &keyFile, const SecretBytes &passphrase)
{
    if (const qint64 wait = m_throttle.secondsRemaining(); wait > 0)
        return lockedOut(wait);
    auto key = keyFile.unwrapWithPassphrase(passphrase);
    if (!key) {
        if (key.error().code == ErrorCode::WrongPassphrase)
            m_throttle.recordFailure();
        return key.error();
    }
    m_throttle.reset();
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
    auto key = checkPassphrase(keyFile.value(), passphrase);
    if (!key)
        return key.error();
    return openStore(keyFile.value(), std::move(key.value()));
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

Result<std::unique_ptr<Store>> Profile::openStore(const KeyFile &keyFile, SecretBytes databaseKey)
{
    removeStaleTemporaries(keyFilePath());
    auto db = Database::open(databasePath(), databaseKey, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    if (Status s = db.value()->checkIntegrity(false); !s)
        return s.error();
    if (Status s = migrate(*db.value()); !s)
        return s.error();
    if (Meta(*db.value()).value(QStringLiteral("profile_id")) != keyFile.profileId())
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("Storage", "The key file belongs to a different profile."));
    return std::make_unique<Store>(std::move(db.value()), std::move(databaseKey), m_clock);
}

Status Profile::writeKeyFile(const KeyFile &keyFile, const FaultInjector &fault)
{
    return writeFileAtomically(keyFilePath(), keyFile.serialize(), fault);
}

Status Profile::changePassphrase(const SecretBytes &oldPassphrase, const SecretBytes &newPassphrase,
                                 const KdfParams &kdf, const FaultInjector &fault)
{
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
    auto keyFile = KeyFile::read(keyFilePath());
    if (!keyFile)
        return keyFile.error();
    keyFile.value().setKeystoreWrap(store.databaseKey(), keystoreKey);
    return writeKeyFile(keyFile.value());
}

Status Profile::disableQuickUnlock()
{
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
