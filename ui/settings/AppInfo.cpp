#include "AppInfo.h"

#include "AppContext.h"
#include "service/ServiceCheck.h"

namespace dit {

QString AppInfo::serviceName() const
{
    return AppContext::instance()->service().serviceName();
}

QString AppInfo::serviceProblem() const
{
    return AppContext::instance()->serviceProblem();
}

QStringList AppInfo::serviceProblems() const
{
    if (!m_serviceProblems)
        m_serviceProblems = checkServiceFolder(AppContext::instance()->options().serviceDir);
    return *m_serviceProblems;
}

QString AppInfo::serviceProblemsText() const
{
    QStringList lines;
    for (const QString &p : serviceProblems())
        lines.append(QStringLiteral("• ") + p);
    return lines.join(QLatin1Char('\n'));
}

} // namespace dit
