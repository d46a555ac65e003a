#include "Migrations.h"
#include "storage/Database.h"

namespace dit::migrations {

// Confirming the pair (docs/SYNC.md, "Confirming the pair"): when the other device's person
// confirmed the check words, as that device's signed confirmation says; empty until it arrives.
Status m0005PeerConfirmation(Database &db)
{
    return db.exec(R"sql(
ALTER TABLE sync_devices ADD COLUMN peer_confirmed_at INTEGER;
)sql");
}

} // namespace dit::migrations
