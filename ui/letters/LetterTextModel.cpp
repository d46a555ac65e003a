#include "LetterTextModel.h"

#include "text/Markdown.h"

namespace dit {

namespace {

QString blockTypeName(text::Block::Type t)
{
    switch (t) {
    case text::Block::Type::Bullet:
        return QStringLiteral("bullet");
    case text::Block::Type::Numbered:
        return QStringLiteral("numbered");
    case text::Block::Type::Quote:
        return QStringLiteral("quote");
    default:
        return QStringLiteral("paragraph");
    }
}

QVariantMap noteEntry(const Annotation &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("quote"), a.anchor.quote},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("isNote"), a.type == Annotation::Type::Note}};
}

} // namespace

LetterTextModel::LetterTextModel(QObject *parent) : QAbstractListModel(parent) {}

int LetterTextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LetterTextModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RowTypeRole:
        return r.type;
    case SectionRole:
        return r.section;
    case BlockRole:
        return r.block;
    case BlockTypeRole:
        return r.blockType;
    case NumberRole:
        return r.number;
    case HtmlRole:
        if (r.type != QLatin1String("block"))
            return r.plain;
        // One paragraph, so selection offsets stay offsets into the block. The book serif's
        // own line spacing is already generous (about 1.65 em): 90% of it is a 1.5 em leading.
        return QString(QStringLiteral("<p style=\"margin:0; line-height:90%;\">") +
                       letters::blockHtml(r.markup, r.marks, m_highlight, r.noted) +
                       QStringLiteral("</p>"));
    case PlainRole:
        return r.plain;
    case MarkedRole:
        return !r.marks.isEmpty();
    case MarkIdsRole:
        return r.markIds;
    case NotesRole:
        return r.notes;
    default:
        return {};
    }
}

QHash<int, QByteArray> LetterTextModel::roleNames() const
{
    return {{RowTypeRole, "rowType"},     {SectionRole, "section"}, {BlockRole, "block"},
            {BlockTypeRole, "blockType"}, {NumberRole, "number"},   {HtmlRole, "html"},
            {PlainRole, "plain"},         {MarkedRole, "marked"},   {MarkIdsRole, "markIds"},
            {NotesRole, "notes"}};
}

void LetterTextModel::set(const LetterVersion &version, const QList<Annotation> &annotations)
{
    beginResetModel();
    m_rows.clear();
    const Letter &l = version.letter;
    // Where each annotation sits in this version.
    QList<std::pair<Annotation, std::optional<PassageLocation>>> placed;
    for (const Annotation &a : annotations)
        placed.append({a, letters::locate(l, version.record.id, a.anchor)});

    for (int s = 0; s < l.sections.size(); ++s) {
        const LetterSection &section = l.sections.at(s);
        if (!section.heading.isEmpty()) {
            Row h;
            h.type = QStringLiteral("heading");
            h.section = s;
            h.plain = section.heading;
            m_rows.append(h);
        }
        auto blocks = text::parse(section.text);
        if (!blocks)
            continue; // a stored letter always parses; never show something half-read
        for (int b = 0; b < blocks.value().size(); ++b) {
            const text::Block &block = blocks.value().at(b);
            Row r;
            r.type = QStringLiteral("block");
            r.section = s;
            r.block = b;
            r.blockType = blockTypeName(block.type);
            r.number = block.type == text::Block::Type::Numbered ? block.level : 0;
            r.markup = block.markup;
            r.plain = text::toPlainText(block.markup);
            for (const auto &[a, at] : placed) {
                if (!at || at->section != s || at->block != b)
                    continue;
                if (a.type == Annotation::Type::Highlight) {
                    r.marks.append({at->start, at->end});
                    r.markIds.append(a.id);
                } else {
                    r.notes.append(noteEntry(a));
                    r.noted.append({at->start, at->end});
                }
            }
            m_rows.append(r);
        }
    }
    Row elsewhere;
    elsewhere.type = QStringLiteral("elsewhere");
    for (const auto &[a, at] : placed)
        if (!at)
            elsewhere.notes.append(noteEntry(a));
    if (!elsewhere.notes.isEmpty())
        m_rows.append(elsewhere);
    endResetModel();
}

void LetterTextModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void LetterTextModel::setHighlightColor(const QString &colour)
{
    if (colour == m_highlight)
        return;
    m_highlight = colour;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {HtmlRole});
}

bool LetterTextModel::blockAt(int row, int *section, int *block) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).type != QLatin1String("block"))
        return false;
    *section = m_rows.at(row).section;
    *block = m_rows.at(row).block;
    return true;
}

QList<int> LetterTextModel::sectionRows() const
{
    QList<int> out;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).section >= 0 && m_rows.at(i).section >= out.size())
            out.append(i);
    return out;
}

} // namespace dit
