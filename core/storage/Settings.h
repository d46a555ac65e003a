#pragma once

#include "Database.h"

#include <QString>

namespace dit {

// Small per-profile preferences (auto-lock time, theme), inside the encrypted store.
class Settings
{
public:
    explicit Settings(Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    int intValue(const QString &key, int fallback) const;
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

// Read-only profile facts written once at creation (profile id, device id, role).
class Meta
{
public:
    explicit Meta(Database &db) : m_db(db) {}
    QString value(const QString &key) const;
    Status set(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace dit
