#include "SyncStatus.h"

#include <QCoreApplication>

namespace dit::sync::status {

QString notReachable()
{
    return QCoreApplication::translate("Sync", "server not reachable");
}

QString accessWithdrawn()
{
    return QCoreApplication::translate("Sync", "access was withdrawn");
}

QString recordRejected()
{
    return QCoreApplication::translate("Sync", "a record failed its check and was not applied");
}

QString serverProblem()
{
    return QCoreApplication::translate("Sync", "the server had a problem; will try again");
}

QString peerUnpaired()
{
    return QCoreApplication::translate("Sync", "the other device unpaired");
}

QString unpairedHere()
{
    return QCoreApplication::translate("Sync", "unpaired on this device");
}

QString forResponse(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None)
        return notReachable();
    if (response.status == 401 || response.status == 403)
        return accessWithdrawn();
    return serverProblem();
}

} // namespace dit::sync::status
