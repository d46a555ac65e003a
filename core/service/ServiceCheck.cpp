#include "ServiceCheck.h"

#include "ServiceConfig.h"
#include "learn/LearnLibrary.h"
#include "measures/MeasuresConfig.h"

#include <QCoreApplication>
#include <QDir>

namespace dit {

QStringList checkServiceFolder(const QString &folder)
{
    if (folder.isEmpty())
        return {};
    const QDir dir(folder);
    if (!dir.exists())
        return {QCoreApplication::translate("ServiceConfig", "%1: no such folder.").arg(folder)};
    QStringList problems = ServiceConfig::problemsIn(folder);
    problems += MeasuresConfig::load(folder).problems;
    if (dir.exists(QStringLiteral("learn"))) {
        LearnLibrary library;
        for (const LoadProblem &p : library.loadFolder(dir.filePath(QStringLiteral("learn"))))
            problems.append(p.text());
    }
    return problems;
}

} // namespace dit
