#include "Migrations.h"
#include "storage/Database.h"

namespace dit::migrations {

// Optional end-to-end encrypted sync (docs/SYNC.md). Everything here is bound to this device
// (its pairs, their keys and checkpoints): backups do not carry it (backup::unmergedTables),
// a restored device pairs again.
Status m0003Sync(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE sync_pairs (
    id             TEXT PRIMARY KEY NOT NULL,
    subject        TEXT NOT NULL DEFAULT '',
    label          TEXT NOT NULL DEFAULT '',
    server_url     TEXT NOT NULL,
    pair_key       BLOB NOT NULL,
    created_at     INTEGER NOT NULL,
    state          TEXT NOT NULL DEFAULT 'active',
    push_seq       INTEGER NOT NULL DEFAULT 0,
    pull_since     TEXT NOT NULL DEFAULT '0',
    session        TEXT NOT NULL,
    generation     INTEGER NOT NULL DEFAULT 0,
    last_synced_at INTEGER,
    last_failure   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE sync_devices (
    pair_id    TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    public_key BLOB NOT NULL,
    PRIMARY KEY (pair_id, device_id)
) WITHOUT ROWID;

CREATE TABLE sync_docs (
    pair_id   TEXT NOT NULL,
    doc_id    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    origin    TEXT NOT NULL,
    PRIMARY KEY (pair_id, doc_id)
) WITHOUT ROWID;
CREATE INDEX sync_docs_by_record ON sync_docs(pair_id, record_id);
)sql");
}

} // namespace dit::migrations
