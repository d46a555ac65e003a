#include "Drafts.h"

namespace dit {

Status Drafts::save(const QString &key, const QString &kind, const QString &body,
                    const QString &subject)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO drafts (key, kind, subject, body, updated_at) "
                             "VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, key)
        .bind(2, kind)
        .bind(3, subject)
        .bind(4, body)
        .bind(5, m_clock.now().toMSecsSinceEpoch());
    return stmt.value().run();
}

Result<std::optional<QString>> Drafts::load(const QString &key)
{
    auto stmt = m_db.prepare("SELECT body FROM drafts WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key);
    if (stmt.value().next())
        return std::optional<QString>(stmt.value().text(0));
    if (stmt.value().failed())
        return stmt.value().error();
    return std::optional<QString>();
}

Status Drafts::remove(const QString &key)
{
    auto stmt = m_db.prepare("DELETE FROM drafts WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key);
    return stmt.value().run();
}

} // namespace dit
