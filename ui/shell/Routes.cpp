#include "Routes.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

namespace dit {

namespace {

const QString kPatient = QStringLiteral("patient");
const QString kTherapist = QStringLiteral("therapist");

Route page(const char *key, const char *destination, QStringList pages = {})
{
    return {QString::fromLatin1(key),
            kPatient,
            QString::fromLatin1(destination),
            std::move(pages),
            {},
            {},
            {}};
}

Route call(const char *key, const QString &role, const char *destination, const char *function,
           const char *argument)
{
    return {QString::fromLatin1(key),
            role,
            QString::fromLatin1(destination),
            {},
            {},
            QString::fromLatin1(function),
            QString::fromLatin1(argument)};
}

Route both(const char *key, const char *destination, QStringList pages = {})
{
    Route r = page(key, destination, std::move(pages));
    r.role.clear();
    return r;
}

// The caseload page's own keys (CaseloadPage.openByKey), a patient's pages among them.
Route caseload(const char *key)
{
    return call(key, kTherapist, "caseload", "openByKey", "");
}

QList<Route> makeRoutes()
{
    return {
        // A patient's destinations and the pages inside them.
        page("home", "home"),
        page("measures", "measures"),
        both("learn", "learn"),
        page("letter", "letter"),
        both("settings", "settings"),
        page("focus", "home", {QStringLiteral("focus/FocusPage")}),
        page("focus-edit", "home",
             {QStringLiteral("focus/FocusPage"), QStringLiteral("focus/FocusEditPage")}),
        page("focus-history", "home",
             {QStringLiteral("focus/FocusPage"), QStringLiteral("focus/FocusHistoryPage")}),
        page("notes", "home", {QStringLiteral("notes/NotesPage")}),
        page("note-new", "home",
             {QStringLiteral("notes/NotesPage"), QStringLiteral("notes/NoteEditPage")}),
        page("course-setup", "home", {QStringLiteral("course/CourseSetupPage")}),
        page("course-weeks", "home",
             {QStringLiteral("course/CourseSetupPage"), QStringLiteral("course/CourseWeeksPage")}),
        page("sync-pair", "settings", {QStringLiteral("sync/PairWithTherapistPage")}),
        // Settings' own tasks, for both roles.
        both("backup", "settings", {QStringLiteral("settings/BackupPage")}),
        both("restore", "settings", {QStringLiteral("session/RestorePage")}),
        both("change-passphrase", "settings", {QStringLiteral("settings/ChangePassphrasePage")}),
        // Over everything, for both roles (Main.openCrisis).
        both("crisis", "crisis"),
        call("form", kPatient, "measures", "open", "form"),
        call("progress", kPatient, "measures", "open", "progress"),
        {QStringLiteral("learn-article:"),
         {},
         QStringLiteral("learn"),
         {QStringLiteral("learn/LearnArticlePage")},
         QStringLiteral("articleId"),
         {},
         {}},
        // The letter's pages (LetterPage.openByKey opens them through LetterNavigator).
        call("letter-read", kPatient, "letter", "openByKey", "read"),
        call("letter-reply-read", kPatient, "letter", "openByKey", "reply-read"),
        call("letter-reply", kPatient, "letter", "openByKey", "reply"),
        call("letter-paper", kPatient, "letter", "openByKey", "paper"),
        call("letter-compare", kPatient, "letter", "openByKey", "compare"),
        call("letter-versions", kPatient, "letter", "openByKey", "versions"),
        call("letter-delete", kPatient, "letter", "openByKey", "delete"),
        // A therapist's: the caseload is home; a patient's pages open from it ("patient" is
        // the first listed, "patient:LABEL" the one so labelled; "hand-over" hands the first
        // patient whose form is open to them).
        call("home", kTherapist, "caseload", "openByKey", "caseload"),
        caseload("caseload"),
        caseload("caseload-export"),
        caseload("patient-add"),
        caseload("hand-over"),
        caseload("patient"),
        {QStringLiteral("patient:"),
         kTherapist,
         QStringLiteral("caseload"),
         {},
         {},
         QStringLiteral("openByKey"),
         {}},
        caseload("patient-focus"),
        caseload("patient-focus-edit"),
        caseload("patient-letter"),
        caseload("patient-letter-edit"),
        caseload("patient-sessions"),
        caseload("patient-file"),
        caseload("patient-export"),
        caseload("patient-pair"),
    };
}

bool takesArgument(const Route &r)
{
    return r.key.endsWith(QLatin1Char(':'));
}

bool matches(const Route &r, const QString &key)
{
    return takesArgument(r) ? key.startsWith(r.key) && key.size() > r.key.size() : key == r.key;
}

const Route *findFor(const QString &key, const QString &role)
{
    for (const Route &r : Routes::all()) {
        if ((role.isEmpty() || r.role.isEmpty() || r.role == role) && matches(r, key))
            return &r;
    }
    return nullptr;
}

} // namespace

const QList<Route> &Routes::all()
{
    static const QList<Route> routes = makeRoutes();
    return routes;
}

const Route *Routes::find(const QString &key)
{
    return findFor(key, {});
}

QStringList Routes::keys(const QString &role, const QString &argument)
{
    QStringList out;
    for (const Route &r : all()) {
        if (!r.role.isEmpty() && r.role != role)
            continue;
        if (takesArgument(r)) {
            if (!argument.isEmpty())
                out << r.key + argument;
        } else if (!out.contains(r.key)) {
            out << r.key;
        }
    }
    return out;
}

QString Routes::unknownKeyMessage(const QString &key)
{
    QStringList known;
    for (const Route &r : all()) {
        const QString shown = takesArgument(r) ? r.key + QStringLiteral("ID") : r.key;
        if (!known.contains(shown))
            known << shown;
    }
    return QStringLiteral("unknown page \"%1\"; the pages are: %2")
        .arg(key, known.join(QStringLiteral(", ")));
}

QString Routes::destination(const QString &key)
{
    const Route *r = find(key);
    return r ? r->destination : QString();
}

QVariantMap Routes::route(const QString &key, const QString &role)
{
    const Route *r = findFor(key, role);
    if (!r)
        return {};
    const QString rest = takesArgument(*r) ? key.mid(r->key.size()) : QString();
    QVariantMap properties;
    if (!r->property.isEmpty())
        properties.insert(r->property, rest);
    QString argument = r->argument;
    if (argument.isEmpty() && !r->call.isEmpty())
        argument = key;
    return {{QStringLiteral("destination"), r->destination},
            {QStringLiteral("pages"), r->pages},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("call"), r->call},
            {QStringLiteral("argument"), argument}};
}

QUrl Routes::pageUrl(const QString &name)
{
    // Read once from the app's QML modules' resources (org.ditcompanion.*): the file names
    // are the type names.
    static const QHash<QString, QUrl> urls = [] {
        QHash<QString, QUrl> out;
        QDirIterator it(QStringLiteral(":/qt-project.org/imports/org/ditcompanion"),
                        {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            out.insert(QFileInfo(path).completeBaseName(), QUrl(QStringLiteral("qrc") + path));
        }
        return out;
    }();
    // A route's page may name its folder too ("focus/FocusPage"): the file name decides.
    return urls.value(name.section(QLatin1Char('/'), -1));
}

} // namespace dit
