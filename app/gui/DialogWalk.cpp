#include "DialogWalk.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>

namespace dit {

namespace {

const QString kImports = QStringLiteral(":/qt-project.org/imports/org/ditcompanion/");

// Qt's own types that are, or make, a dialog when a page declares them.
const QString kDialogTypes = QStringLiteral(
    "Dialog|Popup|Menu|Drawer|ToolTip|ComboBox|FileDialog|FolderDialog|MessageDialog");

bool isFileChooser(const QObject *o)
{
    return o->inherits("QQuickFileDialog") || o->inherits("QQuickFolderDialog");
}

bool isPopup(const QObject *o)
{
    return o->inherits("QQuickPopup");
}

struct Found
{
    QObject *dialog;
    QString name; // its objectName, or its ComboBox's or holder's
};

void add(QObject *dialog, const QString &name, QList<Found> *out)
{
    for (const Found &f : std::as_const(*out)) {
        if (f.dialog == dialog)
            return;
    }
    if (!name.isEmpty()) {
        out->append({dialog, name});
        return;
    }
    // Unnamed: by the component that holds it, such as a PathField's file chooser.
    const QString type = QString::fromLatin1(dialog->metaObject()->className());
    const QObject *holder = dialog->parent();
    out->append({dialog, holder && !holder->objectName().isEmpty()
                             ? holder->objectName() + QLatin1Char(' ') + type
                             : type});
}

// A ComboBox stands for its list (a popup), which it makes only when first asked for it:
// asked in openAll(), for the first of its kind only (making every row's list is slow).
void collect(QObject *o, QList<Found> *out)
{
    if (isFileChooser(o) || isPopup(o))
        add(o, o->objectName(), out);
    if (o->inherits("QQuickComboBox"))
        add(o, o->objectName() + QStringLiteral(" list"), out);
    const QObjectList children = o->children();
    for (QObject *child : children)
        collect(child, out);
    if (auto *item = qobject_cast<QQuickItem *>(o)) {
        const QList<QQuickItem *> items = item->childItems();
        for (QQuickItem *child : items) {
            if (child->parent() != o) // not reached above
                collect(child, out);
        }
    }
}

// The source of every QML type in our modules, by type name.
QHash<QString, QString> moduleSources()
{
    QHash<QString, QString> sources;
    static const QRegularExpression entry(QStringLiteral("^(\\w+) \\d+\\.\\d+ (\\S+\\.qml)$"));
    for (const QString &module : {QStringLiteral("app/"), QStringLiteral("design/")}) {
        QFile qmldir(kImports + module + QStringLiteral("qmldir"));
        if (!qmldir.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromUtf8(qmldir.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const auto m = entry.match(line.trimmed());
            if (!m.hasMatch())
                continue;
            QFile file(kImports + module + m.captured(2));
            if (file.open(QIODevice::ReadOnly))
                sources.insert(m.captured(1), QString::fromUtf8(file.readAll()));
        }
    }
    return sources;
}

bool declares(const QString &source, const QString &types)
{
    const QRegularExpression use(QStringLiteral("(?<![\\w.])(?:") + types +
                                 QStringLiteral(")\\s*\\{"));
    return use.match(source).hasMatch();
}

// The types whose QML declares a dialog, or a component that does, at any depth. A page that
// declares another page (to push it later) does not hold that page's dialogs: each page is
// walked itself.
QSet<QString> typesWithDialogs()
{
    const QHash<QString, QString> sources = moduleSources();
    QSet<QString> found;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        if (declares(it.value(), kDialogTypes))
            found.insert(it.key());
    }
    for (qsizetype before = -1; before != found.size();) {
        before = found.size();
        QStringList components;
        for (const QString &type : std::as_const(found)) {
            if (!type.endsWith(QLatin1String("Page")))
                components << type;
        }
        const QString names = components.join(QLatin1Char('|'));
        for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
            if (!found.contains(it.key()) && declares(it.value(), names))
                found.insert(it.key());
        }
    }
    return found;
}

} // namespace

DialogWalk::DialogWalk(QQuickWindow *window, const QStringList &pageTypes)
    : m_window(window), m_pageTypes(pageTypes)
{
    const QSet<QString> withDialogs = typesWithDialogs();
    for (const QString &type : pageTypes) {
        if (withDialogs.contains(type))
            m_pagesWithDialogs.insert(type);
    }
}

void DialogWalk::openAll(QQuickItem *root, const QString &where, QStringList *problems)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<Found> found;
    collect(root, &found);
    for (const Found &f : std::as_const(found)) {
        // One of each kind per page: a list's rows ("week_1_moveDay", "week_2_moveDay", ...)
        // hold the same dialogs.
        const QString page = pageOf(f.dialog);
        const QString kind = page + QLatin1Char('/') + QString(f.name).remove(number);
        if (m_opened.contains(f.dialog) || m_kinds.contains(kind))
            continue;
        m_kinds.insert(kind);
        QObject *dialog = f.dialog;
        if (dialog->inherits("QQuickComboBox"))
            dialog = dialog->property("popup").value<QObject *>();
        if (!dialog) {
            *problems << where + QLatin1Char('/') + f.name + QStringLiteral(": has no list");
            continue;
        }
        open(dialog, where + QLatin1Char('/') + f.name, problems);
        if (!page.isEmpty())
            ++m_openedPerPage[page];
    }
}

void DialogWalk::open(QObject *dialog, const QString &name, QStringList *problems)
{
    const qsizetype problemsBefore = problems->size();
    QMetaObject::invokeMethod(dialog, "open");
    QCoreApplication::processEvents();
    if (!dialog->property("visible").toBool())
        *problems << name + QStringLiteral(": did not open");
    if (isPopup(dialog))
        m_window->grabWindow(); // one frame rendered with it open
    QMetaObject::invokeMethod(dialog, isFileChooser(dialog) ? "reject" : "close");
    QCoreApplication::processEvents();
    if (problems->size() > problemsBefore)
        *problems << name + QStringLiteral(": the problems above came while it was open");
    m_opened.append(dialog);
    ++(isFileChooser(dialog) ? m_fileChoosers : m_popups);
}

// The page type a dialog is declared in (the nearest enclosing page).
QString DialogWalk::pageOf(const QObject *dialog) const
{
    for (const QObject *o = dialog->parent(); o;) {
        const QString cls = QString::fromLatin1(o->metaObject()->className());
        for (const QString &type : m_pageTypes) {
            if (cls.startsWith(type + QStringLiteral("_QML")))
                return type;
        }
        const auto *item = qobject_cast<const QQuickItem *>(o);
        o = item && item->parentItem() ? item->parentItem() : o->parent();
    }
    return {};
}

QStringList DialogWalk::pagesMissed() const
{
    QStringList missed;
    for (const QString &type : m_pagesWithDialogs) {
        if (m_openedPerPage.value(type) == 0)
            missed << type;
    }
    missed.sort();
    return missed;
}

} // namespace dit
