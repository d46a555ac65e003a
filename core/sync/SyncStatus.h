#pragma once

#include "HttpClient.h"
#include "storage/Store.h"

#include <QString>

namespace dit::sync {

// The plain words the sync status line shows (docs/SYNC.md). One place, so the app, ditc
// and the tests agree.
namespace status {
QString notReachable();    // "server not reachable"
QString accessWithdrawn(); // "access was withdrawn"
QString recordRejected();  // "a record failed its check and was not applied"
QString serverProblem();   // the server answered with an error or nonsense
QString peerUnpaired();    // the other device unpaired
QString unpairedHere();    // this device unpaired
// A device that is not one of the pair's two announced itself: refused, kept until re-paired.
QString anotherDevice(Role here);
// A record the other device numbered has not arrived after a whole pass.
QString recordWithheld(Role author);
// The other device has joined; this device's person has not confirmed the check words yet.
QString awaitingConfirmation();
// The other device runs an older version of the app (before roles and record numbers).
QString olderVersion();

// The failure for a response that is not a success, in those words.
QString forResponse(const HttpResponse &response);
} // namespace status

} // namespace dit::sync
