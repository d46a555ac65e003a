#include "Letter.h"

#include "common/Ids.h"
#include "text/Markdown.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dit {

namespace {} // namespace

QString letterAuthorName(LetterAuthor author)
{
    return author == LetterAuthor::Patient ? QStringLiteral("patient")
                                           : QStringLiteral("therapist");
}

bool letterAuthorFromName(const QString &name, LetterAuthor *author)
{
    if (name == QLatin1String("therapist"))
        *author = LetterAuthor::Therapist;
    else if (name == QLatin1String("patient"))
        *author = LetterAuthor::Patient;
    else
        return false;
    return true;
}

QString Letter::problem() const
{
    if (title.trimmed().isEmpty())
        return QCoreApplication::translate("Letter", "Please give the letter a title.");
    if (title.size() > kMaxTitleLength)
        return QCoreApplication::translate("Letter",
                                           "The title is too long (at most %1 characters).")
            .arg(kMaxTitleLength);
    if (!date.isValid())
        return QCoreApplication::translate("Letter",
                                           "Please give the date the letter was written.");
    if (!inReplyTo.isEmpty() && !isValidId(inReplyTo))
        return QCoreApplication::translate("Letter",
                                           "The letter this replies to is not recognised.");
    if (sections.isEmpty())
        return QCoreApplication::translate("Letter",
                                           "A letter needs at least one section with some text.");
    if (sections.size() > kMaxSections)
        return QCoreApplication::translate("Letter", "A letter can have at most %1 sections.")
            .arg(kMaxSections);
    qsizetype total = 0;
    for (const LetterSection &s : sections) {
        const QString name =
            s.heading.isEmpty() ? QCoreApplication::translate("Letter", "the letter") : s.heading;
        if (s.heading.size() > kMaxTitleLength)
            return QCoreApplication::translate(
                       "Letter", "A section heading is too long (at most %1 characters).")
                .arg(kMaxTitleLength);
        if (s.text.trimmed().isEmpty())
            return QCoreApplication::translate("Letter", "The section \"%1\" has no text.")
                .arg(name);
        total += s.text.size();
        auto blocks = text::parse(s.text);
        if (!blocks)
            return QCoreApplication::translate("Letter", "In \"%1\", %2")
                .arg(name, blocks.error().message);
        for (const text::Block &b : blocks.value())
            if (b.type == text::Block::Type::Heading)
                return QCoreApplication::translate(
                           "Letter", "In \"%1\", a heading (#) is not allowed inside a section.")
                    .arg(name);
    }
    if (total > kMaxTextLength)
        return QCoreApplication::translate(
                   "Letter", "The letter is too long to keep here (at most %1 characters).")
            .arg(kMaxTextLength);
    return {};
}

QJsonObject Letter::toJson() const
{
    QJsonArray secs;
    for (const LetterSection &s : sections)
        secs.append(QJsonObject{{QStringLiteral("key"), s.key},
                                {QStringLiteral("heading"), s.heading},
                                {QStringLiteral("text"), s.text}});
    QJsonObject o{{QStringLiteral("author"), letterAuthorName(author)},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("date"), date.toString(Qt::ISODate)},
                  {QStringLiteral("sections"), secs}};
    if (!inReplyTo.isEmpty())
        o.insert(QStringLiteral("inReplyTo"), inReplyTo);
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    return o;
}

Result<Letter> Letter::fromJson(const QJsonObject &json)
{
    const auto bad = [] {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("Letter", "A letter in the store could not be read."));
    };
    Letter l;
    if (!letterAuthorFromName(json.value(QStringLiteral("author")).toString(), &l.author))
        return bad();
    l.title = json.value(QStringLiteral("title")).toString();
    l.date = QDate::fromString(json.value(QStringLiteral("date")).toString(), Qt::ISODate);
    l.inReplyTo = json.value(QStringLiteral("inReplyTo")).toString();
    l.source = json.value(QStringLiteral("source")).toString();
    const QJsonValue secs = json.value(QStringLiteral("sections"));
    if (!secs.isArray())
        return bad();
    for (const QJsonValue &v : secs.toArray()) {
        if (!v.isObject())
            return bad();
        const QJsonObject o = v.toObject();
        l.sections.append({o.value(QStringLiteral("key")).toString(),
                           o.value(QStringLiteral("heading")).toString(),
                           o.value(QStringLiteral("text")).toString()});
    }
    return l;
}

int Letter::sectionIndex(const QString &key) const
{
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < sections.size(); ++i)
        if (sections.at(i).key == key)
            return i;
    return -1;
}

} // namespace dit
