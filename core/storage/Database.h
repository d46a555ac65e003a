#pragma once

#include "Statement.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace dit {

class WriteGate;

// One connection to a SQLCipher database through its C API (docs/ARCHITECTURE.md: never QSQLITE).
// Cipher settings are pinned on every open so files stay readable by SQLCipher 4 builds with
// `PRAGMA cipher_compatibility = 3`.
class Database
{
public:
    // ReadOnly never writes the store or its WAL, and closing it never checkpoints: used to
    // check a store before anything may change it (SQLite still rebuilds the -shm index).
    // ReadOnlyFile reads the store file alone, taking no locks and making no -wal or -shm
    // (SQLite's "immutable"): only for a store nothing can write, whose WAL is absent or empty.
    enum class Mode { CreateNew, OpenExisting, ReadOnly, ReadOnlyFile };
    // Databases attached to a read-only connection are read-only too, unless it is opened
    // for copying: then only the store itself is read-only, and a work copy attached to it
    // can be written (a backup of a store that cannot be written, docs/ARCHITECTURE.md).
    enum class Attached { ReadOnly, Writable };

    // With an empty key the database is plain SQLite; only benchmarks use that, as the
    // unencrypted baseline "through the same code".
    static Result<std::unique_ptr<Database>> open(const QString &path, const SecretBytes &rawKey,
                                                  Mode mode,
                                                  Attached attached = Attached::ReadOnly);
    // A private, unencrypted in-memory database for public data only (the psychoeducation
    // search index). Nothing a person entered may go here: it is not encrypted.
    static Result<std::unique_ptr<Database>> openInMemory();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status exec(const char *sql);
    // Opened for reading only on purpose: every transaction is refused with this reason
    // (a full disk, a read-only store) instead of SQLite's own words.
    void refuseWrites(Error reason) { m_writesRefused = std::move(reason); }
    // Every write waits for `gate`, the store's integrity check running on another connection
    // (BackgroundCheck), and is refused if it fails: a transaction, a statement that writes,
    // a checkpoint, and (through SQLite's commit hook) any commit at all. Until the gate has
    // passed, closing does not checkpoint either, so a store found damaged is left as found.
    void holdWritesUntil(std::shared_ptr<WriteGate> gate);
    // Prepared once per connection and SQL text: a statement done with goes back to the
    // connection's cache, reset and its bindings cleared, and the next prepare of the same text
    // takes it from there (`Reuse::Once`: prepared for this use alone, finalized after it).
    enum class Reuse { Cached, Once };
    Result<Statement> prepare(const char *sql, Reuse reuse = Reuse::Cached);
    // Idle statements kept for reuse (for tests).
    qsizetype cachedStatements() const { return m_statements->size(); }
    // Runs `work` in an IMMEDIATE transaction; commits if it succeeds, rolls back otherwise.
    Status transaction(const std::function<Status()> &work);

    // ATTACH another SQLCipher database under `schema` (a name from code, never input),
    // keyed with its own raw key through a bound parameter (never SQL text), cipher settings
    // pinned as for the main one. An empty file becomes a new database.
    Status attach(const QString &path, const char *schema, const SecretBytes &rawKey);
    Status detach(const char *schema);

    Result<int> userVersion();
    Status setUserVersion(int version);
    // PRAGMA integrity_check (thorough) or quick_check (faster, skips index consistency).
    // `stop`, when given and set from another thread, interrupts a check under way.
    Status checkIntegrity(bool thorough, const std::atomic<bool> *stop = nullptr);
    Status checkpoint(); // folds the WAL into the main file
    int changes() const; // rows changed by the last statement
    // The store's size in pages as SQLite sees it (the WAL included) and its page size.
    Result<qint64> pageCount();
    Result<qint64> pageSize();

    QString path() const { return m_path; }
    sqlite3 *handle() { return m_db; }

private:
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    Status configure(const SecretBytes &rawKey, Mode mode);
    Status writesAllowed() const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::shared_ptr<StatementCache> m_statements = std::make_shared<StatementCache>();
    std::optional<Error> m_writesRefused;
    std::shared_ptr<WriteGate> m_gate;
};

} // namespace dit
