#pragma once

#include <QList>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace dit {

// One place for every page key: where `--page KEY`, the UI driver's `page KEY`, the tests
// and the shell (Main.showPage, AppShell.show) go. See docs/ARCHITECTURE.md ("Routes").
struct Route
{
    QString key;         // "focus-edit"; ends in ':' when the rest of the key is an argument
    QString role;        // "patient" or "therapist": whose shell has it; empty: both
    QString destination; // the shell's destination (tab) key, or "crisis": over everything
    QStringList pages;   // pushed in order on the destination's stack (files under ui/, no .qml)
    // Given to the last page. A value starting with '@' names something the page that opens
    // the pages knows ("@letter": the letter open; "@patient": the patient open); Routes::fill
    // puts it in.
    QVariantMap properties;
    QString property; // the property of the last page that gets the key's argument
    // A function of the destination's first page, called with `argument`: it opens `pages`
    // itself (on its own stack, wiring their signals) or does what the key names.
    QString call;
    QString argument; // for `call`; empty: the key itself
    QString then;     // a function of the last page, called once it is open
};

class Routes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    static const QList<Route> &all();
    // The route a key takes, or nullptr. "learn-article:ID" finds "learn-article:".
    static const Route *find(const QString &key);
    // Every key of one role's shell, those with an argument given `argument` ("" leaves
    // them out): what screenshots, the self-test and the UI tests walk.
    static QStringList keys(const QString &role, const QString &argument);
    // A clear error for an unknown key, listing the known ones.
    static QString unknownKeyMessage(const QString &key);

    // For the shell and the pages that open a route's pages: {destination, pages,
    // properties, call, argument, then}, or an empty map when the key is unknown or not
    // `role`'s.
    Q_INVOKABLE static QVariantMap route(const QString &key, const QString &role);
    // A route's properties with each "@name" value replaced by values["@name"].
    Q_INVOKABLE static QVariantMap fill(const QVariantMap &properties, const QVariantMap &values);
    // A key's destination ("crisis", a tab's key), or empty for an unknown key.
    Q_INVOKABLE static QString destination(const QString &key);
    // The URL of the app's QML file of that name ("AppShell", or "shell/AppShell": the folder
    // is not needed), wherever in the app's QML modules it is, or an empty URL. Pages are made from
    // their URL so that a file naming a page does not load it before it is shown
    // (docs/PERFORMANCE.md).
    Q_INVOKABLE static QUrl pageUrl(const QString &name);
    // The first page of each of a role's destinations, in the shell's order; empty where the
    // first page depends on the course (the patient's Home: homePage). The shell makes its
    // stacks from this, and Main loads the home page's type ahead while unlocking.
    Q_INVOKABLE static QStringList tabPages(const QString &role);
    // The first page of a role's home destination: the caseload, or Home, which after therapy
    // opens on the letter (`afterTherapy`, LetterHome.active).
    Q_INVOKABLE static QString homePage(const QString &role, bool afterTherapy);
};

} // namespace dit
