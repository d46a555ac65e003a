#include "FocusVersionsModel.h"

#include <QLocale>

namespace dit {

FocusVersionsModel::FocusVersionsModel(QObject *parent) : QAbstractListModel(parent) {}

int FocusVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

QVariant FocusVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FocusVersion &v = m_versions.at(index.row());
    switch (role) {
    case VersionIdRole:
        return v.id;
    case SavedTextRole:
        return tr("Saved on %1")
            .arg(QLocale().toString(v.savedAt.toLocalTime().date(), QLocale::LongFormat));
    case SessionTextRole:
        return v.focus.session > 0 ? tr("From session %1").arg(v.focus.session) : QString();
    case SelfRole:
        return v.focus.selfRepresentation;
    case OthersRole:
        return v.focus.otherRepresentation;
    case FeelingRole:
        return v.focus.affect;
    case ProtectsRole:
        return v.focus.defensiveFunction;
    case IsCurrentRole:
        return index.row() == 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> FocusVersionsModel::roleNames() const
{
    return {{VersionIdRole, "versionId"},     {SavedTextRole, "savedText"},
            {SessionTextRole, "sessionText"}, {SelfRole, "selfText"},
            {OthersRole, "othersText"},       {FeelingRole, "feelingText"},
            {ProtectsRole, "protectsText"},   {IsCurrentRole, "isCurrent"}};
}

void FocusVersionsModel::setVersions(const QList<FocusVersion> &newestFirst)
{
    beginResetModel();
    m_versions = newestFirst;
    endResetModel();
}

} // namespace dit
