#include "RowsModel.h"

namespace dit {

RowsModel::RowsModel(const QStringList &roles, QObject *parent)
    : QAbstractListModel(parent), m_roles(roles)
{}

int RowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int key = role - (Qt::UserRole + 1);
    if (key < 0 || key >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(m_roles.at(key));
}

QHash<int, QByteArray> RowsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + int(i), m_roles.at(i).toUtf8());
    return names;
}

void RowsModel::setRows(const QList<QVariantMap> &rows)
{
    if (rows.size() == m_rows.size()) {
        if (rows == m_rows)
            return;
        m_rows = rows;
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

QVariantMap RowsModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

} // namespace dit
