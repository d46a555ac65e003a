#pragma once

#include "letters/LetterDiff.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace dit {

// The sections of a comparison between two versions, each with its changes shown by words
// and symbols ([+ added +], [- removed -]) as well as colour. Reached from QML as
// LetterComparison.sections.
class LetterDiffModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use LetterComparison.sections")

public:
    enum Roles {
        HeadingRole = Qt::UserRole + 1,
        ChangeRole,     // "same", "changed", "added", "removed"
        ChangeTextRole, // the same in words
        StyledRole,     // StyledText for a QML Text
        SpokenRole,     // for screen readers
    };

    explicit LetterDiffModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void set(const letters::LetterDiff &diff);
    void setColours(const QString &inserted, const QString &deleted);

private:
    letters::LetterDiff m_diff;
    QString m_inserted;
    QString m_deleted;
};

} // namespace dit
