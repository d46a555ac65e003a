#pragma once

#include "common/Result.h"

namespace dit {
class Database;
}

namespace dit::migrations {

Status m0001Initial(Database &db);
Status m0002Drafts(Database &db);
Status m0003Sync(Database &db);
Status m0004SyncTrust(Database &db);
Status m0005PeerConfirmation(Database &db);
Status m0006RiskIndex(Database &db);
Status m0007SyncBundles(Database &db);

} // namespace dit::migrations
