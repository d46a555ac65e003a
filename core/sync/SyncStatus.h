#pragma once

#include "HttpClient.h"

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

// The failure for a response that is not a success, in those words.
QString forResponse(const HttpResponse &response);
} // namespace status

} // namespace dit::sync
