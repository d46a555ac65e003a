#pragma once

#include "ArticleContent.h"
#include "LearnArticlesModel.h"
#include "learn/LearnIndex.h"
#include "learn/LearnLibrary.h"
#include "text/Search.h"

#include <QObject>
#include <QQmlEngine>

#include <memory>

namespace dit {

class AppContext;

// Learn's view model: the psychoeducation library (built in, plus the service's
// "<service folder>/learn" pieces), the current phase's pieces first, search (FTS4), and
// what has been read (kept in the encrypted store).
class Library : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(dit::LearnArticlesModel *articles READ articles CONSTANT)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY listChanged)
    Q_PROPERTY(int count READ count NOTIFY listChanged)
    Q_PROPERTY(QString resultsText READ resultsText NOTIFY listChanged)
    Q_PROPERTY(QString contentStage READ contentStage NOTIFY listChanged)
    Q_PROPERTY(QStringList problems READ problems CONSTANT)
    Q_PROPERTY(QString problemsText READ problemsText CONSTANT)

public:
    explicit Library(AppContext &context, QObject *parent = nullptr);
    static Library *create(QQmlEngine *, QJSEngine *);

    LearnArticlesModel *articles() { return &m_model; }
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool searching() const { return !text::searchTokens(m_query).isEmpty(); }
    int count() const { return int(m_model.rows().size()); }
    QString resultsText() const;
    QString contentStage() const { return m_stage; }
    QStringList problems() const;
    // For Learn: which service pieces could not be shown, and why; empty if none.
    QString problemsText() const;

    // The piece to show; marks it read. An unknown id gives an object with found false.
    Q_INVOKABLE dit::ArticleContent *open(const QString &id);
    Q_INVOKABLE bool isRead(const QString &id) const;
    Q_INVOKABLE void markUnread(const QString &id);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void queryChanged();
    void listChanged();
    void readChanged();

private:
    void rebuild();
    QSet<QString> readIds() const;

    AppContext &m_ctx;
    LearnLibrary m_library;
    std::unique_ptr<LearnIndex> m_index;
    LearnArticlesModel m_model;
    QString m_query;
    QString m_stage = QStringLiteral("initial");
};

} // namespace dit
