#include "LetterLibraryModel.h"

#include "letters/LetterExport.h"

namespace dit {

LetterLibraryModel::LetterLibraryModel(QObject *parent) : QAbstractListModel(parent) {}

int LetterLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

QString LetterLibraryModel::statusText(const LetterSummary &s)
{
    QString state = s.current.final    ? tr("Final version")
                    : s.current.shared ? tr("Shared version")
                                       : tr("Saved version");
    if (s.versionCount > 1)
        state = tr("%1 · %2 versions").arg(state).arg(s.versionCount);
    if (s.headCount > 1)
        state += u' ' + tr("(%1 were made separately; all are kept)").arg(s.headCount);
    return state;
}

QVariant LetterLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LetterSummary &s = m_letters.at(index.row());
    const Letter &l = s.current.letter;
    switch (role) {
    case LetterIdRole:
        return s.thread;
    case TitleRole:
        return l.title;
    case IsReplyRole:
        return l.author == LetterAuthor::Patient;
    case AuthorTextRole:
        return letters::authorLine(l);
    case DateTextRole:
        return letters::letterDateText(l.date);
    case StatusTextRole:
        return statusText(s);
    case VersionCountRole:
        return s.versionCount;
    case HeadCountRole:
        return s.headCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> LetterLibraryModel::roleNames() const
{
    return {{LetterIdRole, "letterId"},         {TitleRole, "title"},
            {IsReplyRole, "isReply"},           {AuthorTextRole, "authorText"},
            {DateTextRole, "dateText"},         {StatusTextRole, "statusText"},
            {VersionCountRole, "versionCount"}, {HeadCountRole, "headCount"}};
}

void LetterLibraryModel::setLetters(const QList<LetterSummary> &letters)
{
    beginResetModel();
    m_letters = letters;
    endResetModel();
}

} // namespace dit
