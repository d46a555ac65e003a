#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dit::letters {

// One run of a word-level comparison.
struct DiffOp
{
    enum class Type { Equal, Insert, Delete };
    Type type = Type::Equal;
    QString text;
    bool operator==(const DiffOp &) const = default;
};

// Splits text into words (letters, digits and the apostrophes and hyphens inside a word),
// runs of white space, and single other characters (punctuation).
QStringList wordTokens(const QString &text);

// The shortest edit turning `before` into `after`, word by word (Myers' O(ND) algorithm on
// wordTokens()). Adjacent runs of one type are merged, and a lone space between two changes
// is folded into them so a rewritten phrase reads as one deletion and one insertion. A
// comparison needing more than kMaxEdits token edits shows the differing middle as one
// deletion and one insertion instead of spending unbounded memory on it.
QList<DiffOp> diffWords(const QString &before, const QString &after);
inline constexpr int kMaxEdits = 1500;

// Both texts back from a diff: Equal+Delete runs give `before`, Equal+Insert give `after`.
QString diffBefore(const QList<DiffOp> &ops);
QString diffAfter(const QList<DiffOp> &ops);

} // namespace dit::letters
