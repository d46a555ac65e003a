#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace dit {

// The prepared statements of one connection that are not in use, one per SQL text, so a query
// run again is not prepared again (docs/PERFORMANCE.md, "Sync, speed"). A statement comes back
// reset, its bindings cleared; the connection finalizes them all before it closes. Safe to use from
// more than one thread (the connection is opened in SQLite's serialized mode).
class StatementCache
{
public:
    ~StatementCache() { clear(); }
    // An idle statement for `sql`, taken out of the cache; null if there is none.
    sqlite3_stmt *take(const QByteArray &sql);
    // Resets `stmt` and keeps it for the next prepare of `sql`, or finalizes it (one for that
    // text is kept already, or the cache is full).
    void giveBack(const QByteArray &sql, sqlite3_stmt *stmt);
    void clear(); // finalizes every idle statement
    qsizetype size() const;

private:
    static constexpr qsizetype kMaxIdle = 128;
    mutable QMutex m_mutex;
    QHash<QByteArray, sqlite3_stmt *> m_idle;
};

// A prepared statement. Bind by 1-based index, step, read columns by 0-based index.
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    // One that goes back to `cache` (if it still exists) when done with, instead of being
    // finalized.
    Statement(sqlite3 *db, sqlite3_stmt *stmt, std::weak_ptr<StatementCache> cache, QByteArray sql)
        : m_db(db), m_stmt(stmt), m_cache(std::move(cache)), m_sql(std::move(sql))
    {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    // true: a row is ready; false: done. Errors are reported through error().
    bool next();
    // Runs to completion (for INSERT/UPDATE/DELETE).
    Status run();
    Status reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    bool failed() const { return m_rc != 0; }
    sqlite3_stmt *handle() { return m_stmt; } // for binds Statement does not offer
    Error error() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = 0; // last failing sqlite result code, 0 if none
    std::weak_ptr<StatementCache> m_cache;
    QByteArray m_sql; // the key in m_cache
};

// Maps a SQLite result code to an Error a person can act on.
Error sqliteError(int code, const QString &context);

} // namespace dit
