#include "HandedOver.h"

#include "AtomicFile.h"
#include "common/Ids.h"

#include <QFile>

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
    QFile f(pathIn(profileDir));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString id = QString::fromLatin1(f.read(64)).trimmed();
    // Anything else there still means "handed over": an unreadable marker must not unlock.
    return isValidId(id) ? id : QStringLiteral("?");
}

bool active(const QString &profileDir)
{
    return QFile::exists(pathIn(profileDir));
}

Status end(const QString &profileDir)
{
    if (!QFile::exists(pathIn(profileDir)))
        return {};
    if (!QFile::remove(pathIn(profileDir)))
        return makeError(ErrorCode::Io,
                         QStringLiteral("the hand-over marker could not be removed"));
    syncDirectory(profileDir);
    return {};
}

} // namespace dit::handedover
