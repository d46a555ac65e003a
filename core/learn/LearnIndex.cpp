#include "LearnIndex.h"

#include "text/Search.h"

#include <algorithm>
#include <cstring>

namespace dit {

namespace {
// Column weights for ranking, in table order: id (not indexed), title, summary, body.
constexpr double kWeights[] = {0, 10, 4, 1};
constexpr int kColumns = 4;

// matchinfo(..., 'pcx'): phrase count, column count, then for each phrase and column three
// 32-bit native-order integers, the first being the hits in this row.
double scoreFrom(const QByteArray &info)
{
    const auto word = [&](qsizetype i) {
        quint32 v = 0;
        std::memcpy(&v, info.constData() + i * 4, 4);
        return v;
    };
    if (info.size() < 8)
        return 0;
    const quint32 phrases = word(0);
    const quint32 columns = word(1);
    if (columns != kColumns || info.size() < 8 + qsizetype(phrases) * columns * 12)
        return 0;
    double score = 0;
    for (quint32 p = 0; p < phrases; ++p)
        for (quint32 c = 0; c < columns; ++c)
            score += kWeights[c] * word(2 + (p * columns + c) * 3);
    return score;
}

QString styledSnippet(const QString &raw)
{
    return raw.toHtmlEscaped()
        .replace(QChar(0x1), QStringLiteral("<b>"))
        .replace(QChar(0x2), QStringLiteral("</b>"));
}
} // namespace

Result<std::unique_ptr<LearnIndex>> LearnIndex::create()
{
    auto db = Database::openInMemory();
    if (!db)
        return db.error();
    if (Status s = db.value()->exec("CREATE VIRTUAL TABLE pieces USING fts4(id, title, summary, "
                                    "body, notindexed=id, tokenize=unicode61);");
        !s)
        return s.error();
    return std::unique_ptr<LearnIndex>(new LearnIndex(std::move(db.value())));
}

Status LearnIndex::rebuild(const QList<Article> &articles)
{
    return m_db->transaction([&]() -> Status {
        if (Status s = m_db->exec("DELETE FROM pieces;"); !s)
            return s;
        auto stmt =
            m_db->prepare("INSERT INTO pieces (id, title, summary, body) VALUES (?, ?, ?, ?)");
        if (!stmt)
            return stmt.error();
        for (const Article &a : articles) {
            (void)stmt.value().reset();
            stmt.value().bind(1, a.id).bind(2, a.title).bind(3, a.summary).bind(4, a.plainText);
            if (Status s = stmt.value().run(); !s)
                return s;
        }
        return {};
    });
}

Result<QList<SearchHit>> LearnIndex::search(const QString &query)
{
    const QString match = text::ftsPrefixQuery(text::searchTokens(query));
    if (match.isEmpty())
        return QList<SearchHit>();
    auto stmt = m_db->prepare("SELECT id, snippet(pieces, char(1), char(2), '…', -1, 16), "
                              "matchinfo(pieces, 'pcx') FROM pieces WHERE pieces MATCH ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, match);
    QList<SearchHit> hits;
    while (stmt.value().next())
        hits << SearchHit{stmt.value().text(0), styledSnippet(stmt.value().text(1)),
                          scoreFrom(stmt.value().blob(2))};
    if (stmt.value().failed())
        return stmt.value().error();
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
    return hits;
}

} // namespace dit
