#include "Migrations.h"
#include "storage/Database.h"

namespace dit::migrations {

// Work in progress (a half-answered form, a reply being typed) is saved as the person goes,
// so a killed app loses nothing; a draft becomes an immutable record when it is submitted.
Status m0002Drafts(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE drafts (
    key        TEXT PRIMARY KEY NOT NULL,
    kind       TEXT NOT NULL,
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql");
}

} // namespace dit::migrations
