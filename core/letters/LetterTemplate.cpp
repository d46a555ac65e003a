#include "LetterTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace dit::letters {

namespace {

QString normalised(QString s)
{
    s = s.toCaseFolded();
    s.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    static const QRegularExpression other(QStringLiteral("[^\\w' ]+"));
    s.replace(other, QStringLiteral(" "));
    return s.simplified();
}

// Headings seen on real letters and in the DIT literature, by key (English; the translated
// default headings are matched too).
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = [] {
        const QList<std::pair<const char *, QStringList>> list = {
            {"background",
             {QStringLiteral("background"), QStringLiteral("background and referral"),
              QStringLiteral("referral"), QStringLiteral("why we met"),
              QStringLiteral("how we came to meet"), QStringLiteral("introduction")}},
            {"self",
             {QStringLiteral("experiences of your self"), QStringLiteral("experiences of yourself"),
              QStringLiteral("your experience of yourself"), QStringLiteral("self")}},
            {"others",
             {QStringLiteral("experiences of others"), QStringLiteral("your experience of others"),
              QStringLiteral("others")}},
            {"feelings",
             {QStringLiteral("how this makes you feel and how you deal with these feelings"),
              QStringLiteral("how this makes you feel"), QStringLiteral("feelings and coping"),
              QStringLiteral("feelings and ways of coping"),
              QStringLiteral("how you deal with these feelings")}},
            {"pattern",
             {QStringLiteral("the pattern between us in therapy"),
              QStringLiteral("the pattern between us"), QStringLiteral("the pattern in therapy"),
              QStringLiteral("our relationship in therapy")}},
            {"changed",
             {QStringLiteral("what has changed"),
              QStringLiteral("therapy so far and what you've achieved"),
              QStringLiteral("therapy so far and what you have achieved"),
              QStringLiteral("what you've achieved"), QStringLiteral("what was achieved")}},
            {"keep",
             {QStringLiteral("what to keep in mind"), QStringLiteral("things to keep in mind"),
              QStringLiteral("unfinished business"), QStringLiteral("looking ahead")}},
            {"ending",
             {QStringLiteral("ending"), QStringLiteral("endings"), QStringLiteral("conclusion"),
              QStringLiteral("saying goodbye")}},
        };
        QHash<QString, QString> m;
        for (const auto &[key, names] : list)
            for (const QString &n : names)
                m.insert(normalised(n), QString::fromLatin1(key));
        return m;
    }();
    return map;
}

} // namespace

QList<TemplateSection> therapistTemplate()
{
    return {
        {QStringLiteral("background"), QCoreApplication::translate("LetterTemplate", "Background"),
         QCoreApplication::translate(
             "LetterTemplate", "Optional: how we came to meet, and what brought you to therapy."),
         true},
        {QStringLiteral("self"),
         QCoreApplication::translate("LetterTemplate", "Experiences of your self"),
         QCoreApplication::translate("LetterTemplate",
                                     "How you see and treat yourself, in your own words."),
         false},
        {QStringLiteral("others"),
         QCoreApplication::translate("LetterTemplate", "Experiences of others"),
         QCoreApplication::translate("LetterTemplate",
                                     "How others seem to you, and what you expect from them."),
         false},
        {QStringLiteral("feelings"),
         QCoreApplication::translate(
             "LetterTemplate", "How this makes you feel and how you deal with these feelings"),
         QCoreApplication::translate(
             "LetterTemplate",
             "The feelings that link the two, and the ways you have found of coping."),
         false},
        {QStringLiteral("pattern"),
         QCoreApplication::translate("LetterTemplate", "The pattern between us in therapy"),
         QCoreApplication::translate("LetterTemplate",
                                     "How the pattern showed itself between us in the room."),
         false},
        {QStringLiteral("changed"),
         QCoreApplication::translate("LetterTemplate", "What has changed"),
         QCoreApplication::translate("LetterTemplate", "What you have achieved in therapy so far."),
         false},
        {QStringLiteral("keep"),
         QCoreApplication::translate("LetterTemplate", "What to keep in mind"),
         QCoreApplication::translate("LetterTemplate",
                                     "What is unfinished, and what to watch for."),
         false},
        {QStringLiteral("ending"), QCoreApplication::translate("LetterTemplate", "Ending"),
         QCoreApplication::translate("LetterTemplate", "Saying goodbye."), false},
    };
}

QList<TemplateSection> replyTemplate()
{
    return {
        {QStringLiteral("reply"), QString(),
         QCoreApplication::translate(
             "LetterTemplate", "Write as much or as little as you like. You can come back to it."),
         false}};
}

QList<TemplateSection> templateFor(LetterAuthor author)
{
    return author == LetterAuthor::Patient ? replyTemplate() : therapistTemplate();
}

Letter blankLetter(LetterAuthor author)
{
    Letter l;
    l.author = author;
    for (const TemplateSection &t : templateFor(author))
        l.sections.append({t.key, t.heading, QString()});
    return l;
}

QString keyForHeading(const QString &heading)
{
    const QString n = normalised(heading);
    if (n.isEmpty())
        return {};
    for (const TemplateSection &t : therapistTemplate())
        if (normalised(t.heading) == n)
            return t.key;
    return aliases().value(n);
}

QString headingForKey(const QString &key)
{
    for (const TemplateSection &t : therapistTemplate())
        if (t.key == key)
            return t.heading;
    return {};
}

Letter withoutEmptySections(Letter letter)
{
    letter.sections.removeIf([](const LetterSection &s) { return s.text.trimmed().isEmpty(); });
    return letter;
}

} // namespace dit::letters
