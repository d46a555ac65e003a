#include "ReflectionsModel.h"

#include <QLocale>

namespace dit {

ReflectionsModel::ReflectionsModel(QObject *parent) : QAbstractListModel(parent) {}

int ReflectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reflections.size());
}

QVariant ReflectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FocusReflection &r = m_reflections.at(index.row());
    switch (role) {
    case ReflectionIdRole:
        return r.id;
    case ThreadRole:
        return r.thread;
    case TextRole:
        return r.text;
    case DateTextRole: {
        const QLocale locale;
        const QString written =
            locale.toString(r.written.toLocalTime().date(), QLocale::LongFormat);
        if (r.edited.toLocalTime().date() == r.written.toLocalTime().date())
            return written;
        return tr("%1 · changed %2")
            .arg(written, locale.toString(r.edited.toLocalTime().date(), QLocale::LongFormat));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ReflectionsModel::roleNames() const
{
    return {{ReflectionIdRole, "reflectionId"},
            {ThreadRole, "thread"},
            {TextRole, "text"},
            {DateTextRole, "dateText"}};
}

void ReflectionsModel::setReflections(const QList<FocusReflection> &reflections)
{
    beginResetModel();
    m_reflections = reflections;
    endResetModel();
}

} // namespace dit
