#pragma once

#include <QString>
#include <QStringList>

namespace dit::text {

// What a person typed into a search box, as comparable words: case-folded, accents removed
// ("Café" finds "cafe"), split on anything that is not a letter or digit. Search syntax is
// never passed through, so no query can fail or reach more than it should.
QStringList searchTokens(const QString &query);

// An SQLite FTS4 MATCH expression for the tokens: every word must appear, as a prefix
// ("cancel" finds "cancelled"). Empty if there are no tokens.
QString ftsPrefixQuery(const QStringList &tokens);

// Whether every token is the start of some word in `text` (the same rule as the FTS query,
// for small lists searched in memory, such as notes).
bool matchesAllPrefixes(const QString &text, const QStringList &tokens);

} // namespace dit::text
