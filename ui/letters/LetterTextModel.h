#pragma once

#include "letters/Annotations.h"
#include "letters/LetterStore.h"
#include "letters/PassageHtml.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace dit {

// One version of a letter laid out for reading: a row per section heading and per block
// (paragraph, list item, quote), each block with its highlighted ranges and the notes made on
// it; at the end, a row for marks whose words are not in this version. Reached from QML as
// LetterReading.rows.
class LetterTextModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use LetterReading.rows")

public:
    enum Roles {
        RowTypeRole = Qt::UserRole + 1, // "heading", "block" or "elsewhere"
        SectionRole,
        BlockRole,
        BlockTypeRole, // "paragraph", "bullet", "numbered", "quote"
        NumberRole,
        HtmlRole,  // blocks: rich text with highlights; headings: the heading
        PlainRole, // what a screen reader says
        MarkedRole,
        MarkIdsRole, // highlight ids on this block
        NotesRole,   // [{id, quote, note}]
    };

    explicit LetterTextModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void set(const LetterVersion &version, const QList<Annotation> &annotations);
    void clear();
    void setHighlightColor(const QString &colour);

    // The row's section and block, or false if it is not a block row.
    bool blockAt(int row, int *section, int *block) const;
    // Row of each section's heading (or first block if untitled), by section.
    QList<int> sectionRows() const;

private:
    struct Row
    {
        QString type;
        int section = -1;
        int block = -1;
        QString blockType;
        int number = 0;
        QString markup;
        QString plain;
        QList<letters::TextRange> marks;
        QList<letters::TextRange> noted;
        QStringList markIds;
        QVariantList notes;
    };
    QList<Row> m_rows;
    QString m_highlight = QStringLiteral("#fff0a8");
};

} // namespace dit
