// A profile folder's files as files: setting a damaged profile aside, the work files of
// backups and restores, and wiping everything (docs/SECURITY.md, deleting everything).
#include "HandedOver.h"
#include "Profile.h"
#include "ProfileFiles.h"
#include "common/Ids.h"
#include "common/Logging.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

namespace dit {

using namespace profilefiles;

namespace {
constexpr qint64 kStaleWorkFileSeconds = 3600;

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
} // namespace

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
    // 1. The keys: without them the rest is unreadable. The key file names the profile whose
    // copy of the count the keystore keeps, which goes with them.
    (void)throttle();
    QStringList keyFiles = names(kKeyFile);
    keyFiles += names(QLatin1Char('.') + kKeyFile + QStringLiteral(".tmp-*"));
    for (const QString &name : keyFiles)
        if (Status s = destroyFile(dir.filePath(name)); !s)
            return s;
    syncDirectory(m_dir);
    qCInfo(lcProfile) << "profile keys destroyed";
    m_throttle.removeKeptCopy();
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
