#pragma once

#include "letters/LetterDiff.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace dit {

// The sections of a comparison between two versions, each as the later version's words with
// what is new in it on a soft highlight, and the earlier version's words with what has since
// changed (docs/LETTERS.md), never diff marks; screen readers hear "new:" and "since
// changed:". Reached from QML as LetterComparison.sections.
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
        LaterRole,      // rich text: the later version, new words highlighted
        LaterSpokenRole,
        EarlierRole, // rich text: the earlier version, words since changed highlighted
        EarlierSpokenRole,
    };

    explicit LetterDiffModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void set(const letters::LetterDiff &diff);
    void setTint(const QString &tint);

private:
    letters::LetterDiff m_diff;
    QString m_tint;
};

} // namespace dit
