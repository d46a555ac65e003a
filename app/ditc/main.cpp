// ditc: DIT Companion's command-line tool. Thin: parse global options, dispatch.
#include "Cli.h"
#include "Commands.h"
#include "common/CoreDumps.h"
#include "common/Paths.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

using namespace dit;
using namespace dit::cli;

namespace {

// QtGui (only made for a PDF export) warns about the runtime folder it does not use; ditc's
// stderr is for one-line reasons a script can read.
QtMessageHandler s_defaultHandler = nullptr;
void quietQtNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (s_defaultHandler)
        s_defaultHandler(type, context, message);
}

void printHelp()
{
    std::printf("Usage: ditc [--profile DIR] [--json] COMMAND [ARGS]\n"
                "       ditc --version | --help\n\n"
                "Secrets (passphrases, codes) are read from standard input, one per line,\n"
                "never from arguments.\n\n"
                "Commands:\n");
    for (const Command &c : allCommands())
        std::printf("  %-8s %s\n           %s\n", c.name, c.usage, c.summary);
    std::printf("\nOptions:\n"
                "  --profile DIR  the profile folder (default: %s)\n"
                "  --json         print results as JSON\n\n"
                "Exit codes: 0 ok; 1 could not complete (disk full, I/O); 2 bad usage or input;\n"
                "3 wrong passphrase; 4 damaged or unreadable profile.\n",
                defaultProfileDirectory().toUtf8().constData());
}

} // namespace

int main(int argc, char **argv)
{
    disableCoreDumps(); // before anything is decrypted (docs/SECURITY.md)
    if (reportCoreDumpsForTests())
        return 0;
    // Only a PDF export needs QtGui; it renders offscreen and never needs a display.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (letterCommandNeedsGui(rawArguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        s_defaultHandler = qInstallMessageHandler(quietQtNoise);
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QString::fromLatin1(kAppName));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIT_VERSION));

    installTranslations(app);
    // Informational logs would mix with the output scripts read; warnings still show.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("dit.*.info=false"));

    QStringList rest = app.arguments().mid(1);
    Context ctx;
    ctx.profileDir = defaultProfileDirectory();
    Args global(rest);
    if (global.takeFlag(QStringLiteral("--help")) || global.takeFlag(QStringLiteral("-h"))) {
        printHelp();
        return kOk;
    }
    if (global.takeFlag(QStringLiteral("--version"))) {
        std::printf("ditc %s\n", DIT_VERSION);
        return kOk;
    }
    // Global options must come before the command.
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString opt = rest.takeFirst();
        if (opt == QLatin1String("--json")) {
            ctx.json = true;
        } else if (opt == QLatin1String("--profile")) {
            if (rest.isEmpty())
                return ctx.usage(QStringLiteral("--profile needs a folder"));
            ctx.profileDir = rest.takeFirst();
        } else if (opt.startsWith(QLatin1String("--profile="))) {
            ctx.profileDir = opt.mid(10);
        } else {
            return ctx.usage(QStringLiteral("unknown option %1").arg(opt));
        }
    }
    if (rest.isEmpty())
        return ctx.usage(QStringLiteral("no command given"));
    const QString name = rest.takeFirst();
    if (name == QLatin1String("version")) {
        std::printf("ditc %s\n", DIT_VERSION);
        return kOk;
    }
    for (const Command &c : allCommands()) {
        if (name == QLatin1String(c.name)) {
            Args args(rest);
            return c.run(ctx, args);
        }
    }
    return ctx.usage(QStringLiteral("unknown command %1").arg(name));
}
