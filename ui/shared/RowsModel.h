#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

namespace dit {

// A read-only list of rows for QML, each row a map whose keys are the roles. The view models
// fill it (answer options, the review list, past forms, the progress table); QML only shows
// it. Replacing rows of the same count updates them in place, so delegates (and keyboard
// focus) survive a change such as a newly selected answer.
class RowsModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the measures view models")

    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // No default constructor: models are final and reached through a view model (DEVELOPING.md).
    RowsModel(const QStringList &roles, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    void setRows(const QList<QVariantMap> &rows);
    const QList<QVariantMap> &rows() const { return m_rows; }
    // A row as a map, for QML code that needs one (tests, the review list).
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QStringList m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace dit
