#include "Statement.h"

#include "common/Logging.h"

#include <QCoreApplication>

#include <sqlite3.h>
#include <utility>

namespace dit {

Error sqliteError(int code, const QString &context)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return makeError(ErrorCode::DiskFull,
                         QCoreApplication::translate(
                             "Storage", "There is not enough free space on this device to save. "
                                        "Nothing was changed."));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "Storage", "The data store is damaged or does not match its key "
                                        "file. Your data can be restored from a backup."));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Storage", "The data store could not be read or "
                                                       "written (%1).")
                                            .arg(context));
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::BadInput, QCoreApplication::translate(
                                                  "Storage", "That would break a rule of the data "
                                                             "store (%1).")
                                                  .arg(context));
    default:
        return makeError(ErrorCode::Internal, QCoreApplication::translate(
                                                  "Storage", "Unexpected data store error %1 (%2).")
                                                  .arg(code)
                                                  .arg(context));
    }
}

sqlite3_stmt *StatementCache::take(const QByteArray &sql)
{
    const QMutexLocker lock(&m_mutex);
    return m_idle.take(sql);
}

void StatementCache::giveBack(const QByteArray &sql, sqlite3_stmt *stmt)
{
    // Reset first: a statement stopped before its last row holds a read transaction open,
    // and its bound values (copies SQLite made) are released here, not kept until reuse.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    {
        const QMutexLocker lock(&m_mutex);
        if (m_idle.size() < kMaxIdle && !m_idle.contains(sql)) {
            m_idle.insert(sql, stmt);
            return;
        }
    }
    sqlite3_finalize(stmt);
}

void StatementCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    for (sqlite3_stmt *stmt : std::as_const(m_idle))
        sqlite3_finalize(stmt);
    m_idle.clear();
}

qsizetype StatementCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_idle.size();
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (const std::shared_ptr<StatementCache> cache = m_cache.lock())
        cache->giveBack(m_sql, m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_rc(other.m_rc),
      m_cache(std::move(other.m_cache)), m_sql(std::move(other.m_sql))
{}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc =
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_rc = rc;
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_rc = rc;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    const int rc =
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_rc = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_rc = rc;
    return *this;
}

bool Statement::next()
{
    if (m_rc != 0)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_rc = rc;
    return false;
}

Status Statement::run()
{
    while (next()) {
    }
    if (failed())
        return error();
    return {};
}

Status Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rc = 0;
    return {};
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Error Statement::error() const
{
    return sqliteError(m_rc, QString::fromUtf8(sqlite3_errstr(m_rc)));
}

} // namespace dit
