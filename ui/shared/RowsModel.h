#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QMetaProperty>
#include <QQmlEngine>
#include <QVariantMap>

namespace dit {

// A read-only list of rows for QML (answer options, the review list, past forms, the progress
// table, the caseload). Each row is a plain struct marked Q_GADGET whose Q_PROPERTYs are the
// roles, in the order declared, from Qt::UserRole + 1: the role names are written once, in the
// struct, and C++ fills typed fields rather than maps with string keys (docs/ARCHITECTURE.md,
// "The QML boundary"). QML sees every such model as a RowsModel; C++ uses TypedRows<Row>.
// Replacing rows of the same count updates them in place, so delegates (and keyboard focus)
// survive a change such as a newly selected answer.
class RowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the view models")

    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    // A row as a map of its roles, for QML code that needs one (tests, the review list).
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

protected:
    // `row` is the row struct's meta-object (Row::staticMetaObject).
    RowsModel(const QMetaObject &row, QObject *parent);
    virtual qsizetype size() const = 0;
    virtual const void *rowAt(qsizetype row) const = 0;
    // Tells views that every row's values may have changed (same count).
    void valuesChanged();

private:
    QList<QMetaProperty> m_roles;
};

// The rows of one kind: `Row` is a Q_GADGET struct with Q_PROPERTYs (MEMBER) and ==.
template <typename Row> class TypedRows final : public RowsModel
{
public:
    explicit TypedRows(QObject *parent) : RowsModel(Row::staticMetaObject, parent) {}

    void setRows(QList<Row> rows)
    {
        if (rows.size() == m_rows.size()) {
            if (rows == m_rows)
                return;
            m_rows = std::move(rows);
            valuesChanged();
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT countChanged();
    }
    const QList<Row> &rows() const { return m_rows; }

protected:
    qsizetype size() const override { return m_rows.size(); }
    const void *rowAt(qsizetype row) const override { return &m_rows.at(row); }

private:
    QList<Row> m_rows;
};

} // namespace dit
