#pragma once

#include "Database.h"
#include "common/Clock.h"

#include <QString>

#include <optional>

namespace dit {

// Work in progress, saved as a person types so a killed app loses nothing (the `drafts`
// table). One row per key; the body is whatever the feature keeps (text, JSON). Features with
// richer drafts (forms, letters) keep their own stores over the same table.
class Drafts
{
public:
    Drafts(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Replaces the draft under `key` in one statement: the old one or the new one, never half.
    Status save(const QString &key, const QString &kind, const QString &body,
                const QString &subject = {});
    Result<std::optional<QString>> load(const QString &key);
    Status remove(const QString &key);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dit
