#include "Paths.h"

#include <QStandardPaths>

namespace dit {

QString defaultProfileDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profiles/default");
}

} // namespace dit
