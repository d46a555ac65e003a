#include "NotesModel.h"

#include <QLocale>

namespace dit {

NotesModel::NotesModel(QObject *parent) : QAbstractListModel(parent) {}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &n = m_notes.at(index.row());
    switch (role) {
    case NoteIdRole:
        return n.id;
    case ThreadRole:
        return n.thread;
    case TextRole:
        return n.text;
    case ToBringRole:
        return n.toBring;
    case DateTextRole: {
        const QLocale locale;
        const QString written =
            locale.toString(n.written.toLocalTime().date(), QLocale::LongFormat);
        if (n.edited.toLocalTime().date() == n.written.toLocalTime().date())
            return written;
        return tr("%1 · changed %2")
            .arg(written, locale.toString(n.edited.toLocalTime().date(), QLocale::LongFormat));
    }
    case ForSessionTextRole:
        return n.forSession > 0 ? tr("For session %1").arg(n.forSession) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    return {{NoteIdRole, "noteId"},     {ThreadRole, "thread"},
            {TextRole, "text"},         {ToBringRole, "toBring"},
            {DateTextRole, "dateText"}, {ForSessionTextRole, "forSessionText"}};
}

void NotesModel::setNotes(const QList<Note> &notes)
{
    beginResetModel();
    m_notes = notes;
    endResetModel();
}

} // namespace dit
