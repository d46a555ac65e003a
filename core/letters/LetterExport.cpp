#include "LetterExport.h"

#include "Annotations.h"
#include "LetterStore.h"
#include "text/Markdown.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <tuple>

namespace dit::letters {

namespace {

constexpr int kColumns = 72;

QString wrapLine(const QString &text, const QString &firstPrefix, const QString &indent);

// Greedy word wrap; `indent` starts continuation lines (a list item's hanging indent). Kept
// line breaks (U+2028) start a new line.
QString wrap(const QString &text, const QString &firstPrefix, const QString &indent)
{
    QStringList out;
    const QStringList lines = text.split(QChar(QChar::LineSeparator));
    for (qsizetype i = 0; i < lines.size(); ++i)
        out << wrapLine(lines.at(i), i == 0 ? firstPrefix : indent, indent);
    return out.join(u'\n');
}

QString wrapLine(const QString &text, const QString &firstPrefix, const QString &indent)
{
    QStringList lines;
    QString line = firstPrefix;
    bool lineHasWord = false;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (lineHasWord && line.size() + 1 + word.size() > kColumns) {
            lines << line;
            line = indent;
            lineHasWord = false;
        }
        if (lineHasWord)
            line += u' ';
        line += word;
        lineHasWord = true;
    }
    lines << line;
    return lines.join(u'\n');
}

QString underline(const QString &heading, QChar c)
{
    return heading + u'\n' + QString(heading.size(), c);
}

void appendLetter(QStringList &parts, const Letter &l)
{
    parts << underline(l.title, u'=');
    parts << authorLine(l) + QStringLiteral(", ") + letterDateText(l.date);
    for (const LetterSection &s : l.sections) {
        if (!s.heading.isEmpty())
            parts << underline(s.heading, u'-');
        auto blocks = text::parse(s.text);
        if (!blocks) {
            parts << s.text;
            continue;
        }
        for (const text::Block &b : blocks.value()) {
            const QString plain = text::toPlainText(b.markup);
            switch (b.type) {
            case text::Block::Type::Bullet:
                parts << wrap(plain, QStringLiteral("  - "), QStringLiteral("    "));
                break;
            case text::Block::Type::Numbered:
                parts << wrap(plain, QStringLiteral("  %1. ").arg(b.level),
                              QStringLiteral("     "));
                break;
            case text::Block::Type::Quote:
                parts << wrap(plain, QStringLiteral("    "), QStringLiteral("    "));
                break;
            default:
                parts << wrap(plain, QString(), QString());
            }
        }
    }
}

} // namespace

QString letterDateText(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString replyPartTitle()
{
    return QCoreApplication::translate("LetterExport", "Your reply");
}

QString marksPartTitle()
{
    return QCoreApplication::translate("LetterExport", "Passages you marked");
}

QString markNotInVersionText()
{
    return QCoreApplication::translate("LetterExport",
                                       "(These words are not in this version of the letter.)");
}

QString authorLine(const Letter &letter)
{
    return letter.author == LetterAuthor::Patient
               ? QCoreApplication::translate("LetterExport", "Your reply")
               : QCoreApplication::translate("LetterExport", "From your therapist");
}

Result<LetterExport> gatherExport(RecordStore &records, const QString &thread,
                                  const ExportOptions &options)
{
    LetterStore letters(records);
    auto current = letters.currentVersion(thread);
    if (!current)
        return current.error();
    LetterExport out;
    out.letter = current.value().letter;
    const QString subject = current.value().record.subject;
    if (options.includeReply && out.letter.author == LetterAuthor::Therapist) {
        auto replyThread = letters.replyTo(thread, subject);
        if (!replyThread)
            return replyThread.error();
        if (!replyThread.value().isEmpty()) {
            auto reply = letters.currentVersion(replyThread.value());
            if (!reply)
                return reply.error();
            out.reply = reply.value().letter;
        }
    }
    if (options.includeMarks) {
        auto marks = AnnotationStore(records).forLetter(thread, subject);
        if (!marks)
            return marks.error();
        // In the order they come in the letter; marks on words not in it last.
        QList<std::pair<std::tuple<bool, int, int, int>, MarkedPassage>> ordered;
        for (const Annotation &a : marks.value()) {
            MarkedPassage p;
            p.quote = a.anchor.quote;
            p.note = a.note;
            const auto at = locate(out.letter, current.value().record.id, a.anchor);
            p.inThisVersion = at.has_value();
            if (at)
                p.heading = out.letter.sections.at(at->section).heading;
            ordered.append({at ? std::tuple(false, at->section, at->block, at->start)
                               : std::tuple(true, 0, 0, 0),
                            p});
        }
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto &x, const auto &y) { return x.first < y.first; });
        for (const auto &entry : ordered)
            out.marks.append(entry.second);
    }
    return out;
}

QString toPlainTextExport(const LetterExport &content)
{
    QStringList parts;
    appendLetter(parts, content.letter);
    if (content.reply) {
        parts << QStringLiteral("* * *");
        appendLetter(parts, *content.reply);
    }
    if (!content.marks.isEmpty()) {
        parts << QStringLiteral("* * *");
        parts << underline(marksPartTitle(), u'=');
        for (const MarkedPassage &m : content.marks) {
            QString entry = wrap(QStringLiteral("\u201C") + m.quote + QStringLiteral("\u201D"),
                                 QStringLiteral("    "), QStringLiteral("    "));
            if (!m.heading.isEmpty())
                entry += u'\n' + wrap(QStringLiteral("(") + m.heading + QStringLiteral(")"),
                                      QStringLiteral("    "), QStringLiteral("    "));
            if (!m.inThisVersion)
                entry += u'\n' + wrap(markNotInVersionText(), QStringLiteral("    "),
                                      QStringLiteral("    "));
            if (!m.note.isEmpty())
                entry += u'\n' + wrap(QCoreApplication::translate("LetterExport", "Your note: %1")
                                          .arg(m.note.simplified()),
                                      QString(), QString());
            parts << entry;
        }
    }
    return parts.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace dit::letters
