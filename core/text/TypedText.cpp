#include "TypedText.h"

#include "Markdown.h"

#include <QRegularExpression>
#include <QStringList>

namespace dit::text {

namespace {

bool isListOrQuote(const QString &line)
{
    static const QRegularExpression numbered(QStringLiteral("^\\d{1,3}\\.\\s"));
    return line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* ")) ||
           line.startsWith(u'>') || line.contains(numbered);
}

// Length of a list or quote marker at the start of the line (kept as markup).
qsizetype markerLength(const QString &line)
{
    if (line.startsWith(QLatin1String("* ")))
        return 2;
    return 0; // other markers contain no '*'
}

// A lone backslash would swallow the next character; keep it literal. "\*" and "\\" are
// the typed ways to write a literal star or backslash and stay as they are.
QString escapeBackslashes(const QString &line)
{
    QString out;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size() &&
            (line.at(i + 1) == u'*' || line.at(i + 1) == u'\\')) {
            out += c;
            out += line.at(++i);
        } else if (c == u'\\') {
            out += QStringLiteral("\\\\");
        } else {
            out += c;
        }
    }
    return out;
}

QString escapeLine(QString line)
{
    // Leading spaces would make a code block; they mean nothing in a letter.
    qsizetype lead = 0;
    while (lead < line.size() && line.at(lead).isSpace())
        ++lead;
    line = escapeBackslashes(line.mid(lead));
    static const QRegularExpression bare(QStringLiteral("^([-*>]|\\d{1,3}\\.)\\s*$"));
    if (line.startsWith(u'#') || line.startsWith(u'|') || line.startsWith(u'`') ||
        line.contains(bare))
        line.prepend(u'\\');
    // "<b" would be refused as HTML and "](" as a link: escape the character after.
    static const QRegularExpression html(QStringLiteral("<([A-Za-z/!])"));
    line.replace(html, QStringLiteral("<\\\\1"));
    line.replace(QStringLiteral("]("), QStringLiteral("]\\("));
    return line;
}

// Whether * and ** pair up, as Markdown's parse() requires.
bool starsBalanced(const QString &markup)
{
    return !openMarkers(markup).any();
}

QString escapeStars(const QString &line, qsizetype from)
{
    QString out = line.left(from);
    for (qsizetype i = from; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            out += c;
            out += line.at(++i);
            continue;
        }
        if (c == u'*')
            out += u'\\';
        out += c;
    }
    return out;
}

// Escapes every star of a block whose emphasis markers do not pair up, so a stray "*"
// shows as typed instead of making the letter unsavable.
void balanceBlock(QStringList &lines, qsizetype first, qsizetype last)
{
    QString joined;
    for (qsizetype i = first; i <= last; ++i)
        joined += lines.at(i).mid(markerLength(lines.at(i))) + u' ';
    if (starsBalanced(joined))
        return;
    for (qsizetype i = first; i <= last; ++i)
        lines[i] = escapeStars(lines.at(i), markerLength(lines.at(i)));
}

} // namespace

QString fromTyped(const QString &typed)
{
    QStringList lines = QString(typed)
                            .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                            .replace(u'\r', u'\n')
                            .split(u'\n');
    for (QString &line : lines)
        line = escapeLine(line);
    // Blocks as the parser sees them: a list item or quote is one line; a paragraph runs
    // until a blank line or a list item.
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines.at(i).trimmed().isEmpty()) {
            ++i;
            continue;
        }
        qsizetype last = i;
        if (!isListOrQuote(lines.at(i)))
            while (last + 1 < lines.size() && !lines.at(last + 1).trimmed().isEmpty() &&
                   !isListOrQuote(lines.at(last + 1)))
                ++last;
        balanceBlock(lines, i, last);
        // A line break inside a paragraph is kept (a sign-off, a poem): Qt's line separator.
        for (qsizetype j = last; j > i; --j)
            lines[i] += QChar(QChar::LineSeparator) + lines.takeAt(i + 1);
        i = i + 1;
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    return lines.join(u'\n');
}

QString toTyped(const QString &source)
{
    const QString markup = QString(source).replace(QChar(QChar::LineSeparator), u'\n');
    // Stars fromTyped() escaped because they did not pair up go back to plain stars (they
    // would be escaped again the same way); any other "\*" was typed so and stays.
    QStringList lines = markup.split(u'\n');
    qsizetype i = 0;
    while (i < lines.size()) {
        qsizetype last = i;
        if (!lines.at(i).trimmed().isEmpty() && !isListOrQuote(lines.at(i)))
            while (last + 1 < lines.size() && !lines.at(last + 1).trimmed().isEmpty() &&
                   !isListOrQuote(lines.at(last + 1)))
                ++last;
        QString joined;
        for (qsizetype j = i; j <= last; ++j)
            joined += lines.at(j).mid(markerLength(lines.at(j))) + u' ';
        QString unescaped = joined;
        unescaped.replace(QStringLiteral("\\*"), QStringLiteral("*"));
        if (!joined.contains(QRegularExpression(QStringLiteral("(^|[^\\\\])\\*"))) &&
            !starsBalanced(unescaped))
            for (qsizetype j = i; j <= last; ++j)
                lines[j].replace(QStringLiteral("\\*"), QStringLiteral("*"));
        i = last + 1;
    }
    const QString text = lines.join(u'\n');

    QString out;
    for (qsizetype k = 0; k < text.size(); ++k) {
        const QChar c = text.at(k);
        if (c != u'\\' || k + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(k + 1);
        ++k;
        if (next == u'*') {
            out += QStringLiteral("\\*");
        } else if (next == u'\\') {
            // A literal backslash: typed as one, unless a star or backslash follows.
            const bool ambiguous =
                k + 1 < text.size() && (text.at(k + 1) == u'*' || text.at(k + 1) == u'\\');
            out += ambiguous ? QStringLiteral("\\\\") : QStringLiteral("\\");
        } else {
            out += next; // an escape fromTyped() added
        }
    }
    return out;
}

} // namespace dit::text
