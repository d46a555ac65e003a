#include "AppInfo.h"

#include "AppContext.h"

namespace dit {

QString AppInfo::serviceName() const
{
    return AppContext::instance()->service().serviceName();
}

QString AppInfo::serviceProblem() const
{
    return AppContext::instance()->serviceProblem();
}

} // namespace dit
