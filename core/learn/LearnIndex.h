#pragma once

#include "Article.h"
#include "storage/Database.h"

#include <memory>

namespace dit {

struct SearchHit
{
    QString id;
    QString snippet; // StyledText: the matched words in <b>, everything else escaped
    double score = 0;
};

// Full-text search over the library with SQLite FTS4 (SQLCipher 3.4.1 has no FTS5). The
// pieces are public, so the index is a plain in-memory database that is never written to
// disk; nothing a person entered is indexed here.
class LearnIndex
{
public:
    static Result<std::unique_ptr<LearnIndex>> create();

    Status rebuild(const QList<Article> &articles);
    // Best first: title matches weigh most, then the summary, then the body. Every word must
    // appear (as a prefix, so "cancel" finds "cancelled"). An empty query finds nothing.
    Result<QList<SearchHit>> search(const QString &query);

private:
    explicit LearnIndex(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
    std::unique_ptr<Database> m_db;
};

} // namespace dit
