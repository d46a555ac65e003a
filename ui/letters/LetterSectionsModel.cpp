#include "LetterSectionsModel.h"

namespace dit {

LetterSectionsModel::LetterSectionsModel(QObject *parent) : QAbstractListModel(parent) {}

int LetterSectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant LetterSectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section &s = m_sections.at(index.row());
    switch (role) {
    case KeyRole:
        return s.key;
    case HeadingRole:
        return s.heading;
    case TextRole:
        return s.text;
    case PromptRole:
        return s.prompt;
    case OptionalRole:
        return s.optional;
    default:
        return {};
    }
}

QHash<int, QByteArray> LetterSectionsModel::roleNames() const
{
    return {{KeyRole, "key"},
            {HeadingRole, "heading"},
            {TextRole, "text"},
            {PromptRole, "prompt"},
            {OptionalRole, "optional"}};
}

void LetterSectionsModel::setSections(const QList<Section> &sections)
{
    beginResetModel();
    m_sections = sections;
    endResetModel();
}

bool LetterSectionsModel::setText(int row, const QString &text)
{
    if (row < 0 || row >= m_sections.size() || m_sections.at(row).text == text)
        return false;
    m_sections[row].text = text;
    return true;
}

bool LetterSectionsModel::setHeading(int row, const QString &heading)
{
    if (row < 0 || row >= m_sections.size() || m_sections.at(row).heading == heading)
        return false;
    m_sections[row].heading = heading;
    return true;
}

} // namespace dit
