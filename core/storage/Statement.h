#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace dit {

// A prepared statement. Bind by 1-based index, step, read columns by 0-based index.
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
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
};

// Maps a SQLite result code to an Error a person can act on.
Error sqliteError(int code, const QString &context);

} // namespace dit
