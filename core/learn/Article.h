#pragma once

#include "text/Markdown.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dit {

// One psychoeducation piece: front matter (what it is called, what it is about, which parts
// of therapy it belongs to, where it sits in the list, how long it takes to read) and its
// body in the app's Markdown subset. docs/COURSE.md describes the file format.
struct Article
{
    QString id; // the file name without ".md": lowercase letters, digits and hyphens
    QString title;
    QString summary;
    QStringList phases; // "initial", "middle", "ending", "after" or "all"
    int order = 0;      // position in the list, low first
    int minutes = 0;    // approximate reading time
    QList<text::Block> blocks;
    QString plainText; // the body without markup, for search
    QString source;    // where it came from: "built-in" or the file's path

    // Whether the piece belongs to a content stage ("initial", "middle", "ending", "after").
    bool belongsTo(const QString &stage) const;
};

namespace learn {

inline constexpr int kMaxMinutes = 30;
inline constexpr int kMaxOrder = 999;
inline constexpr int kMaxTitle = 80;
inline constexpr int kMaxSummary = 200;
inline constexpr qint64 kMaxFileBytes = qint64(64) * 1024;
// An unhurried reading pace, for checking the stated reading time.
inline constexpr int kWordsPerMinute = 150;

QStringList stages(); // the four content stages, in course order
bool isValidArticleId(const QString &id);

// Parses one piece. `id` comes from the file name. Errors name the line ("line 4: ...");
// the caller adds the file name.
Result<Article> parseArticle(const QString &id, const QByteArray &bytes);

} // namespace learn
} // namespace dit
