#include "HandedOver.h"

#include "AtomicFile.h"
#include "common/Ids.h"
#include "common/RegularFile.h"

#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace dit::handedover {

namespace {

QString pathIn(const QString &dir)
{
    return dir + QLatin1Char('/') + QString::fromLatin1(kFileName);
}

} // namespace

Status begin(const QString &profileDir, const QString &patientId)
{
    return writeFileAtomically(pathIn(profileDir), patientId.toLatin1());
}

QString patientId(const QString &profileDir)
{
    if (!active(profileDir))
        return {};
    // Read like the key file: a regular file only, size checked first (a named pipe must not
    // hang the start); anything else there still means "handed over".
    const auto bytes = readRegularFile(pathIn(profileDir), 64);
    if (!bytes)
        return QStringLiteral("?");
    const QString id = QString::fromLatin1(bytes.value()).trimmed();
    // Anything else there still means "handed over": an unreadable marker must not unlock.
    return isValidId(id) ? id : QStringLiteral("?");
}

bool active(const QString &profileDir)
{
    // Anything at the name, even a link to nothing, means handed over.
    struct stat st
    {};
    return ::lstat(QFile::encodeName(pathIn(profileDir)).constData(), &st) == 0;
}

Status end(const QString &profileDir)
{
    if (!active(profileDir))
        return {};
    if (::unlink(QFile::encodeName(pathIn(profileDir)).constData()) != 0)
        return makeError(ErrorCode::Io,
                         QStringLiteral("the hand-over marker could not be removed"));
    syncDirectory(profileDir);
    return {};
}

} // namespace dit::handedover
