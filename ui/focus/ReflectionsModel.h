#pragma once

#include "focus/FocusStore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace dit {

// The person's reflections beside their focus, newest first. Reached as MyFocus.reflections.
class ReflectionsModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use MyFocus.reflections")

public:
    enum Roles {
        ReflectionIdRole = Qt::UserRole + 1,
        ThreadRole,
        TextRole,
        DateTextRole,
    };

    explicit ReflectionsModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setReflections(const QList<FocusReflection> &reflections);

private:
    QList<FocusReflection> m_reflections;
};

} // namespace dit
