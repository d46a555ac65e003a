#pragma once

#include "Article.h"

#include <QList>
#include <QMap>
#include <QString>

namespace dit {

// A piece that could not be loaded: which file, and why, in words a service's content editor
// can act on. The rest of the library still loads.
struct LoadProblem
{
    QString file;
    QString message;
    QString text() const { return file + QStringLiteral(": ") + message; }
    bool operator==(const LoadProblem &other) const = default;
};

// The psychoeducation library: the built-in pieces, with a service's content folder laid
// over them (a piece with the same id replaces the built-in one; a new id adds one).
class LearnLibrary
{
public:
    // The pieces shipped with the app (core/resources/learn). A broken built-in piece is a
    // bug; it is reported like any other problem and tested in tst_learn.
    void loadBuiltIn();
    // Every *.md file in `folder`. Returns the problems found (also kept in problems()).
    QList<LoadProblem> loadFolder(const QString &folder);
    // One file; `source` is how it is named in problems and in Article::source.
    QList<LoadProblem> loadFile(const QString &path, const QString &source = {});

    const QList<LoadProblem> &problems() const { return m_problems; }
    bool isEmpty() const { return m_articles.isEmpty(); }
    const Article *article(const QString &id) const;
    // Every piece, in `order` (then title).
    QList<Article> articles() const;
    // The current stage's pieces first, each group in `order` (then title).
    QList<Article> orderedFor(const QString &stage) const;

private:
    QMap<QString, Article> m_articles;
    QList<LoadProblem> m_problems;
};

} // namespace dit
