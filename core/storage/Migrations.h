#pragma once

#include "Database.h"

#include <vector>

namespace dit {

// A schema change from version - 1 to version. All pending ones run in one transaction
// together with the user_version bumps, so a kill or a full disk leaves the old version intact.
struct Migration
{
    int version;
    const char *description;
    Status (*apply)(Database &db);
};

const std::vector<Migration> &allMigrations();
int latestSchemaVersion();

// Brings the database up to `target` (default: latest). Refuses a database newer than
// this build knows, rather than guessing.
Status migrate(Database &db, int target = -1);

} // namespace dit
