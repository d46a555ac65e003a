#include "Markdown.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dit::text {

namespace {

Error lineError(int line, const QString &what)
{
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("Markdown", "line %1: %2").arg(line).arg(what));
}

// Checks that * and ** markers pair up within one block; returns a problem or empty.
QString checkInline(const QString &markup)
{
    const OpenMarkers open = openMarkers(markup);
    if (open.strong)
        return QCoreApplication::translate("Markdown", "a ** (strong) marker is not closed");
    if (open.emphasis)
        return QCoreApplication::translate("Markdown", "a * (emphasis) marker is not closed");
    return {};
}

QString unsupported(const QString &line)
{
    static const QRegularExpression html(QStringLiteral("<[A-Za-z/!]"));
    static const QRegularExpression link(QStringLiteral("!?\\[[^\\]]*\\]\\("));
    if (line.contains(html))
        return QCoreApplication::translate("Markdown", "HTML is not allowed");
    if (line.contains(link))
        return QCoreApplication::translate("Markdown", "links and images are not supported");
    if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("    ")))
        return QCoreApplication::translate("Markdown", "code blocks are not supported");
    if (line.startsWith(u'|'))
        return QCoreApplication::translate("Markdown", "tables are not supported");
    if (line.startsWith(QLatin1String("####")))
        return QCoreApplication::translate("Markdown", "only heading levels 1 to 3 are supported");
    return {};
}

// Walks inline markup, calling `emit(text, strong, emphasis)` for each run.
template <typename Emit> void walkInline(const QString &markup, Emit emit)
{
    bool strong = false, emphasis = false;
    QString run;
    for (qsizetype i = 0; i < markup.size(); ++i) {
        const QChar c = markup.at(i);
        if (c == u'\\' && i + 1 < markup.size()) {
            run += markup.at(++i);
            continue;
        }
        if (c != u'*') {
            run += c;
            continue;
        }
        emit(run, strong, emphasis);
        run.clear();
        if (i + 1 < markup.size() && markup.at(i + 1) == u'*') {
            strong = !strong;
            ++i;
        } else {
            emphasis = !emphasis;
        }
    }
    emit(run, strong, emphasis);
}

} // namespace

OpenMarkers openMarkers(const QString &markup)
{
    OpenMarkers open;
    for (qsizetype i = 0; i < markup.size(); ++i) {
        if (markup.at(i) == u'\\' && i + 1 < markup.size()) {
            ++i;
            continue;
        }
        if (markup.at(i) != u'*')
            continue;
        if (i + 1 < markup.size() && markup.at(i + 1) == u'*') {
            open.strong = !open.strong;
            ++i;
        } else {
            open.emphasis = !open.emphasis;
        }
    }
    return open;
}

Result<QList<Block>> parse(const QString &source)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,3})\\.\\s+(.*)$"));
    QList<Block> blocks;
    bool inParagraph = false;
    const QStringList lines = QString(source)
                                  .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                  .split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNo = int(n) + 1;
        const QString &raw = lines.at(n);
        if (const QString why = unsupported(raw); !why.isEmpty())
            return lineError(lineNo, why);
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            inParagraph = false;
            continue;
        }
        static const QRegularExpression bareMarker(QStringLiteral("^([-*>]|\\d{1,3}\\.)$"));
        if (line.contains(bareMarker))
            return lineError(lineNo, QCoreApplication::translate(
                                         "Markdown", "this line has a marker but no text"));
        Block b;
        if (line.startsWith(u'#')) {
            const qsizetype level = line.indexOf(QRegularExpression(QStringLiteral("[^#]")));
            if (level < 1 || level > 3 || line.at(level) != u' ')
                return lineError(lineNo, QCoreApplication::translate(
                                             "Markdown", "a heading needs 1 to 3 # and a space"));
            b.type = Block::Type::Heading;
            b.level = int(level);
            b.markup = line.mid(level + 1).trimmed();
        } else if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* "))) {
            b.type = Block::Type::Bullet;
            b.markup = line.mid(2).trimmed();
        } else if (const auto m = numbered.match(line); m.hasMatch()) {
            b.type = Block::Type::Numbered;
            b.level = m.captured(1).toInt();
            b.markup = m.captured(2).trimmed();
        } else if (line.startsWith(u'>')) {
            b.type = Block::Type::Quote;
            b.markup = line.mid(1).trimmed();
        } else if (inParagraph && !blocks.isEmpty()) {
            // A paragraph continues on the next line; markers may close there.
            blocks.last().markup += u' ' + line;
            continue;
        } else {
            b.type = Block::Type::Paragraph;
            b.markup = line;
        }
        if (b.markup.isEmpty())
            return lineError(lineNo, QCoreApplication::translate(
                                         "Markdown", "this line has a marker but no text"));
        inParagraph = b.type == Block::Type::Paragraph;
        blocks.append(b);
    }
    for (const Block &b : blocks)
        if (const QString why = checkInline(b.markup); !why.isEmpty())
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate("Markdown", "in \"%1\": %2")
                                 .arg(b.markup.left(40), why));
    return blocks;
}

QString toStyledText(const QString &markup)
{
    QString out;
    walkInline(markup, [&](const QString &run, bool strong, bool emphasis) {
        if (run.isEmpty())
            return;
        QString piece = run.toHtmlEscaped();
        if (emphasis)
            piece = QStringLiteral("<i>") + piece + QStringLiteral("</i>");
        if (strong)
            piece = QStringLiteral("<b>") + piece + QStringLiteral("</b>");
        out += piece;
    });
    return out;
}

QString toPlainText(const QString &markup)
{
    QString out;
    walkInline(markup, [&](const QString &run, bool, bool) { out += run; });
    return out;
}

QList<InlineRun> inlineRuns(const QString &markup)
{
    QList<InlineRun> out;
    walkInline(markup, [&](const QString &run, bool strong, bool emphasis) {
        if (!run.isEmpty())
            out.append({run, strong, emphasis});
    });
    return out;
}

QString toPlainText(const QList<Block> &blocks)
{
    QStringList parts;
    for (const Block &b : blocks) {
        const QString text = toPlainText(b.markup);
        switch (b.type) {
        case Block::Type::Bullet:
            parts << QStringLiteral("- ") + text;
            break;
        case Block::Type::Numbered:
            parts << QString::number(b.level) + QStringLiteral(". ") + text;
            break;
        default:
            parts << text;
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace dit::text
