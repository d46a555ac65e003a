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

QString anotherDevice(Role here)
{
    return here == Role::Therapist
               ? QCoreApplication::translate(
                     "Sync", "another device tried to join this pairing and was refused; to be "
                             "safe, unpair and pair again with the patient in the room")
               : QCoreApplication::translate(
                     "Sync", "another device tried to join this pairing and was refused; to be "
                             "safe, unpair and pair again with your therapist in the room");
}

QString awaitingConfirmation()
{
    return QCoreApplication::translate(
        "Sync", "the other device has joined: compare the four check words on both screens "
                "to start sharing");
}

QString recordWithheld(Role author)
{
    return author == Role::Patient
               ? QCoreApplication::translate("Sync",
                                             "a record from the patient's phone has not arrived: "
                                             "the server may be holding it back")
               : QCoreApplication::translate("Sync", "a record from the therapist's tablet has not "
                                                     "arrived: the server may be holding it back");
}

QString olderVersion()
{
    return QCoreApplication::translate(
        "Sync", "the other device has an older version of the app; update both and pair again");
}

QString forResponse(const HttpResponse &response)
{
    if (response.failure == HttpResponse::Failure::TooLarge)
        return serverProblem(); // an answer far larger than any the protocol gives
    if (response.failure != HttpResponse::Failure::None)
        return notReachable();
    if (response.status == 401 || response.status == 403)
        return accessWithdrawn();
    return serverProblem();
}

} // namespace dit::sync::status
