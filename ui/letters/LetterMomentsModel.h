#pragma once

#include "letters/Annotations.h"
#include "letters/LetterStore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace dit {

// The passages a person marked in a letter and the notes they wrote, in the order they come
// in the letter, each placed in the version shown (its section's heading) or said to be missing
// from it. Reached from QML as Letters.moments (the letter Home shows).
class LetterMomentsModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Letters.moments")

public:
    enum Roles {
        MarkIdRole = Qt::UserRole + 1,
        IsNoteRole,
        QuoteRole,
        NoteRole,
        HeadingRole,
        SectionRole,
        InThisVersionRole,
    };

    explicit LetterMomentsModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the annotations of `version` (the version on screen).
    void set(const LetterVersion &version, const QList<Annotation> &annotations);
    void clear();

private:
    struct Row
    {
        Annotation annotation;
        QString heading;
        int section = -1;
        int block = -1;
        int start = 0;
    };
    QList<Row> m_rows;
};

} // namespace dit
