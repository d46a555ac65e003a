#include "SelfTest.h"

#include "DialogWalk.h"
#include "PageKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQuickItem>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace dit {

namespace {

// Long enough for page transitions (180 ms) and image loading to finish.
constexpr int kPageSettleMs = 700;

QStringList s_problems;
QtMessageHandler s_previous = nullptr;

// What Qt says when a module, a plugin or a library the UI needs is not on the machine.
bool isMissingDependency(const QString &msg)
{
    static const QRegularExpression missing(
        QStringLiteral("is not installed|plugin cannot be loaded|Cannot load library|"
                       "cannot load module|module \\S+ not found|is not a type"),
        QRegularExpression::CaseInsensitiveOption);
    return missing.match(msg).hasMatch();
}

void collectQmlProblems(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (s_previous)
        s_previous(type, ctx, msg);
    if (type >= QtWarningMsg && isMissingDependency(msg)) {
        std::fprintf(stderr, "self-test problem: a run-time dependency is missing: %s\n",
                     qPrintable(msg));
        std::fflush(stderr);
        std::_Exit(1); // carrying on would crash, as a person's app would
    }
    const bool fromQml = msg.contains(QLatin1String(".qml")) ||
                         msg.contains(QLatin1String("qrc:")) || qstrcmp(ctx.category, "qml") == 0 ||
                         qstrcmp(ctx.category, "js") == 0;
    if (type >= QtWarningMsg && fromQml)
        s_problems << msg;
}

QStringList pageTypes()
{
    QFile qmldir(QStringLiteral(":/qt-project.org/imports/org/ditcompanion/app/qmldir"));
    QStringList types;
    if (!qmldir.open(QIODevice::ReadOnly))
        return types;
    static const QRegularExpression entry(QStringLiteral("^(\\w+Page) \\d+\\.\\d+ \\S+\\.qml$"));
    const QStringList lines = QString::fromUtf8(qmldir.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const auto m = entry.match(line.trimmed());
        if (m.hasMatch())
            types << m.captured(1);
    }
    return types;
}

} // namespace

void startSelfTestLog()
{
    s_previous = qInstallMessageHandler(collectQmlProblems);
}

void runSelfTest(QQmlEngine *engine, QQuickWindow *window)
{
    QTimer::singleShot(kPageSettleMs, window, [engine, window] {
        const QStringList types = pageTypes();
        DialogWalk dialogs(window, types);
        for (const QString &type : types) {
            QQmlComponent component(engine);
            component.setData(
                ("import org.ditcompanion.app\n" + type + " {}\n").toUtf8(),
                QUrl(QStringLiteral("qrc:/selftest/") + type + QStringLiteral(".qml")));
            // In the window before it completes, as a pushed page is: a dialog finds the
            // window it opens over when it completes.
            QObject *object = component.beginCreate(qmlContext(window));
            if (!object) {
                s_problems << type + QStringLiteral(": ") + component.errorString();
                continue;
            }
            auto *item = qobject_cast<QQuickItem *>(object);
            if (item) {
                item->setParentItem(window->contentItem());
                item->setSize(window->size());
            }
            component.completeCreate();
            if (item) {
                QCoreApplication::processEvents();
                dialogs.openAll(item, type, &s_problems);
            }
            QCoreApplication::processEvents();
            delete object;
        }
        // Then the real window through every page key of the route table for this profile's
        // role (the crisis page among them), opening the dialogs of each page shown.
        const QStringList keys = pageKeys(window);
        for (const QString &key : keys) {
            QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, key));
            QCoreApplication::processEvents();
            dialogs.openAll(window->contentItem(), key, &s_problems);
        }
        std::printf("self-test (%s): loaded %lld page types, showed %lld page keys and opened "
                    "%lld dialogs (%lld file choosers, %lld popups: dialogs, menus, lists)\n",
                    qPrintable(sessionRole(window)), static_cast<long long>(types.size()),
                    static_cast<long long>(keys.size()),
                    static_cast<long long>(dialogs.fileChoosers()) + dialogs.popups(),
                    static_cast<long long>(dialogs.fileChoosers()),
                    static_cast<long long>(dialogs.popups()));
        if (types.isEmpty())
            s_problems << QStringLiteral("no page types found in the QML module");
        if (keys.isEmpty())
            s_problems << QStringLiteral("no page keys found in the QML module");
        if (dialogs.fileChoosers() == 0)
            s_problems << QStringLiteral("no file chooser was found to open");
        if (dialogs.pagesWithDialogs() == 0)
            s_problems << QStringLiteral("no page's QML was found to hold a dialog");
        const QStringList missed = dialogs.pagesMissed();
        for (const QString &page : missed)
            s_problems << page + QStringLiteral(": its QML holds a dialog, but none was opened");
        for (const QString &p : s_problems)
            std::fprintf(stderr, "self-test problem: %s\n", qPrintable(p));
        QCoreApplication::exit(s_problems.isEmpty() ? 0 : 1);
    });
}

} // namespace dit
