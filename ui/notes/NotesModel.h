#pragma once

#include "notes/Note.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace dit {

// "On my mind" notes, newest first (filtered by OnMyMind.query). Reached as OnMyMind.notes.
class NotesModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use OnMyMind.notes")

public:
    enum Roles {
        NoteIdRole = Qt::UserRole + 1,
        ThreadRole,
        TextRole,
        ToBringRole,
        DateTextRole,
        ForSessionTextRole,
    };

    explicit NotesModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setNotes(const QList<Note> &notes);
    const QList<Note> &notes() const { return m_notes; }

private:
    QList<Note> m_notes;
};

} // namespace dit
