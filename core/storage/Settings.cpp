#include "Settings.h"

namespace dit {

namespace {

QString readValue(Database &db, const char *sql, const QString &key, const QString &fallback)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return fallback;
    stmt.value().bind(1, key);
    return stmt.value().next() ? stmt.value().text(0) : fallback;
}

Status writeValue(Database &db, const char *sql, const QString &key, const QString &value)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key).bind(2, value);
    return stmt.value().run();
}

} // namespace

QString Settings::value(const QString &key, const QString &fallback) const
{
    return readValue(m_db, "SELECT value FROM settings WHERE key = ?", key, fallback);
}

int Settings::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

Status Settings::setValue(const QString &key, const QString &value)
{
    return writeValue(m_db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", key,
                      value);
}

QString Meta::value(const QString &key) const
{
    return readValue(m_db, "SELECT value FROM meta WHERE key = ?", key, {});
}

Status Meta::set(const QString &key, const QString &value)
{
    return writeValue(m_db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, value);
}

} // namespace dit
