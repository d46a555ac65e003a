#pragma once

#include "focus/FocusStore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace dit {

// Every saved version of the focus, newest first. Reached from QML as MyFocus.versions.
class FocusVersionsModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use MyFocus.versions")

public:
    enum Roles {
        VersionIdRole = Qt::UserRole + 1,
        SavedTextRole,
        SessionTextRole,
        SelfRole,
        OthersRole,
        FeelingRole,
        ProtectsRole,
        IsCurrentRole,
    };

    explicit FocusVersionsModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setVersions(const QList<FocusVersion> &newestFirst);

private:
    QList<FocusVersion> m_versions;
};

} // namespace dit
