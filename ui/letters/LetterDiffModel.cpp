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
            return tr("A new section");
        case Change::Removed:
            return tr("Not in this version");
        }
        return {};
    case LaterRole:
        return letters::toHighlightedText(d.ops, letters::DiffSide::Later, m_tint);
    case LaterSpokenRole:
        return letters::toSpokenText(d.ops, letters::DiffSide::Later);
    case EarlierRole:
        return letters::toHighlightedText(d.ops, letters::DiffSide::Earlier, m_tint);
    case EarlierSpokenRole:
        return letters::toSpokenText(d.ops, letters::DiffSide::Earlier);
    default:
        return {};
    }
}

QHash<int, QByteArray> LetterDiffModel::roleNames() const
{
    return {{HeadingRole, "heading"},
            {ChangeRole, "change"},
            {ChangeTextRole, "changeText"},
            {LaterRole, "later"},
            {LaterSpokenRole, "laterSpoken"},
            {EarlierRole, "earlier"},
            {EarlierSpokenRole, "earlierSpoken"}};
}

void LetterDiffModel::set(const letters::LetterDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

void LetterDiffModel::setTint(const QString &tint)
{
    if (tint == m_tint)
        return;
    m_tint = tint;
    if (!m_diff.sections.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_diff.sections.size()) - 1),
                           {LaterRole, EarlierRole});
}

} // namespace dit
