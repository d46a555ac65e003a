#include "YourData.h"

#include "AppContext.h"
#include "Background.h"
#include "backup/Backup.h"
#include "common/Logging.h"
#include "common/TestHooks.h"
#include "storage/PassphrasePolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dit {

namespace {
using StoreResult = Result<std::unique_ptr<Store>>;

QString quickUnlockName(const QString &profileId)
{
    return QStringLiteral("quick-unlock/") + profileId;
}

// The folder of the last backup made, kept for the next one (in the encrypted store).
constexpr char kBackupFolderSetting[] = "backup_folder";

std::shared_ptr<SecretBytes> guarded(QString &text)
{
    return std::make_shared<SecretBytes>(SecretBytes::fromPassphrase(text));
}
} // namespace

YourData::YourData(AppContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    // A new profile (made or restored) clears the note about set-aside files.
    connect(&m_ctx, &AppContext::storeOpened, this, [this] {
        Q_EMIT backupFolderChanged(); // this profile's own last folder
        if (!m_setAsideFolder.isEmpty()) {
            m_setAsideFolder.clear();
            Q_EMIT setAsideFolderChanged();
        }
    });
}

YourData *YourData::create(QQmlEngine *engine, QJSEngine *)
{
    auto *d = new YourData(AppContext::of(engine));
    QJSEngine::setObjectOwnership(d, QJSEngine::CppOwnership);
    return d;
}

void YourData::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

bool YourData::needsPassphraseForBackup() const
{
    return !m_ctx.options().demo; // the demo's passphrase is random bytes nobody knows
}

QString YourData::suggestedBackupPath() const
{
    Store *store = m_ctx.store();
    QString folder =
        store ? store->settings().value(QString::fromLatin1(kBackupFolderSetting)) : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(
        QStringLiteral("dit-companion-backup-%1%2")
            .arg(m_ctx.clock().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                 QString::fromLatin1(backup::kFileSuffix)));
}

QString YourData::placeInWords(const QString &path) const
{
    const QFileInfo file(path);
    const QString folder = QDir::cleanPath(file.absolutePath());
    auto is = [&folder](QStandardPaths::StandardLocation location) {
        const QString place = QStandardPaths::writableLocation(location);
        return !place.isEmpty() && QDir::cleanPath(place) == folder;
    };
    QString where = QDir::toNativeSeparators(folder);
    if (is(QStandardPaths::DocumentsLocation))
        where = tr("Documents");
    else if (is(QStandardPaths::DownloadLocation))
        where = tr("Downloads");
    else if (QDir::cleanPath(QDir::homePath()) == folder)
        where = tr("your home folder");
    //: %1 is a folder ("Documents", or a path), %2 the backup's file name.
    return tr("%1, as %2").arg(where, file.fileName());
}

QString YourData::localPath(const QUrl &url) const
{
    return url.isLocalFile() ? QDir::toNativeSeparators(url.toLocalFile()) : QString();
}

void YourData::createBackup(const QString &path, QString appPassphrase, QString backupPassphrase,
                            QString confirmation)
{
    const QString problem = passphrase::problemWith(backupPassphrase, confirmation);
    // Any of the three may share one buffer: convert, then wipe (SecretBytes.h).
    auto current = std::make_shared<SecretBytes>(SecretBytes::fromText(appPassphrase));
    auto secret = std::make_shared<SecretBytes>(SecretBytes::fromText(backupPassphrase));
    wipeString(appPassphrase);
    wipeString(backupPassphrase);
    wipeString(confirmation);
    Store *store = m_ctx.store();
    if (!problem.isEmpty() || !store || m_busy) {
        Q_EMIT backupFinished(false, problem);
        return;
    }
    auto key = std::make_shared<SecretBytes>(SecretBytes::copyOf(store->databaseKey().view()));
    const bool check = needsPassphraseForBackup();
    const Clock &clock = m_ctx.clock();
    setBusy(true);
    runInBackground<Result<backup::Info>>(
        this,
        [profile = m_ctx.profile(), current, secret, key, check, path,
         &clock]() mutable -> Result<backup::Info> {
            if (check)
                if (Status s = profile.verifyPassphrase(*current); !s)
                    return s.error();
            return backup::create(profile, *key, path, *secret, kdfParamsForNewKeys(),
                                  QCoreApplication::applicationVersion(), clock);
        },
        [this, path](Result<backup::Info> &result) {
            setBusy(false);
            if (!result) {
                Q_EMIT backupFinished(false, result.error().message);
                return;
            }
            const backup::Manifest &m = result.value().manifest;
            // The next backup goes to the same folder (a failure to note it loses nothing).
            if (Store *open = m_ctx.store()) {
                const QString folder = QFileInfo(path).absolutePath();
                if (open->settings().setValue(QString::fromLatin1(kBackupFolderSetting), folder))
                    Q_EMIT backupFolderChanged();
            }
            Q_EMIT backupFinished(
                true, tr("Your backup is saved in %1. It holds %n record(s). Keep it somewhere "
                         "safe, away from this device, and remember its passphrase: nobody can "
                         "open it without it.",
                         nullptr, int(m.records))
                          .arg(placeInWords(path)));
        });
}

void YourData::restoreIntoThisProfile(const QString &path, QString backupPassphrase)
{
    Store *store = m_ctx.store();
    if (!store || m_busy || backupPassphrase.isEmpty()) {
        wipeString(backupPassphrase);
        Q_EMIT restoreFinished(false, tr("Please type the backup’s passphrase."));
        return;
    }
    auto secret = guarded(backupPassphrase);
    auto key = std::make_shared<SecretBytes>(SecretBytes::copyOf(store->databaseKey().view()));
    setBusy(true);
    runInBackground<Result<backup::MergeResult>>(
        this,
        [profile = m_ctx.profile(), secret, key, path] {
            return backup::merge(profile, *key, path, *secret);
        },
        [this](Result<backup::MergeResult> &result) {
            setBusy(false);
            if (!result) {
                Q_EMIT restoreFinished(false, result.error().message);
                return;
            }
            Q_EMIT restoreFinished(
                true, tr("%n item(s) from the backup were added. Nothing that was already here "
                         "was changed.",
                         nullptr, int(result.value().recordsAdded)));
        });
}

void YourData::restoreAsNewProfile(const QString &path, QString backupPassphrase,
                                   QString newPassphrase, QString confirmation)
{
    const QString problem = passphrase::problemWith(newPassphrase, confirmation);
    // Any of the three may share one buffer: convert, then wipe (SecretBytes.h).
    auto secret = std::make_shared<SecretBytes>(SecretBytes::fromText(backupPassphrase));
    auto chosen = std::make_shared<SecretBytes>(SecretBytes::fromText(newPassphrase));
    wipeString(backupPassphrase);
    wipeString(newPassphrase);
    wipeString(confirmation);
    if (!problem.isEmpty() || m_busy || m_ctx.store() ||
        m_ctx.profile().inspect().state != Profile::State::Missing) {
        Q_EMIT restoreFinished(false, problem);
        return;
    }
    const Clock &clock = m_ctx.clock();
    setBusy(true);
    runInBackground<StoreResult>(
        this,
        [profile = m_ctx.profile(), secret, chosen, path, &clock]() mutable {
            return backup::restoreAsNewProfile(profile, path, *secret, *chosen,
                                               kdfParamsForNewKeyFile(), clock);
        },
        [this](StoreResult &result) {
            setBusy(false);
            if (!result) {
                Q_EMIT restoreFinished(false, result.error().message);
                return;
            }
            Q_EMIT restoreFinished(true, tr("Your backup has been restored."));
            m_ctx.switchProfile(m_ctx.profile().directory());
            m_ctx.openStore(std::move(result.value()));
        });
}

bool YourData::setAsideDamagedProfile()
{
    // The session says damaged (the files may look whole until opened); never an open store.
    if (m_busy || m_ctx.store() || m_ctx.profile().inspect().state == Profile::State::Missing)
        return false;
    auto moved = m_ctx.profile().setAside();
    if (!moved)
        return false;
    m_setAsideFolder = QDir::toNativeSeparators(moved.value());
    Q_EMIT setAsideFolderChanged();
    m_ctx.switchProfile(m_ctx.profile().directory()); // nothing there now: the welcome page
    return true;
}

bool YourData::deleteEverything()
{
    if (m_busy)
        return false;
    Store *store = m_ctx.store();
    const QString profileId = store ? store->profileId() : QString();
    const bool hadQuickUnlock = m_ctx.profile().hasQuickUnlock();
    m_ctx.closeStore(); // closes the database and wipes its key first
    const Status s = m_ctx.profile().wipe();
    if (hadQuickUnlock && !profileId.isEmpty())
        m_ctx.keystore().remove(quickUnlockName(profileId), [](const Status &removed) {
            if (!removed)
                qCWarning(lcProfile) << "the quick-unlock key could not be removed from the "
                                        "keystore";
        });
    m_ctx.switchProfile(m_ctx.profile().directory());
    Q_EMIT deleteFinished(s.ok(), s.ok() ? tr("Everything has been deleted.") : s.error().message);
    return s.ok();
}

} // namespace dit
