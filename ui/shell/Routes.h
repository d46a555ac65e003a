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
    QString property;    // the property of the last page that gets the key's argument
    QString call;        // a function of the destination's first page, called with `argument`
    QString argument;    // for `call`; empty: the key's argument, or the key itself
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

    // For the shell: {destination, pages, properties, call, argument}, or an empty map when
    // the key is unknown or not `role`'s.
    Q_INVOKABLE static QVariantMap route(const QString &key, const QString &role);
    // A key's destination ("crisis", a tab's key), or empty for an unknown key.
    Q_INVOKABLE static QString destination(const QString &key);
    // The URL of the app's QML file of that name ("AppShell", or "shell/AppShell": the folder
    // is not needed), wherever in the app's QML modules it is, or an empty URL. Pages are made from
    // their URL so that a file naming a page does not load it before it is shown
    // (docs/PERFORMANCE.md).
    Q_INVOKABLE static QUrl pageUrl(const QString &name);
};

} // namespace dit
