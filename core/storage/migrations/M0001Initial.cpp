#include "Migrations.h"
#include "storage/Database.h"

namespace dit::migrations {

// Everything a person enters is an immutable record with a random id; an edit is a new
// record naming its parent, and all versions of one thing share a thread id (docs/ARCHITECTURE.md).
Status m0001Initial(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE records (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    thread     TEXT NOT NULL,
    parent     TEXT,
    subject    TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    schema     INTEGER NOT NULL,
    body       TEXT NOT NULL
);
CREATE INDEX records_by_kind ON records(kind, subject, created_at);
CREATE INDEX records_by_thread ON records(thread);
CREATE INDEX records_by_parent ON records(parent);

CREATE TRIGGER records_are_immutable BEFORE UPDATE ON records
BEGIN
    SELECT RAISE(ABORT, 'records are immutable');
END;
)sql");
}

} // namespace dit::migrations
