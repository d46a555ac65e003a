#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace dit::text {

// The small, strict subset of Markdown the app writes and reads: psychoeducation pieces and
// letters. Headings (#, ##, ###), paragraphs, bulleted (- or *) and numbered (1.) list items,
// quotes (>), and inline *emphasis* and **strong**. Anything else (HTML, tables, images,
// links, code) is refused with the line number, so content never renders in a surprising way.
struct Block
{
    enum class Type { Heading, Paragraph, Bullet, Numbered, Quote };
    Type type = Type::Paragraph;
    int level = 0;  // heading level 1-3; list number for Numbered
    QString markup; // the block's text with inline markers, lines joined by spaces
};

// Parses `source`; the error message names the line and the problem.
Result<QList<Block>> parse(const QString &source);

// Inline markup as Qt "StyledText" (a safe HTML subset: <b>, <i>), with everything else
// escaped, for a QML Text. Assumes markup that parse() accepted.
QString toStyledText(const QString &markup);
// The text without markers, for search, plain-text export and screen readers.
QString toPlainText(const QString &markup);
// A whole document as plain text: blank line between blocks, "- " and "1. " for items.
QString toPlainText(const QList<Block> &blocks);

// One run of inline text with its style, markers removed. For renderers that build their
// own formatting (PDF export, highlighted passages).
struct InlineRun
{
    QString text;
    bool strong = false;
    bool emphasis = false;
};
QList<InlineRun> inlineRuns(const QString &markup);

// Which inline markers a block leaves open: a ** (strong) or a * (emphasis) without its pair.
// A backslash escapes the character after it.
struct OpenMarkers
{
    bool strong = false;
    bool emphasis = false;
    bool any() const { return strong || emphasis; }
};
OpenMarkers openMarkers(const QString &markup);

} // namespace dit::text
