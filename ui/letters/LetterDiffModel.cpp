#include "LetterDiffModel.h"

namespace dit {

namespace {
using Change = letters::SectionDiff::Change;
}

LetterDiffModel::LetterDiffModel(QObject *parent) : QAbstractListModel(parent) {}

int LetterDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.sections.size());
}

QVariant LetterDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const letters::SectionDiff &d = m_diff.sections.at(index.row());
    switch (role) {
    case HeadingRole: {
        const QString after = d.headingAfter.isEmpty() ? d.headingBefore : d.headingAfter;
        if (d.change == Change::Changed && !d.headingBefore.isEmpty() &&
            d.headingBefore != d.headingAfter)
            return tr("%1 (was “%2”)").arg(after, d.headingBefore);
        return after.isEmpty() ? tr("Opening") : after;
    }
    case ChangeRole:
        switch (d.change) {
        case Change::Same:
            return QStringLiteral("same");
        case Change::Changed:
            return QStringLiteral("changed");
        case Change::Added:
            return QStringLiteral("added");
        case Change::Removed:
            return QStringLiteral("removed");
        }
        return {};
    case ChangeTextRole:
        switch (d.change) {
        case Change::Same:
            return tr("No changes");
        case Change::Changed:
            return tr("Changed");
        case Change::Added:
            return tr("New section");
        case Change::Removed:
            return tr("Section taken out");
        }
        return {};
    case StyledRole:
        return letters::toStyledText(d.ops, m_inserted, m_deleted);
    case SpokenRole:
        return letters::toSpokenText(d.ops);
    default:
        return {};
    }
}

QHash<int, QByteArray> LetterDiffModel::roleNames() const
{
    return {{HeadingRole, "heading"},
            {ChangeRole, "change"},
            {ChangeTextRole, "changeText"},
            {StyledRole, "styled"},
            {SpokenRole, "spoken"}};
}

void LetterDiffModel::set(const letters::LetterDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

void LetterDiffModel::setColours(const QString &inserted, const QString &deleted)
{
    if (inserted == m_inserted && deleted == m_deleted)
        return;
    m_inserted = inserted;
    m_deleted = deleted;
    if (!m_diff.sections.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_diff.sections.size()) - 1), {StyledRole});
}

} // namespace dit
