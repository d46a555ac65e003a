#include "AppInfo.h"

#include "AppContext.h"
#include "service/ServiceCheck.h"

namespace dit {

AppInfo *AppInfo::create(QQmlEngine *engine, QJSEngine *)
{
    auto *info = new AppInfo(AppContext::of(engine));
    QJSEngine::setObjectOwnership(info, QJSEngine::CppOwnership);
    return info;
}

QString AppInfo::serviceName() const
{
    return m_ctx.service().serviceName();
}

QString AppInfo::serviceProblem() const
{
    return m_ctx.serviceProblem();
}

QStringList AppInfo::serviceProblems() const
{
    if (!m_serviceProblems)
        m_serviceProblems = checkServiceFolder(m_ctx.options().serviceDir);
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
