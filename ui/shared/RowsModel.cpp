#include "RowsModel.h"

namespace dit {

RowsModel::RowsModel(const QMetaObject &row, QObject *parent) : QAbstractListModel(parent)
{
    for (int i = row.propertyOffset(); i < row.propertyCount(); ++i)
        m_roles.append(row.property(i));
}

int RowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(size());
}

QVariant RowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int key = role - (Qt::UserRole + 1);
    if (key < 0 || key >= m_roles.size())
        return {};
    return m_roles.at(key).readOnGadget(rowAt(index.row()));
}

QHash<int, QByteArray> RowsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + int(i), m_roles.at(i).name());
    return names;
}

void RowsModel::valuesChanged()
{
    if (size() > 0)
        Q_EMIT dataChanged(index(0), index(int(size()) - 1));
}

QVariantMap RowsModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= size())
        return map;
    for (const QMetaProperty &p : m_roles)
        map.insert(QString::fromLatin1(p.name()), p.readOnGadget(rowAt(row)));
    return map;
}

} // namespace dit
