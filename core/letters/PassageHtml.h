#pragma once

#include <QList>
#include <QString>

namespace dit::letters {

// A character range of a block's plain text, [start, end).
struct TextRange
{
    int start = 0;
    int end = 0;
};

// One block of a letter (its inline markup) as HTML for a rich-text QML TextEdit: emphasis
// and strong kept, the ranges highlighted with `highlightColor` behind them and an underline
// (so the mark does not rest on colour alone), everything else escaped. The HTML's plain
// text is exactly the block's plain text, so selection offsets in the view are offsets into
// the block (what PassageAnchor stores).
// `noted` ranges (words a note is about) are underlined only.
QString blockHtml(const QString &markup, const QList<TextRange> &highlights,
                  const QString &highlightColor, const QList<TextRange> &noted = {});

} // namespace dit::letters
