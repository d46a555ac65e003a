#include "PassageHtml.h"

#include "text/Markdown.h"

#include <QRegularExpression>

namespace dit::letters {

namespace {

bool inAny(const QList<TextRange> &ranges, int pos)
{
    for (const TextRange &r : ranges)
        if (pos >= r.start && pos < r.end)
            return true;
    return false;
}

QString escaped(const QString &text)
{
    // Runs of spaces would collapse in HTML; the block's offsets must not move.
    QString out = text.toHtmlEscaped();
    out.replace(QStringLiteral("  "), QStringLiteral(" &nbsp;"));
    // A kept line break: <br> is one character (U+2028) in the document, like the original.
    out.replace(QChar(QChar::LineSeparator), QStringLiteral("<br>"));
    return out;
}

} // namespace

QString blockHtml(const QString &markup, const QList<TextRange> &highlights,
                  const QString &highlightColor, const QList<TextRange> &noted)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString bg =
        colour.match(highlightColor).hasMatch() ? highlightColor : QStringLiteral("#fff0a8");
    QString out;
    int pos = 0;
    for (const text::InlineRun &run : text::inlineRuns(markup)) {
        // Split the run where a highlight starts or ends.
        int i = 0;
        while (i < run.text.size()) {
            const bool marked = inAny(highlights, pos + i);
            const bool underlined = inAny(noted, pos + i);
            int j = i + 1;
            while (j < run.text.size() && inAny(highlights, pos + j) == marked &&
                   inAny(noted, pos + j) == underlined)
                ++j;
            QString piece = escaped(run.text.mid(i, j - i));
            if (run.emphasis)
                piece = QStringLiteral("<i>") + piece + QStringLiteral("</i>");
            if (run.strong)
                piece = QStringLiteral("<b>") + piece + QStringLiteral("</b>");
            if (marked)
                piece = QStringLiteral("<span style=\"background-color:%1;\"><u>%2</u></span>")
                            .arg(bg, piece);
            else if (underlined)
                piece = QStringLiteral("<u>") + piece + QStringLiteral("</u>");
            out += piece;
            i = j;
        }
        pos += int(run.text.size());
    }
    return out;
}

} // namespace dit::letters
