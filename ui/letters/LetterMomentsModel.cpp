#include "LetterMomentsModel.h"

#include <algorithm>
#include <tuple>

namespace dit {

LetterMomentsModel::LetterMomentsModel(QObject *parent) : QAbstractListModel(parent) {}

int LetterMomentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LetterMomentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case MarkIdRole:
        return r.annotation.id;
    case IsNoteRole:
        return r.annotation.type == Annotation::Type::Note;
    case QuoteRole:
        return r.annotation.anchor.quote;
    case NoteRole:
        return r.annotation.note;
    case HeadingRole:
        return r.heading;
    case SectionRole:
        return r.section;
    case InThisVersionRole:
        return r.section >= 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> LetterMomentsModel::roleNames() const
{
    return {{MarkIdRole, "markId"},
            {IsNoteRole, "isNote"},
            {QuoteRole, "quote"},
            {NoteRole, "note"},
            {HeadingRole, "heading"},
            {SectionRole, "section"},
            {InThisVersionRole, "inThisVersion"}};
}

void LetterMomentsModel::set(const LetterVersion &version, const QList<Annotation> &annotations)
{
    beginResetModel();
    m_rows.clear();
    for (const Annotation &a : annotations) {
        Row r;
        r.annotation = a;
        if (const auto at = letters::locate(version.letter, version.record.id, a.anchor)) {
            r.section = at->section;
            r.block = at->block;
            r.start = at->start;
            r.heading = version.letter.sections.at(at->section).heading;
        }
        m_rows.append(r);
    }
    // In the order they come in the letter; marks on words no longer in it come last.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &x, const Row &y) {
        const auto key = [](const Row &r) {
            return std::tuple(r.section < 0, r.section, r.block, r.start);
        };
        return key(x) < key(y);
    });
    endResetModel();
}

void LetterMomentsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace dit
