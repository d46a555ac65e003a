// dit-companion: the GUI. Thin: options, services, the QML engine.
#include "AppContext.h"
#include "Appearance.h"
#ifdef DIT_TEST_HOOKS
#include "BenchProbe.h"
#include "UiDriver.h"
#endif
#include "DemoProfile.h"
#include "Options.h"
#include "Screenshot.h"
#include "SelfTest.h"
#include "UiFont.h"
#include "common/CoreDumps.h"
#include "common/Paths.h"
#include "common/Translations.h"
#include "linux/DBusNotifier.h"
#include "linux/KeychainKeystore.h"
#include "qrscan/CameraLoader.h"
#include "storage/ProfileFolders.h"
#include "testing/MemoryKeystore.h"
#include "testing/RecordingNotifier.h"

#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(org_ditcompanion_appPlugin)
Q_IMPORT_QML_PLUGIN(org_ditcompanion_designPlugin)

using namespace dit;

namespace {

bool haveDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

// Screenshots and self-tests never need a screen; they always render offscreen so results
// are the same on every machine.
void chooseHeadlessPlatform(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--self-test" || a == "--screenshot" || a.startsWith("--screenshot=")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

// The phone-shaped default window (Main.qml) fits the screen it opens on: on a 1280x800
// laptop it would otherwise open taller than the screen with its bottom cut off. Room is left
// for the window's title bar. Offscreen runs (screenshots, self-test) keep the default.
void fitToScreen(QQuickWindow *window)
{
    const QScreen *screen = window->screen();
    if (!screen || QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
    constexpr int titleBar = 48;
    const QRect room = screen->availableGeometry();
    const QSize fitted =
        window->size().boundedTo(QSize(room.width(), std::max(room.height() - titleBar, 400)));
    if (fitted != window->size())
        window->resize(fitted);
}

// QQmlApplicationEngine's file selector looks every QML file and image up again under each
// built-in selector ("+en_GB", "+linux", ... folders) in every resource tree; the app has no
// such variants, and those look-ups were about a fifteenth of start-up's instructions
// (docs/PERFORMANCE.md, "Start-up"). The engine makes its selector on its first load, so it
// cannot be removed before; without the built-in selectors it has nothing to look for.
void dropBuiltInFileSelectors()
{
    if (!qEnvironmentVariableIsSet("QT_NO_BUILTIN_SELECTORS"))
        qputenv("QT_NO_BUILTIN_SELECTORS", "1");
}

// The window's icon (the title bar's, the task switcher's) once the lock screen is drawn:
// reading it loads the SVG icon engine, which the first frame does not need.
void showWindowIconLater(QQuickWindow *window)
{
    QObject::connect(
        window, &QQuickWindow::frameSwapped, qApp,
        [] {
            QGuiApplication::setWindowIcon(
                QIcon(QStringLiteral(":/icons/org.ditcompanion.DitCompanion.svg")));
        },
        Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char **argv)
{
    disableCoreDumps(); // before anything is decrypted (docs/SECURITY.md)
    if (reportCoreDumpsForTests())
        return 0;
    chooseHeadlessPlatform(argc, argv);
    QGuiApplication::setApplicationName(QString::fromLatin1(kAppName));
    QGuiApplication::setApplicationVersion(QStringLiteral(DIT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("DIT Companion"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool asksForHelp = arguments.contains(QStringLiteral("--help")) ||
                             arguments.contains(QStringLiteral("-h")) ||
                             arguments.contains(QStringLiteral("--version"));
    if (!asksForHelp && !haveDisplay()) {
        std::fprintf(stderr, "dit-companion: there is no display to open a window on.\n"
                             "To see the app without one, render a page to an image:\n"
                             "  dit-companion --demo --screenshot home.png --size 412x915\n");
        return 1;
    }

    dropBuiltInFileSelectors();
    QGuiApplication app(argc, argv);
    // The installed desktop entry and icon (packaging/): Wayland compositors and docks match
    // the window to them by this name. The window's own icon is set after its first frame
    // (showWindowIconLater).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ditcompanion.DitCompanion"));
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("dit.*.info=false"));
    GuiOptions options;
    QString problem;
    if (!GuiOptions::parse(arguments, &options, &problem)) {
        std::fprintf(stderr, "dit-companion: %s\n", qPrintable(problem));
        return 2;
    }
    if (!installTranslations(app, options.language) && !options.language.isEmpty()) {
        std::fprintf(stderr, "dit-companion: there is no translation for %s (there are: %s)\n",
                     qPrintable(options.language),
                     qPrintable(availableLanguages().join(QStringLiteral(", "))));
        return 2;
    }
    applyUiFont();
    if (options.fontScale != 1.0) {
        QFont font = QGuiApplication::font();
        font.setPointSizeF(font.pointSizeF() * options.fontScale);
        QGuiApplication::setFont(font);
    }
    Appearance::setForcedThemeMode(options.theme);
    QQuickStyle::setStyle(QStringLiteral("Material"));

    // The self-test and the demo never open the person's real profile.
    const bool throwaway = options.demo || options.selfTest;
#ifdef DIT_TEST_HOOKS
    // The same as the system's until a UI test driver's script moves it (UiDriver.h).
    std::unique_ptr<Clock> clock = std::make_unique<DrivenClock>();
    // A fixed local time for the whole run (the gallery: demo data made relative to "now"
    // looks the same whenever it is rendered).
    if (const QDateTime at =
            QDateTime::fromString(qEnvironmentVariable("DIT_TEST_NOW"), Qt::ISODate);
        at.isValid())
        DrivenClock::moveTo(at);
#else
    std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
#endif
    DemoProfile demo;
    std::unique_ptr<Store> demoStore;
    AppContext::Options ctxOptions;
    // A service's configuration: --service, or the folder a service's installer fills.
    ctxOptions.serviceDir = options.serviceDir;
    if (ctxOptions.serviceDir.isEmpty()) {
        const QString installed =
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
            QStringLiteral("/service");
        if (QFileInfo::exists(installed))
            ctxOptions.serviceDir = installed;
    }
    ctxOptions.demo = throwaway;
    ctxOptions.profileDir = options.profileDir;
    if (ctxOptions.profileDir.isEmpty()) {
        // The profile opened last, when there are several on this device (docs/THERAPIST.md).
        const QString last = ProfileFolders::of(defaultProfileDirectory()).lastUsed();
        ctxOptions.profileDir = last.isEmpty() ? defaultProfileDirectory() : last;
    }
    if (throwaway) {
        auto created = demo.isValid() ? demo.create(*clock, options.demoStage)
                                      : Result<std::unique_ptr<Store>>(makeError(
                                            ErrorCode::Io, QStringLiteral("no temporary folder")));
        if (!created) {
            std::fprintf(stderr, "dit-companion: could not make the demo profile: %s\n",
                         qPrintable(created.error().message));
            return 1;
        }
        demoStore = std::move(created.value());
        ctxOptions.profileDir = demo.path();
    }
    std::unique_ptr<Keystore> keystore;
    if (throwaway)
        keystore = std::make_unique<MemoryKeystore>();
    else
        keystore = std::make_unique<KeychainKeystore>();

    AppContext context(ctxOptions, std::move(keystore), std::move(clock));
    // Reminders through the desktop's notification service; the demo and the self-test use
    // the test double, so they never show a real notification.
    if (throwaway)
        context.setNotifier(std::make_unique<RecordingNotifier>());
    else
        context.setNotifier(std::make_unique<DBusNotifier>(context.clock()));
    // The camera for scanning the pairing code; it says "no camera" where there is none
    // (offscreen runs), and its plugin is opened only when the pairing page asks for it.
    context.setCodeScanner(
        std::make_unique<qrscan::CameraLoader>(qrscan::CameraLoader::pluginFolders()));
    if (demoStore)
        context.openStore(std::move(demoStore));

    if (options.selfTest)
        startSelfTestLog();
    QQmlApplicationEngine engine;
    AppContext::attach(engine, context);
    engine.load(
        QUrl(QStringLiteral("qrc:/qt-project.org/imports/org/ditcompanion/app/shell/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    if (options.size.isValid())
        window->resize(options.size);
    else
        fitToScreen(window);
    if (!options.page.isEmpty())
        QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, options.page));

#ifdef DIT_TEST_HOOKS
    startBenchProbe(engine, window); // scripts/bench.sh only (DIT_BENCH_PROBE)
#endif
    showWindowIconLater(window);
    if (options.selfTest)
        runSelfTest(&engine, window);
    else if (!options.screenshotFile.isEmpty())
        captureWhenReady(window, options.screenshotFile);

    return app.exec();
}
