#include "Screenshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace dit {

namespace {

// Long enough for page transitions (180 ms) and image loading to finish.
constexpr int kSettleMs = 700;

QStringList s_problems;
QtMessageHandler s_previous = nullptr;

void collectQmlProblems(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const bool fromQml = msg.contains(QLatin1String(".qml")) ||
                         msg.contains(QLatin1String("qrc:")) || qstrcmp(ctx.category, "qml") == 0 ||
                         qstrcmp(ctx.category, "js") == 0;
    if (type >= QtWarningMsg && fromQml)
        s_problems << msg;
    if (s_previous)
        s_previous(type, ctx, msg);
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

void captureWhenReady(QQuickWindow *window, const QString &file)
{
    QTimer::singleShot(kSettleMs, window, [window, file] {
        const QImage image = window->grabWindow();
        const bool saved = !image.isNull() && image.save(file, "PNG");
        if (!saved)
            std::fprintf(stderr, "dit-companion: could not save the screenshot\n");
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

void runSelfTest(QQmlEngine *engine, QQuickWindow *window)
{
    s_previous = qInstallMessageHandler(collectQmlProblems);
    QTimer::singleShot(kSettleMs, window, [engine, window] {
        const QStringList types = pageTypes();
        for (const QString &type : types) {
            QQmlComponent component(engine);
            component.setData(
                ("import org.ditcompanion.app\n" + type + " {}\n").toUtf8(),
                QUrl(QStringLiteral("qrc:/selftest/") + type + QStringLiteral(".qml")));
            QObject *object = component.create();
            if (!object) {
                s_problems << type + QStringLiteral(": ") + component.errorString();
                continue;
            }
            if (auto *item = qobject_cast<QQuickItem *>(object)) {
                item->setParentItem(window->contentItem());
                item->setSize(window->size());
            }
            QCoreApplication::processEvents();
            delete object;
        }
        // Then walk the real window through every destination and the crisis page.
        const QStringList destinations = {QStringLiteral("home"),     QStringLiteral("measures"),
                                          QStringLiteral("learn"),    QStringLiteral("letter"),
                                          QStringLiteral("settings"), QStringLiteral("crisis")};
        for (const QString &page : destinations) {
            QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, page));
            QCoreApplication::processEvents();
        }
        std::printf("self-test: loaded %lld page types and visited %lld destinations\n",
                    static_cast<long long>(types.size()),
                    static_cast<long long>(destinations.size()));
        if (types.isEmpty())
            s_problems << QStringLiteral("no page types found in the QML module");
        for (const QString &p : s_problems)
            std::fprintf(stderr, "self-test problem: %s\n", qPrintable(p));
        QCoreApplication::exit(s_problems.isEmpty() ? 0 : 1);
    });
}

} // namespace dit
