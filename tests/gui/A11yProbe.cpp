#include "A11yProbe.h"

#include <QAccessible>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QQuickItem>
#include <QRegularExpression>

#include <algorithm>

namespace dit::a11y {

namespace {

constexpr qreal kTouchTarget = 48.0;
constexpr qreal kTolerance = 0.5; // sub-pixel layout rounding

bool inheritsAny(const QObject *o, std::initializer_list<const char *> classes)
{
    for (const char *c : classes) {
        if (o->inherits(c))
            return true;
    }
    return false;
}

bool hasEnabledTapHandler(const QQuickItem *item)
{
    const auto children = item->children();
    for (const QObject *child : children) {
        if (child->inherits("QQuickTapHandler") && child->property("enabled").toBool())
            return true;
    }
    return false;
}

// What a person can press, type into or move; the item that takes the input.
bool isInteractive(const QQuickItem *item)
{
    if (inheritsAny(item, {"QQuickAbstractButton", "QQuickComboBox", "QQuickSlider",
                           "QQuickRangeSlider", "QQuickSpinBox", "QQuickDial", "QQuickTumbler"}))
        return true;
    if (inheritsAny(item, {"QQuickTextInput", "QQuickTextEdit"})) {
        // Read-only text a person can still focus (to select and mark it) counts too.
        return !item->property("readOnly").toBool() || item->activeFocusOnTab();
    }
    if (item->inherits("QQuickMouseArea"))
        return item->isEnabled();
    if (hasEnabledTapHandler(item))
        return true;
    return item->activeFocusOnTab() && !item->inherits("QQuickFlickable");
}

QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// "objectName (Type "text") in a > b > c", enough to find the item in the QML.
QString describe(QQuickItem *item)
{
    QString type = QString::fromLatin1(item->metaObject()->className());
    type = type.section(QLatin1String("_QML"), 0, 0).section(QLatin1String("_QMLTYPE"), 0, 0);
    QString text = item->property("text").toString();
    if (text.isEmpty())
        text = item->property("placeholderText").toString();
    QStringList path;
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    }
    return QStringLiteral("%1 (%2%3) in %4")
        .arg(item->objectName().isEmpty() ? QStringLiteral("<no objectName>") : item->objectName(),
             type, text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text.left(40)),
             path.isEmpty() ? QStringLiteral("window") : path.join(QLatin1String(" > ")));
}

void walk(QQuickItem *item, QStringList *out)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    if (isInteractive(item)) {
        QString name = accessibleName(item);
        // A MouseArea or TapHandler usually makes its parent the thing a person sees.
        if (name.isEmpty() && item->inherits("QQuickMouseArea") && item->parentItem())
            name = accessibleName(item->parentItem());
        if (name.isEmpty())
            out->append(QStringLiteral("no accessible name: ") + describe(item));
        // Read-only text that can be selected (the letter) is prose, not a target (WCAG
        // 2.5.8 exempts targets inside text).
        const bool prose = item->property("readOnly").toBool();
        if (!prose && (item->width() < kTouchTarget - kTolerance ||
                       item->height() < kTouchTarget - kTolerance))
            out->append(QStringLiteral("smaller than 48x48 (%1x%2): ")
                            .arg(qRound(item->width()))
                            .arg(qRound(item->height())) +
                        describe(item));
        // A control's own parts (a field inside a spin box) are its business.
        if (!item->inherits("QQuickMouseArea"))
            return;
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, out);
}

QString normalised(const QString &text)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    return text.toCaseFolded().replace(nonLetters, QStringLiteral(" ")).simplified();
}

void collectStrings(const QJsonValue &v, QStringList *out)
{
    if (v.isString())
        out->append(v.toString());
    else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &x : a)
            collectStrings(x, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectStrings(it.value(), out);
    }
}

QStringList stringsIn(const QString &text)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        collectStrings(doc.object(), &out);
    else if (doc.isArray())
        collectStrings(doc.array(), &out);
    else {
        // A Markdown heading is a line; a front-matter line ("title: The middle") a value.
        static const QRegularExpression field(QStringLiteral("^\\w+:\\s*"));
        const QStringList lines = text.split(QLatin1Char('\n'));
        out << text << lines;
        for (QString line : lines)
            out << line.remove(field);
    }
    return out;
}

void collectTexts(QQuickItem *item, QStringList *out)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    if (inheritsAny(item, {"QQuickText", "QQuickTextInput", "QQuickTextEdit"})) {
        // What is typed in a field is the person's; its placeholder is the app's.
        if (item->inherits("QQuickText"))
            out->append(item->property("text").toString());
        else
            out->append(item->property("placeholderText").toString());
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectTexts(child, out);
}

} // namespace

QStringList problems(QQuickItem *root)
{
    QStringList out;
    if (root)
        walk(root, &out);
    out.removeDuplicates();
    return out;
}

QString contentText(const QStringList &texts)
{
    QStringList strings;
    for (const QString &t : texts)
        strings << stringsIn(t);
    QDirIterator it(QStringLiteral(":/dit"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            strings << stringsIn(QString::fromUtf8(f.readAll()));
    }
    QStringList parts;
    for (const QString &s : strings)
        parts << normalised(s);
    return QStringLiteral("| ") + parts.join(QLatin1String(" | ")) + QStringLiteral(" |");
}

namespace {

// True if `text` (plain, one run of a rich text when `inRichText`) is the app's own wording
// left untranslated.
bool untranslatedRun(const QString &text, const QString &content, const QStringList &localeWords,
                     bool inRichText)
{
    if (text.contains(QChar(0x27E6)) || text.contains(QChar(0x27E7)))
        return false; // pseudo-localised (a translated part may hold data, that is fine)
    QString letters = normalised(text);
    if (letters.isEmpty())
        return false;
    // Content: a whole piece (a title, a heading), or three words or more inside one (a
    // paragraph). Shorter matches could be any word of the app's own.
    const QStringList words = letters.split(QLatin1Char(' '));
    if (content.contains(QStringLiteral("| ") + letters + QStringLiteral(" |")) ||
        (words.size() >= 3 && content.contains(QLatin1Char(' ') + letters + QLatin1Char(' '))))
        return false;
    // A short run inside rich text (a word marked as changed between two letter versions)
    // is content when each of its words is.
    if (inRichText && std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return content.contains(QLatin1Char(' ') + w + QLatin1Char(' '));
        }))
        return false;
    // Names that are content on their own (a questionnaire's short name, "PHQ-9") may be
    // joined with numbers by the app: "PHQ-9 10 · GAD-7 12".
    letters.clear();
    for (const QString &w : words) {
        if (!content.contains(QStringLiteral("| ") + w + QStringLiteral(" |")))
            letters += w + QLatin1Char(' ');
    }
    for (const QString &w : localeWords)
        letters.replace(
            QRegularExpression(
                QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(normalised(w)))),
            QString());
    return !letters.simplified().isEmpty();
}

} // namespace

QStringList untranslated(QQuickItem *root, const QString &content)
{
    QStringList texts;
    if (root)
        collectTexts(root, &texts);
    // Day and month names come from the locale, not from a translation.
    QStringList localeWords;
    const QLocale locale;
    for (int i = 1; i <= 12; ++i)
        localeWords << locale.monthName(i) << locale.monthName(i, QLocale::ShortFormat)
                    << locale.standaloneMonthName(i);
    for (int i = 1; i <= 7; ++i)
        localeWords << locale.dayName(i) << locale.dayName(i, QLocale::ShortFormat);
    localeWords << locale.amText() << locale.pmText();
    static const QRegularExpression tag(QStringLiteral("<[^>]*>|&\\w+;"));

    QStringList out;
    for (const QString &text : std::as_const(texts)) {
        const QStringList runs = text.split(tag, Qt::SkipEmptyParts);
        const bool rich = runs.size() > 1;
        for (const QString &run : runs) {
            if (untranslatedRun(run, content, localeWords, rich))
                out << run.simplified().left(80);
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace dit::a11y
