// End-to-end journeys (docs/DEVELOPING.md): the real dit-companion, offscreen, driven the way a
// person would by the test-only UI driver (app/gui/UiDriver.h) from the scripts in journeys/. Each
// journey saves screenshots at its key steps in the build folder (journeys/<name>/).
#include "JourneyEnvironment.h"
#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestJourneys : public QObject
{
    Q_OBJECT

    // Runs one script; returns the screenshot files it names, which must all exist.
    static void drive(const QString &name, const QStringList &arguments)
    {
        QTemporaryDir profiles;
        QVERIFY(profiles.isValid());
        drive(name, arguments, profiles.path());
    }

    // The same with the profiles in `home`, so a second run finds what the first left.
    // `killed`: the script ends with "kill", and the app must have died of SIGKILL there.
    static void drive(const QString &name, const QStringList &arguments, const QString &home,
                      bool killed = false)
    {
        const QString script = QStringLiteral(DIT_JOURNEYS_DIR "/") + name + ".drive";
        const QString shots = QStringLiteral(DIT_JOURNEY_SHOTS "/") + name;
        QDir(shots).removeRecursively();
        QVERIFY(QDir().mkpath(shots));
        const QDir profiles(home);

        QProcess app;
        app.setProcessEnvironment(dit::test::journeyEnvironment(script, shots, profiles.path()));
        QStringList args = arguments;
        args.replaceInStrings(QStringLiteral("{profile}"),
                              profiles.filePath(QStringLiteral("profile")));
        args << QStringLiteral("--size") << QStringLiteral("412x915");
        app.start(QStringLiteral(DIT_APP_PATH), args);
        QVERIFY(app.waitForStarted());
        const bool finished = app.waitForFinished(200000);
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        const QString err = QString::fromUtf8(app.readAllStandardError());
        if (!finished)
            app.kill();
        QVERIFY2(finished, qPrintable(QStringLiteral("the journey hung:\n") + out + err));
        if (killed) {
            QVERIFY2(app.exitStatus() == QProcess::CrashExit, qPrintable(out + err));
            QVERIFY2(out.trimmed().endsWith(QLatin1String("drive: kill")), qPrintable(out));
        } else {
            QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
                     qPrintable(out + err));
            QVERIFY2(out.contains(QLatin1String("drive: done")), qPrintable(out));
        }

        // Every screenshot the script asked for is there and shows the window.
        const QString text = QString::fromUtf8(dit::test::readFile(script));
        static const QRegularExpression shot(QStringLiteral("^screenshot (\\S+)$"),
                                             QRegularExpression::MultilineOption);
        int count = 0;
        for (auto it = shot.globalMatch(text); it.hasNext(); ++count) {
            const QString file = shots + QLatin1Char('/') + it.next().captured(1);
            const QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            QCOMPARE(image.size(), QSize(412, 915));
        }
        QVERIFY(count > 0);
    }

private Q_SLOTS:
    void firstRunAndPassphrase()
    {
        drive(QStringLiteral("first_run"),
              {QStringLiteral("--profile"), QStringLiteral("{profile}")});
    }

    void riskAnswerOpensCrisisSupport()
    {
        drive(QStringLiteral("risk_form"),
              {QStringLiteral("--demo-stage"), QStringLiteral("middle")});
    }

    // A risk answer on a phone that is not paired: crisis support at once with words true for
    // that state; the app killed; started again while the form is open, the form is where it
    // was left and crisis support is not shown again by itself, yet one tap away; started
    // again after the form's window has closed, the answers are on Measures as a form not
    // finished, the safety answer marked (docs/MEASURES.md, "A risk answer in a form").
    void riskAnswerIsKeptAfterAKillAndTheWindowClosing()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QStringList profile{QStringLiteral("--profile"),
                                  home.filePath(QStringLiteral("profile"))};
        drive(QStringLiteral("risk_answer_unpaired_kill"), profile, home.path(), true);
        if (QTest::currentTestFailed())
            return;
        drive(QStringLiteral("risk_answer_reopened"), profile, home.path());
        if (QTest::currentTestFailed())
            return;
        drive(QStringLiteral("risk_answer_kept_after_window"), profile, home.path());
    }

    // A note being typed is kept through a killed app (docs/COURSE.md, "On my mind").
    void noteIsKeptThroughAKill()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QStringList profile{QStringLiteral("--profile"),
                                  home.filePath(QStringLiteral("profile"))};
        drive(QStringLiteral("note_kept_kill"), profile, home.path(), true);
        if (QTest::currentTestFailed())
            return;
        drive(QStringLiteral("note_kept_after_kill"), profile, home.path());
    }

    void lockAndUnlock()
    {
        drive(QStringLiteral("lock_unlock"),
              {QStringLiteral("--profile"), QStringLiteral("{profile}")});
    }

    void readALearnArticle() { drive(QStringLiteral("learn_article"), {QStringLiteral("--demo")}); }

    // A new profile's first three weeks: the clock is moved on a week at a time.
    void progressAfterThreeSessions()
    {
        drive(QStringLiteral("progress_after_three_sessions"),
              {QStringLiteral("--profile"), QStringLiteral("{profile}")});
    }

    void readMarkAndReplyToTheLetter()
    {
        drive(QStringLiteral("letter_read_mark_reply"),
              {QStringLiteral("--demo-stage"), QStringLiteral("ending")});
    }

    // A new therapist's profile: the demo caseload has no passphrase to return with.
    void handOverCannotBeEscaped()
    {
        drive(QStringLiteral("handover_cannot_be_escaped"),
              {QStringLiteral("--profile"), QStringLiteral("{profile}")});
    }

    // The driver reports a step that cannot be done rather than passing over it, and a
    // step it cannot read (the clock is never moved by a guess).
    void aStepThatCannotBeDoneFailsTheJourney_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QByteArray>("problem");
        QTest::newRow("missing item") << QByteArray("click noSuchItem") << QByteArray("noSuchItem");
        QTest::newRow("clock") << QByteArray("clock next Monday") << QByteArray("clock YYYY");
        QTest::newRow("days") << QByteArray("advance-days a week") << QByteArray("advance-days");
        QTest::newRow("file to type")
            << QByteArray("type-file no-such-code.txt") << QByteArray("cannot read");
        QTest::newRow("nothing to save")
            << QByteArray("save noSuchItem text f.txt") << QByteArray("noSuchItem");
    }

    void aStepThatCannotBeDoneFailsTheJourney()
    {
        QFETCH(QByteArray, step);
        QFETCH(QByteArray, problem);
        QTemporaryDir dir;
        const QString script = dir.filePath(QStringLiteral("bad.drive"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(step + "\nquit\n");
        f.close();
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DIT_DRIVE"), script);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(DIT_APP_PATH), {QStringLiteral("--demo")});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(app.readAllStandardError().contains(problem));
    }
};

QTEST_GUILESS_MAIN(TestJourneys)
#include "tst_journeys.moc"
