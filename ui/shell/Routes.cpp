#include "Routes.h"

#include "LetterEditing.h"

#include <QFileInfo>
#include <QHash>

namespace dit {

namespace {

const QString kPatient = QStringLiteral("patient");
const QString kTherapist = QStringLiteral("therapist");

Route page(const char *key, const char *destination, QStringList pages = {})
{
    Route r;
    r.key = QString::fromLatin1(key);
    r.role = kPatient;
    r.destination = QString::fromLatin1(destination);
    r.pages = std::move(pages);
    return r;
}

Route call(const char *key, const QString &role, const char *destination, const char *function,
           const char *argument)
{
    Route r = page(key, destination);
    r.role = role;
    r.call = QString::fromLatin1(function);
    r.argument = QString::fromLatin1(argument);
    return r;
}

Route both(const char *key, const char *destination, QStringList pages = {})
{
    Route r = page(key, destination, std::move(pages));
    r.role.clear();
    return r;
}

// One of the letter's pages: LetterPage.openRoute opens it through LetterNavigator, which
// wires its signals (reading leads to comparing, and so on).
Route letter(const char *key, const char *file, QVariantMap properties)
{
    Route r = call(key, kPatient, "letter", "openRoute", "");
    r.pages = {QStringLiteral("letters/") + QString::fromLatin1(file)};
    r.properties = std::move(properties);
    return r;
}

// A therapist's page chain from the caseload: CaseloadPage.openRoute opens the patient's
// page (the first patient listed, or the one so labelled) and pushes the rest on its stack.
Route patient(const char *key, const char *next = nullptr, const char *last = nullptr)
{
    Route r = call(key, kTherapist, "caseload", "openRoute", "");
    r.pages = {QStringLiteral("caseload/PatientPage")};
    for (const char *file : {next, last})
        if (file)
            r.pages << QString::fromLatin1(file);
    return r;
}

const QString kLetterId = QStringLiteral("letterId");
const QString kLetterOpen = QStringLiteral("@letter");

QList<Route> makeRoutes()
{
    Route patientByLabel = patient("patient:");
    patientByLabel.property = QStringLiteral("patientLabel");
    Route patientLetterEdit = patient("patient-letter-edit", "caseload/PatientLetterPage");
    patientLetterEdit.then = QStringLiteral("edit");
    Route patientFile = patient("patient-file", "handover/HandoverFilePage");
    patientFile.properties = {{QStringLiteral("patientId"), QStringLiteral("@patient")}};
    Route patientPair = patient("patient-pair", "sync/PairDevicePage");
    patientPair.properties = {{QStringLiteral("patientId"), QStringLiteral("@patient")},
                              {QStringLiteral("label"), QStringLiteral("@patientLabel")}};
    Route caseloadExport =
        page("caseload-export", "caseload", {QStringLiteral("caseload/CaseloadExportPage")});
    caseloadExport.role = kTherapist;
    Route learnArticle = both("learn-article:", "learn");
    learnArticle.pages = {QStringLiteral("learn/LearnArticlePage")};
    learnArticle.property = QStringLiteral("articleId");
    Route therapistHome = page("home", "caseload");
    therapistHome.role = kTherapist;
    Route caseloadHome = page("caseload", "caseload");
    caseloadHome.role = kTherapist;
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
        learnArticle,
        // The letter's pages, on the letter open ("@reply": its reply).
        letter("letter-read", "LetterReadPage", {{kLetterId, kLetterOpen}}),
        letter("letter-reply-read", "LetterReadPage", {{kLetterId, QStringLiteral("@reply")}}),
        letter(
            "letter-reply", "LetterEditorPage",
            {{QStringLiteral("mode"), int(LetterEditing::Mode::Reply)}, {kLetterId, kLetterOpen}}),
        letter("letter-paper", "LetterEditorPage",
               {{QStringLiteral("mode"), int(LetterEditing::Mode::Paper)}, {kLetterId, QString()}}),
        letter("letter-compare", "LetterComparePage", {{kLetterId, kLetterOpen}}),
        letter("letter-versions", "LetterVersionsPage", {{kLetterId, kLetterOpen}}),
        letter("letter-delete", "LetterDeletePage", {{kLetterId, kLetterOpen}}),
        // A therapist's: the caseload is home; a patient's pages open from it ("patient" is
        // the first listed, "patient:LABEL" the one so labelled; "hand-over" hands the first
        // patient whose form is open to them).
        therapistHome,
        caseloadHome,
        caseloadExport,
        call("patient-add", kTherapist, "caseload", "addPatient", ""),
        call("hand-over", kTherapist, "caseload", "handOverFirstReady", ""),
        patient("patient"),
        patientByLabel,
        patient("patient-focus", "caseload/PatientFocusPage"),
        patient("patient-focus-edit", "caseload/PatientFocusPage", "focus/FocusEditPage"),
        patient("patient-letter", "caseload/PatientLetterPage"),
        patientLetterEdit,
        patient("patient-sessions", "course/CourseSetupPage"),
        patientFile,
        patient("patient-export", "caseload/PatientExportPage"),
        patientPair,
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
    QVariantMap properties = r->properties;
    if (!r->property.isEmpty())
        properties.insert(r->property, rest);
    QString argument = r->argument;
    if (argument.isEmpty() && !r->call.isEmpty())
        argument = key;
    return {{QStringLiteral("destination"), r->destination}, {QStringLiteral("pages"), r->pages},
            {QStringLiteral("properties"), properties},      {QStringLiteral("call"), r->call},
            {QStringLiteral("argument"), argument},          {QStringLiteral("then"), r->then}};
}

QVariantMap Routes::fill(const QVariantMap &properties, const QVariantMap &values)
{
    QVariantMap out = properties;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (const QString name = it->toString();
            it->typeId() == QMetaType::QString && name.startsWith(QLatin1Char('@')))
            *it = values.value(name);
    }
    return out;
}

QUrl Routes::pageUrl(const QString &name)
{
    // The app's QML modules' files (org.ditcompanion.*), listed by CMake at build time
    // (ui/CMakeLists.txt): the file names are the type names.
    static const QHash<QString, QUrl> urls = [] {
        using namespace Qt::StringLiterals;
        static const QString paths[] = {
#include "RoutePages.inc"
        };
        QHash<QString, QUrl> out;
        for (const QString &path : paths)
            out.insert(QFileInfo(path).completeBaseName(), QUrl(u"qrc:"_s + path));
        return out;
    }();
    // A route's page may name its folder too ("focus/FocusPage"): the file name decides.
    return urls.value(name.section(QLatin1Char('/'), -1));
}

QStringList Routes::tabPages(const QString &role)
{
    if (role == QLatin1String("therapist"))
        return {QStringLiteral("CaseloadPage"), QStringLiteral("LearnPage"),
                QStringLiteral("SettingsPage")};
    return {QString(), QStringLiteral("MeasuresPage"), QStringLiteral("LearnPage"),
            QStringLiteral("LetterPage"), QStringLiteral("SettingsPage")};
}

QString Routes::homePage(const QString &role, bool afterTherapy)
{
    if (QString first = tabPages(role).constFirst(); !first.isEmpty())
        return first;
    return afterTherapy ? QStringLiteral("LetterHomePage") : QStringLiteral("HomePage");
}

} // namespace dit
