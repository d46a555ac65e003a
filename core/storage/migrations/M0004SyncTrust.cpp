#include "Migrations.h"
#include "storage/Database.h"

namespace dit::migrations {

// Sync's trust model (docs/SYNC.md, "Who may write what"): each device of a pair has a role
// (and, later, when its person confirmed it); each document sent or received keeps its
// author and the author's number for it, so a record the server holds back is noticed; a
// pair keeps a warning (another device tried to join) until it is made again.
Status m0004SyncTrust(Database &db)
{
    return db.exec(R"sql(
ALTER TABLE sync_devices ADD COLUMN role TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_devices ADD COLUMN confirmed_at INTEGER;
ALTER TABLE sync_docs ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_docs ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_pairs ADD COLUMN warning TEXT NOT NULL DEFAULT '';
)sql");
}

} // namespace dit::migrations
