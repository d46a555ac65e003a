#include "LearnArticlesModel.h"

namespace dit {

LearnArticlesModel::LearnArticlesModel(QObject *parent) : QAbstractListModel(parent) {}

int LearnArticlesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LearnArticlesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ArticleIdRole:
        return r.id;
    case TitleRole:
        return r.title;
    case SummaryRole:
        return r.summary;
    case MinutesTextRole:
        return r.minutes == 1 ? tr("1 minute to read") : tr("%1 minutes to read").arg(r.minutes);
    case IsReadRole:
        return r.isRead;
    case ForNowRole:
        return r.forNow;
    case SectionRole:
        return r.section;
    case FirstInSectionRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).section != r.section;
    case SnippetRole:
        return r.snippet;
    default:
        return {};
    }
}

QHash<int, QByteArray> LearnArticlesModel::roleNames() const
{
    return {{ArticleIdRole, "articleId"}, {TitleRole, "title"},
            {SummaryRole, "summary"},     {MinutesTextRole, "minutesText"},
            {IsReadRole, "isRead"},       {ForNowRole, "forNow"},
            {SectionRole, "section"},     {FirstInSectionRole, "firstInSection"},
            {SnippetRole, "snippet"}};
}

void LearnArticlesModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void LearnArticlesModel::setRead(const QSet<QString> &readIds)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const bool read = readIds.contains(m_rows.at(i).id);
        if (m_rows.at(i).isRead == read)
            continue;
        m_rows[i].isRead = read;
        const QModelIndex at = index(int(i));
        Q_EMIT dataChanged(at, at, {IsReadRole});
    }
}

} // namespace dit
