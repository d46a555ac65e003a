#include "Migrations.h"
#include "storage/Database.h"

namespace dit::migrations {

// Sync sends several records in one server document, a bundle (docs/SYNC.md, "Bundles"): each
// record sent keeps the logical id of the bundle it went in, so after a server restore the
// device asks whether that bundle is still there rather than sending everything again.
Status m0007SyncBundles(Database &db)
{
    return db.exec(R"sql(
ALTER TABLE sync_docs ADD COLUMN bundle TEXT NOT NULL DEFAULT '';
)sql");
}

} // namespace dit::migrations
