#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSet>

namespace dit {

// The library list as Learn shows it: either every piece, the current stage's first, or
// the results of a search, best first. Reached from QML as Library.articles.
class LearnArticlesModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Library.articles")

public:
    enum Roles {
        ArticleIdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        MinutesTextRole,
        IsReadRole,
        ForNowRole,
        SectionRole,
        FirstInSectionRole,
        SnippetRole,
    };

    struct Row
    {
        QString id;
        QString title;
        QString summary;
        int minutes = 0;
        bool isRead = false;
        bool forNow = false;
        QString section;
        QString snippet; // StyledText, for search results
    };

    explicit LearnArticlesModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows);
    void setRead(const QSet<QString> &readIds); // updates the read marks in place
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

} // namespace dit
