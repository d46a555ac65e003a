// The real dit-companion binary: screenshots, the demo profile, and what it does (and does
// not do) to a profile folder it merely looks at.
#include "TestSupport.h"
#include "common/CoreDumps.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace dit;

namespace {

struct Run
{
    int code = -1;
    QByteArray err;
};

Run app(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DIT_APP_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("dit-companion did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

// A screenshot that is the right size and not a blank fill.
void verifyScreenshot(const QString &file, QSize size)
{
    const QImage image(file);
    QVERIFY2(!image.isNull(), qPrintable(file));
    QCOMPARE(image.size(), size);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 10, "the screenshot looks blank");
}

} // namespace

class TestAppCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void demoScreenshotsAtPhoneAndTabletSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("page");
        QTest::newRow("phone home") << QSize(412, 915) << QStringLiteral("home");
        QTest::newRow("tablet settings") << QSize(1280, 800) << QStringLiteral("settings");
        QTest::newRow("phone crisis") << QSize(412, 915) << QStringLiteral("crisis");
        QTest::newRow("tablet letter") << QSize(1280, 800) << QStringLiteral("letter");
        QTest::newRow("phone measures") << QSize(412, 915) << QStringLiteral("measures");
        QTest::newRow("phone form") << QSize(412, 915) << QStringLiteral("form");
        QTest::newRow("tablet progress") << QSize(1280, 800) << QStringLiteral("progress");
        // Pages inside destinations (docs/COURSE.md), opened with --page.
        QTest::newRow("phone article")
            << QSize(412, 915) << QStringLiteral("learn-article:phase-middle");
        QTest::newRow("tablet focus") << QSize(1280, 800) << QStringLiteral("focus");
        QTest::newRow("phone notes") << QSize(412, 915) << QStringLiteral("notes");
        QTest::newRow("phone course weeks") << QSize(412, 915) << QStringLiteral("course-weeks");
    }

    void demoScreenshotsAtPhoneAndTabletSizes()
    {
        QFETCH(QSize, size);
        QFETCH(QString, page);
        const QString file = m_dir.filePath(page + QStringLiteral(".png"));
        const Run r = app({QStringLiteral("--demo"), QStringLiteral("--page"), page,
                           QStringLiteral("--screenshot"), file, QStringLiteral("--size"),
                           QStringLiteral("%1x%2").arg(size.width()).arg(size.height())});
        QCOMPARE(r.code, 0);
        verifyScreenshot(file, size);
    }

    // The letter's pages (docs/LETTERS.md) render with the demo's letter, at phone and tablet
    // sizes, in the dark theme and at twice the text size.
    void letterScreenshots_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QStringList>("extra");
        const QStringList none;
        QTest::newRow("read phone") << "letter-read" << QSize(412, 915) << none;
        QTest::newRow("read tablet dark")
            << "letter-read" << QSize(1280, 800) << QStringList{"--theme", "dark"};
        QTest::newRow("reply large text")
            << "letter-reply" << QSize(412, 915) << QStringList{"--font-scale", "2"};
        QTest::newRow("compare tablet") << "letter-compare" << QSize(1280, 800) << none;
        QTest::newRow("letter home") << "home" << QSize(412, 915) << none;
    }

    void letterScreenshots()
    {
        QFETCH(QString, page);
        QFETCH(QSize, size);
        QFETCH(QStringList, extra);
        const QString file = m_dir.filePath(page + QStringLiteral("-letter.png"));
        const Run r =
            app(QStringList{QStringLiteral("--demo-stage"), QStringLiteral("after"),
                            QStringLiteral("--page"), page, QStringLiteral("--screenshot"), file,
                            QStringLiteral("--size"),
                            QStringLiteral("%1x%2").arg(size.width()).arg(size.height())}
                << extra);
        QCOMPARE(r.code, 0);
        verifyScreenshot(file, size);
    }

    // Every demo stage renders Home, including a fresh profile with nothing entered yet.
    void demoStagesRender_data()
    {
        QTest::addColumn<QString>("stage");
        for (const char *stage : {"new", "beginning", "ending", "after"})
            QTest::newRow(stage) << QString::fromLatin1(stage);
    }

    void demoStagesRender()
    {
        QFETCH(QString, stage);
        const QString file = m_dir.filePath(stage + QStringLiteral("-home.png"));
        const Run r =
            app({QStringLiteral("--demo-stage"), stage, QStringLiteral("--screenshot"), file});
        QCOMPARE(r.code, 0);
        verifyScreenshot(file, QSize(412, 915));
    }

    // The demo's throwaway profile is removed when the app exits.
    void demoLeavesNothingBehind()
    {
        QTemporaryDir tmp;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        const QString file = m_dir.filePath(QStringLiteral("demo.png"));
        QCOMPARE(app({QStringLiteral("--demo"), QStringLiteral("--screenshot"), file}, env).code,
                 0);
        const QStringList left =
            QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty() || left == QStringList{QStringLiteral("runtime-root")},
                 qPrintable(left.join(u',')));
    }

    // Looking at a folder with no profile shows the welcome page and creates nothing.
    void welcomeScreenshotCreatesNothing()
    {
        const QString profile = m_dir.filePath(QStringLiteral("not-yet"));
        const QString file = m_dir.filePath(QStringLiteral("welcome.png"));
        QCOMPARE(
            app({QStringLiteral("--profile"), profile, QStringLiteral("--screenshot"), file}).code,
            0);
        verifyScreenshot(file, QSize(412, 915));
        QVERIFY(!QFile::exists(profile));
    }

    void damagedProfileIsShownAndLeftUntouched()
    {
        test::TempProfile t;
        t.create();
        Profile p = t.profile();
        QVERIFY(QFile::remove(p.keyFilePath()));
        const auto before = test::folderDigests(t.path());
        const QString file = m_dir.filePath(QStringLiteral("damaged.png"));
        QCOMPARE(
            app({QStringLiteral("--profile"), t.path(), QStringLiteral("--screenshot"), file}).code,
            0);
        verifyScreenshot(file, QSize(412, 915));
        QCOMPARE(test::folderDigests(t.path()), before);
    }

    // The window fits the screen it opens on (main.cpp, fitToScreen), on a real X display
    // (Xvfb): on a 1280x800 laptop the phone-shaped window is made shorter, with room for a
    // title bar; on a screen with room for it, it stays 412x915.
    void windowFitsTheScreen_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QString>("window");
        QTest::newRow("laptop 1280x800") << QStringLiteral("1280x800") << QStringLiteral("412x752");
        QTest::newRow("desktop 1920x1080")
            << QStringLiteral("1920x1080") << QStringLiteral("412x915");
    }
    void windowFitsTheScreen()
    {
        QFETCH(QString, screen);
        QFETCH(QString, window);
#ifndef DIT_TEST_HOOKS
        QSKIP("the UI driver (DIT_DRIVE) is only in test-hook builds");
#endif
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfb.isEmpty())
            QSKIP("xvfb-run is not installed (scripts/install-deps.sh installs it)");
        const QString script = m_dir.filePath(QStringLiteral("fits.drive"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            QStringLiteral("wait-for appShell\nwindow-fits %1\nquit\n").arg(window).toUtf8());
        file.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("DIT_DRIVE"), script);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(xvfb, {QStringLiteral("-a"), QStringLiteral("-s"),
                       QStringLiteral("-screen 0 %1x24").arg(screen), QStringLiteral(DIT_APP_PATH),
                       QStringLiteral("--demo")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, QByteArray(out + p.readAllStandardError()).constData());
        QVERIFY2(out.contains(QStringLiteral("room %1 at 0,0").arg(screen).toUtf8()),
                 out.constData());
        QVERIFY2(out.contains("drive: done"), out.constData());
    }

    void withoutADisplayItSaysSoPlainly()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        const Run r = app({QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("x"))}, env);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no display"));
        QVERIFY(r.err.contains("--screenshot"));
    }

    void badOptionsAreRefused()
    {
        QCOMPARE(
            app({QStringLiteral("--demo"), QStringLiteral("--size"), QStringLiteral("huge")}).code,
            2);
        QCOMPARE(
            app({QStringLiteral("--demo"), QStringLiteral("--theme"), QStringLiteral("purple")})
                .code,
            2);
        QCOMPARE(app({QStringLiteral("--demo"), QStringLiteral("--profile"), m_dir.path()}).code,
                 2);
    }

    // --language shows the app in a shipped translation for one run (the screenshot script
    // uses the pseudo-translation); a language without one is refused, naming those there are.
    void languageOption()
    {
        const Run unknown = app({QStringLiteral("--demo"), QStringLiteral("--language"),
                                 QStringLiteral("xx_YY"), QStringLiteral("--self-test")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains("no translation for xx_YY"));
        QVERIFY(unknown.err.contains("en_XA"));

        QStringList files;
        for (const QString &language : {QString(), QStringLiteral("en_XA")}) {
            const QString file = m_dir.filePath(QStringLiteral("home-%1.png").arg(language));
            QStringList args = {QStringLiteral("--demo"), QStringLiteral("--screenshot"), file,
                                QStringLiteral("--size"), QStringLiteral("412x915")};
            if (!language.isEmpty())
                args << QStringLiteral("--language") << language;
            QCOMPARE(app(args).code, 0);
            verifyScreenshot(file, QSize(412, 915));
            files << file;
        }
        // The same page, its words replaced: the pictures differ.
        QVERIFY(QImage(files[0]) != QImage(files[1]));
    }

    // A crash must leave no core file with decrypted data: both executables turn core dumps
    // off first thing (the real binaries, asked through the test-build hook).
    void coreDumpsAreOffInBothExecutables_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("dit-companion") << QStringLiteral(DIT_APP_PATH);
        QTest::newRow("ditc") << QStringLiteral(DIT_DITC_PATH);
    }
    void coreDumpsAreOffInBothExecutables()
    {
        QFETCH(QString, program);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DIT_TEST_CORE_DUMPS"), QStringLiteral("1"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, {});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("core dumps: off"));
    }

    // The shared function itself, in a child process (this test process stays as it was).
    void disableCoreDumpsTurnsBothOff()
    {
        QVERIFY(!coreDumpsDisabled()); // a test process may dump: the check can tell
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            disableCoreDumps();
            rlimit limit{};
            const bool ok = coreDumpsDisabled() && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 &&
                            getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 &&
                            limit.rlim_max == 0;
            _exit(ok ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
