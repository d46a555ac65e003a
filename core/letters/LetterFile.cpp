#include "LetterFile.h"

#include "LetterTemplate.h"
#include "common/Ids.h"
#include "text/Markdown.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace dit::letters {

namespace {

Error refuse(const QString &why)
{
    return makeError(ErrorCode::BadInput, why);
}

Error refuseAt(int line, const QString &why)
{
    return refuse(QCoreApplication::translate("LetterFile", "line %1: %2").arg(line).arg(why));
}

// Private-use placeholder for a hard line break while the parser runs.
const QChar kBreakMark(0xE000);

QString blockToMarkup(const text::Block &block)
{
    text::Block b = block;
    b.markup.replace(QString(kBreakMark) + u' ', QChar(QChar::LineSeparator));
    b.markup.remove(kBreakMark);
    switch (b.type) {
    case text::Block::Type::Bullet:
        return QStringLiteral("- ") + b.markup;
    case text::Block::Type::Numbered:
        return QString::number(b.level) + QStringLiteral(". ") + b.markup;
    case text::Block::Type::Quote:
        return QStringLiteral("> ") + b.markup;
    default:
        return b.markup;
    }
}

} // namespace

Result<Letter> parseLetterFile(const QByteArray &bytes)
{
    if (bytes.size() > kMaxLetterFileBytes)
        return refuse(QCoreApplication::translate(
            "LetterFile", "The file is too large to be a letter (over 1 MB)."));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return refuse(QCoreApplication::translate("LetterFile", "The file is not UTF-8 text."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                  .replace(u'\r', u'\n')
                                  .split(u'\n');

    Letter letter;
    letter.source = QStringLiteral("file");
    qsizetype n = 0;
    while (n < lines.size() && lines.at(n).trimmed().isEmpty())
        ++n;
    if (n == lines.size())
        return refuse(QCoreApplication::translate("LetterFile", "The file is empty."));
    static const QRegularExpression titleLine(QStringLiteral("^#\\s+(.+)$"));
    const auto title = titleLine.match(lines.at(n).trimmed());
    if (!title.hasMatch() || lines.at(n).trimmed().startsWith(QLatin1String("##")))
        return refuseAt(int(n) + 1,
                        QCoreApplication::translate(
                            "LetterFile", "the file must begin with the letter's title as "
                                          "\"# Title\"."));
    letter.title = text::toPlainText(title.captured(1).trimmed());
    ++n;

    // Header lines up to the first blank line or section heading.
    static const QRegularExpression header(QStringLiteral("^([A-Za-z][A-Za-z-]*):\\s*(.*)$"));
    bool haveDate = false;
    for (; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            break;
        const auto m = header.match(line);
        if (!m.hasMatch())
            return refuseAt(int(n) + 1,
                            QCoreApplication::translate(
                                "LetterFile", "expected a header such as \"Date: 2026-06-10\" "
                                              "or a blank line after the title."));
        const QString name = m.captured(1).toLower();
        const QString value = m.captured(2).trimmed();
        if (name == QLatin1String("author")) {
            if (!letterAuthorFromName(value.toLower(), &letter.author))
                return refuseAt(int(n) + 1,
                                QCoreApplication::translate(
                                    "LetterFile", "Author must be therapist or patient."));
        } else if (name == QLatin1String("date")) {
            letter.date = QDate::fromString(value, Qt::ISODate);
            if (!letter.date.isValid())
                return refuseAt(int(n) + 1,
                                QCoreApplication::translate("LetterFile",
                                                            "the date must look like 2026-06-10."));
            haveDate = true;
        } else if (name == QLatin1String("in-reply-to")) {
            if (!isValidId(value))
                return refuseAt(int(n) + 1,
                                QCoreApplication::translate(
                                    "LetterFile", "In-Reply-To must be a letter's full id."));
            letter.inReplyTo = value;
        } else {
            return refuseAt(int(n) + 1,
                            QCoreApplication::translate(
                                "LetterFile", "unknown header \"%1\" (expected Author, Date or "
                                              "In-Reply-To).")
                                .arg(m.captured(1)));
        }
    }
    if (!haveDate)
        return refuse(QCoreApplication::translate(
            "LetterFile", "The letter needs a \"Date: YYYY-MM-DD\" line under its title."));

    // The body, parsed strictly; blank lines in front keep the parser's line numbers
    // the same as the file's.
    QStringList body(n, QString());
    for (qsizetype i = n; i < lines.size(); ++i) {
        // A backslash ending a line is a line break kept inside the paragraph. Mark it with a
        // placeholder the parser does not trim; blockToMarkup() turns it into U+2028.
        QString line = lines.at(i);
        qsizetype slashes = 0;
        while (slashes < line.size() && line.at(line.size() - 1 - slashes) == u'\\')
            ++slashes;
        if (slashes % 2 == 1) {
            line.chop(1);
            line += kBreakMark;
        }
        body << line;
    }
    auto blocks = text::parse(body.join(u'\n'));
    if (!blocks)
        return blocks.error();
    const bool reply = letter.author == LetterAuthor::Patient;
    QList<QStringList> texts;
    for (const text::Block &b : blocks.value()) {
        if (b.type == text::Block::Type::Heading) {
            if (b.level != 2)
                return refuse(QCoreApplication::translate(
                                  "LetterFile",
                                  "Only \"## \" section headings are allowed after the title "
                                  "(found \"%1\").")
                                  .arg(b.markup.left(60)));
            const QString heading = text::toPlainText(b.markup);
            const QString key = keyForHeading(heading);
            letter.sections.append({key, heading, QString()});
            texts.append(QStringList());
            continue;
        }
        if (letter.sections.isEmpty()) {
            // Text before the first heading: an untitled opening (a reply's whole body).
            letter.sections.append(
                {reply ? QStringLiteral("reply") : QStringLiteral("background"), QString(), {}});
            texts.append(QStringList());
        }
        texts.last() << blockToMarkup(b);
    }
    for (qsizetype i = 0; i < letter.sections.size(); ++i) {
        letter.sections[i].text = texts.at(i).join(QStringLiteral("\n\n"));
        if (letter.sections.at(i).text.isEmpty())
            return refuse(
                QCoreApplication::translate("LetterFile", "The section \"%1\" has no text.")
                    .arg(letter.sections.at(i).heading));
    }
    if (const QString p = letter.problem(); !p.isEmpty())
        return refuse(p);
    return letter;
}

QString toLetterFile(const Letter &letter)
{
    QStringList out;
    out << QStringLiteral("# ") + letter.title;
    out << QStringLiteral("Author: ") + letterAuthorName(letter.author);
    out << QStringLiteral("Date: ") + letter.date.toString(Qt::ISODate);
    if (!letter.inReplyTo.isEmpty())
        out << QStringLiteral("In-Reply-To: ") + letter.inReplyTo;
    for (const LetterSection &s : letter.sections) {
        out << QString();
        if (!s.heading.isEmpty()) {
            out << QStringLiteral("## ") + s.heading;
            out << QString();
        }
        out << QString(s.text).replace(QChar(QChar::LineSeparator), QStringLiteral("\\\n"));
    }
    return out.join(u'\n') + u'\n';
}

} // namespace dit::letters
