#include "Options.h"

#include "Routes.h"
#include "demo/DemoData.h"

#include <QCommandLineParser>

namespace dit {

bool GuiOptions::parse(const QStringList &arguments, GuiOptions *out, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("DIT Companion"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Profile folder to open."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     QStringLiteral("A service's configuration folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open a throwaway profile filled with an example "
                                                 "course. Never touches your real profile."));
    const QCommandLineOption demoStage(QStringLiteral("demo-stage"),
                                       QStringLiteral("Where the demo is in therapy: beginning, "
                                                      "middle (default), ending, after, new "
                                                      "(nothing entered yet), or therapist (a "
                                                      "therapist's invented caseload)."),
                                       QStringLiteral("STAGE"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every page of the UI, then exit (0 if "
                                                     "none reported an error)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the current page offscreen to a "
                                                       "PNG file and exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size, e.g. 412x915."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Open a page: home, measures, learn, letter, "
                                                 "settings or crisis; or form or progress "
                                                 "(under measures); an unknown NAME lists "
                                                 "them all."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Colours for this run: system, light or dark."),
                                   QStringLiteral("MODE"));
    const QCommandLineOption fontScale(QStringLiteral("font-scale"),
                                       QStringLiteral("Scale the system font, as a person's text "
                                                      "size setting would (e.g. 2 for 200%)."),
                                       QStringLiteral("FACTOR"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Show the app in this language for this run, e.g. en_XA (a "
                       "pseudo-translation: accented and longer, to find clipped or "
                       "untranslated text)."),
        QStringLiteral("LANG"));
    p.addOptions({profile, service, demo, demoStage, selfTest, screenshot, size, page, theme,
                  fontScale, language});
    p.process(arguments); // exits on --help/--version

    GuiOptions o;
    o.profileDir = p.value(profile);
    o.serviceDir = p.value(service);
    o.demo = p.isSet(demo) || p.isSet(demoStage);
    if (p.isSet(demoStage))
        o.demoStage = p.value(demoStage);
    demo::Stage stage;
    if (!demo::stageFromName(o.demoStage, &stage)) {
        *error = QStringLiteral(
            "--demo-stage must be beginning, middle, ending, after, new or therapist");
        return false;
    }
    o.selfTest = p.isSet(selfTest);
    o.screenshotFile = p.value(screenshot);
    o.page = p.value(page);
    if (!o.page.isEmpty() && !Routes::find(o.page)) {
        *error = Routes::unknownKeyMessage(o.page);
        return false;
    }
    o.theme = p.value(theme);
    o.language = p.value(language);
    if (p.isSet(size)) {
        const QStringList wh = p.value(size).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (wh.size() == 2)
            o.size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        if (!okW || !okH || o.size.width() < 200 || o.size.height() < 200) {
            *error = QStringLiteral("--size must look like 412x915");
            return false;
        }
    }
    if (p.isSet(fontScale)) {
        bool ok = false;
        o.fontScale = p.value(fontScale).toDouble(&ok);
        if (!ok || o.fontScale < 0.5 || o.fontScale > 4) {
            *error = QStringLiteral("--font-scale must be between 0.5 and 4");
            return false;
        }
    }
    if (!o.theme.isEmpty() &&
        !QStringList{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}
             .contains(o.theme)) {
        *error = QStringLiteral("--theme must be system, light or dark");
        return false;
    }
    if (o.demo && !o.profileDir.isEmpty()) {
        *error = QStringLiteral("--demo uses its own throwaway profile; leave out --profile");
        return false;
    }
    *out = o;
    return true;
}

} // namespace dit
