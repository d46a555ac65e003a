// ditc as a script would use it: secrets on stdin, JSON out, exit codes README.md, ditc
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace dit;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run ditc(const QStringList &args, const QByteArray &stdinText = {},
         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DIT_DITC_PATH), args);
    if (!p.waitForStarted())
        qFatal("ditc did not start");
    p.write(stdinText);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("ditc did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestDitc : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString profile(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void version()
    {
        const Run r = ditc({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("ditc "));
    }

    void helpListsCommandsAndExitCodes()
    {
        const Run r = ditc({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *c : {"init", "check", "passwd", "course", "--break", "Exit codes"})
            QVERIFY2(r.out.contains(c), c);
    }

    void badUsageExitsTwo()
    {
        QCOMPARE(ditc({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(ditc({}).code, 2);
        QCOMPARE(ditc({QStringLiteral("--profile")}).code, 2);
        const Run r = ditc({QStringLiteral("--profile"), profile("u"), QStringLiteral("init"),
                            QStringLiteral("--role"), QStringLiteral("nurse")},
                           "long enough pass\nlong enough pass\n");
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1); // a one-line reason
        QVERIFY(!QFile::exists(profile("u")));
    }

    // Secrets are never taken from arguments.
    void passphraseArgumentIsRefused()
    {
        const Run r = ditc({QStringLiteral("--profile"), profile("arg"), QStringLiteral("init"),
                            QStringLiteral("--passphrase"), QStringLiteral("long enough pass")});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(profile("arg") + QStringLiteral("/key")));
    }

    void initCheckPasswd()
    {
        const QString dir = profile("main");
        Run r =
            ditc({QStringLiteral("--profile"), dir, QStringLiteral("--json"),
                  QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("therapist")},
                 "first passphrase\nfirst passphrase\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("role")).toString(),
                 QStringLiteral("therapist"));
        QVERIFY(!r.out.contains("first passphrase") && !r.err.contains("first passphrase"));

        r = ditc(
            {QStringLiteral("--profile"), dir, QStringLiteral("--json"), QStringLiteral("check")},
            "first passphrase\n");
        QCOMPARE(r.code, 0);
        const QJsonObject check = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(check.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QVERIFY(check.value(QStringLiteral("schemaVersion")).toInt() >= 1);
        QCOMPARE(check.value(QStringLiteral("role")).toString(), QStringLiteral("therapist"));

        r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("passwd")},
                 "first passphrase\nsecond passphrase\nsecond passphrase\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(
            ditc({QStringLiteral("--profile"), dir, QStringLiteral("check")}, "first passphrase\n")
                .code,
            3);
        QCOMPARE(
            ditc({QStringLiteral("--profile"), dir, QStringLiteral("check")}, "second passphrase\n")
                .code,
            0);
    }

    void initRefusesExistingProfileAndWeakOrMismatchedPassphrases()
    {
        const QString dir = profile("refuse");
        QCOMPARE(
            ditc({QStringLiteral("--profile"), dir, QStringLiteral("init")}, "short\nshort\n").code,
            2);
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("init")},
                      "long enough one\nlong enough two\n")
                     .code,
                 2);
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("init")}, "").code, 2);
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")},
                      "long enough one\n")
                     .code,
                 0);
        const QByteArray key = test::readFile(dir + QStringLiteral("/key"));
        const Run again = ditc({QStringLiteral("--profile"), dir, QStringLiteral("init"),
                                QStringLiteral("--no-confirm")},
                               "another passphrase\n");
        QCOMPARE(again.code, 2);
        QCOMPARE(test::readFile(dir + QStringLiteral("/key")), key);
    }

    // A deleted record of wrong passphrases is no fresh start: the full wait, said plainly
    // (docs/SECURITY.md), even to the right passphrase.
    void aDeletedAttemptRecordWaitsAndSaysWhy()
    {
        const QString dir = profile("lost-count");
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")},
                      "long enough one\n")
                     .code,
                 0);
        QVERIFY(QFile::remove(dir + QStringLiteral("/attempts")));
        const Run r =
            ditc({QStringLiteral("--profile"), dir, QStringLiteral("check")}, "long enough one\n");
        QCOMPARE(r.code, 3);
        // "5 minutes" with the English plurals; the core-only (ASan) build has no translations
        // and says "5 minute(s)".
        QVERIFY2(r.err.contains("The record of wrong passphrases was removed, damaged or put back "
                                "from an earlier copy, so this profile waits 5 minute"),
                 r.err.constData());
        QVERIFY(!r.err.contains("long enough one"));
        QVERIFY(QFile::exists(dir + QStringLiteral("/attempts"))); // the wait written down
    }

    // ditc keeps the whole integrity check before opening (docs/ARCHITECTURE.md, "Opening a
    // profile"): a store damaged where only that check reads is refused with exit 4 before a
    // command that writes runs, and not a byte of it changes.
    void damageInsideTheStoreStopsAWriteCommand()
    {
        const QString dir = profile("damaged-inside");
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")},
                      "long enough one\n")
                     .code,
                 0);
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("stress-write"),
                       QStringLiteral("--count"), QStringLiteral("300")},
                      "long enough one\n")
                     .code,
                 0);
        const QString store = dir + QStringLiteral("/store.db");
        QVERIFY(!QFileInfo::exists(store + QStringLiteral("-wal")) ||
                QFileInfo(store + QStringLiteral("-wal")).size() == 0);
        QByteArray bytes = test::readFile(store);
        QVERIFY(bytes.size() > 100 * 1024);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        test::writeFile(store, bytes);
        const Run r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("respond"),
                            QStringLiteral("--instrument"), QStringLiteral("gad7"),
                            QStringLiteral("--session"), QStringLiteral("1"),
                            QStringLiteral("--answers"), QStringLiteral("2,2,2,2,2,1,1")},
                           "long enough one\n");
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("backup"), r.err.constData());
        QCOMPARE(test::readFile(store), bytes);
    }

    void damagedProfileExitsFour()
    {
        const QString dir = profile("damaged");
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")},
                      "long enough one\n")
                     .code,
                 0);
        const QByteArray key = test::readFile(dir + QStringLiteral("/key"));
        test::writeFile(dir + QStringLiteral("/key"), key.left(40));
        Run r =
            ditc({QStringLiteral("--profile"), dir, QStringLiteral("check")}, "long enough one\n");
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains("key file is damaged"));
        test::writeFile(dir + QStringLiteral("/key"), key);

        QVERIFY(QFile::rename(dir + QStringLiteral("/store.db"), dir + QStringLiteral("/moved")));
        r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("check")}, "long enough one\n");
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains("missing"));
    }

    // `ditc course`: set up a course, mark weeks, inspect it as JSON (docs/COURSE.md).
    // The UK's clocks go forward at 01:00 on 29 March 2026: session 5 of a Sunday 01:30 course
    // is at 02:00 that day with a line saying why, and a move into the gap names the first
    // time that exists (docs/COURSE.md, "Clock changes").
    void courseAcrossTheClocksGoingForward()
    {
        const QString dir = profile("course-dst");
        const QByteArray pass = "course passphrase\n";
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/London"));
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")},
                      pass, env)
                     .code,
                 0);
        Run r =
            ditc({QStringLiteral("--profile"), dir, QStringLiteral("course"), QStringLiteral("set"),
                  QStringLiteral("--first"), QStringLiteral("2026-03-01"), QStringLiteral("--time"),
                  QStringLiteral("01:30")},
                 pass, env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("   5  2026-03-29 02:00  middle\n      The clocks go forward that "
                                "night, so 01:30 does not exist: this session is at 02:00."),
                 r.out.constData());
        r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("course"), QStringLiteral("set"),
                  QStringLiteral("--move"), QStringLiteral("2026-03-29=2026-03-29T01:15")},
                 pass, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("the clocks go forward that night. Choose 02:00 or later."),
                 r.err.constData());
    }

    void courseSetAndShow()
    {
        const QString dir = profile("course");
        const QByteArray pass = "course passphrase\n";
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")},
                      pass)
                     .code,
                 0);
        const auto run = [&](QStringList args, const QByteArray &in = "course passphrase\n") {
            args.prepend(QStringLiteral("--json"));
            args.prepend(dir);
            args.prepend(QStringLiteral("--profile"));
            return ditc(args, in);
        };
        Run r = run({QStringLiteral("course"), QStringLiteral("show")});
        QCOMPARE(r.code, 0);
        QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QStringLiteral("stage")).toString(), QStringLiteral("not-set-up"));
        QVERIFY(shown.value(QStringLiteral("course")).isNull());

        // A new course needs a first date and a time; nothing is saved without them.
        r = run({QStringLiteral("course"), QStringLiteral("set"), QStringLiteral("--sessions"),
                 QStringLiteral("16")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--first"));

        // Starting in three days, on whatever weekday that is.
        const QDate first = QDate::currentDate().addDays(3);
        const QString firstText = first.toString(Qt::ISODate);
        const QString breakWeek = first.addDays(14).toString(Qt::ISODate);
        const QString missedWeek = first.addDays(7).toString(Qt::ISODate);
        r = run({QStringLiteral("course"), QStringLiteral("set"), QStringLiteral("--first"),
                 firstText, QStringLiteral("--time"), QStringLiteral("10:00"),
                 QStringLiteral("--break"), breakWeek});
        QCOMPARE(r.code, 0);
        shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QStringLiteral("stage")).toString(), QStringLiteral("not-started"));
        QCOMPARE(shown.value(QStringLiteral("current")).toInt(), 1);
        QCOMPARE(shown.value(QStringLiteral("versions")).toInt(), 1);
        const QJsonArray sessions = shown.value(QStringLiteral("sessions")).toArray();
        QCOMPARE(sessions.size(), 16);
        // The break moves session 3 (and the rest) a week later.
        QCOMPARE(sessions.at(2).toObject().value(QStringLiteral("slot")).toString(),
                 first.addDays(21).toString(Qt::ISODate));
        QCOMPARE(shown.value(QStringLiteral("skipped"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("reason")),
                 QStringLiteral("break"));

        // Later edits keep what was there and add a version.
        r = run({QStringLiteral("course"), QStringLiteral("set"), QStringLiteral("--missed"),
                 missedWeek, QStringLiteral("--sessions"), QStringLiteral("28")});
        QCOMPARE(r.code, 0);
        shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value(QStringLiteral("versions")).toInt(), 2);
        const QJsonObject course = shown.value(QStringLiteral("course")).toObject();
        QCOMPARE(course.value(QStringLiteral("totalSessions")).toInt(), 28);
        QCOMPARE(course.value(QStringLiteral("breaks")).toArray().first().toString(), breakWeek);
        QVERIFY(shown.value(QStringLiteral("sessions"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("missed"))
                    .toBool());

        // The same again changes nothing and saves nothing.
        r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("course"), QStringLiteral("set"),
                  QStringLiteral("--sessions"), QStringLiteral("28")},
                 pass);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("No change"));
        QVERIFY(r.out.contains("Versions saved: 2"));

        // A date that is not a session week, a bad option value, a wrong passphrase.
        r = run({QStringLiteral("course"), QStringLiteral("set"), QStringLiteral("--cancel"),
                 first.addDays(1).toString(Qt::ISODate)});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("not one of the weekly session dates"));
        r = run({QStringLiteral("course"), QStringLiteral("set"), QStringLiteral("--time"),
                 QStringLiteral("25:00")},
                "");
        QCOMPARE(r.code, 2); // refused before asking for the passphrase
        QCOMPARE(run({QStringLiteral("course"), QStringLiteral("show")}, "wrong passphrase\n").code,
                 3);
        QCOMPARE(run({QStringLiteral("course"), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(run({QStringLiteral("course")}).code, 2);
        QCOMPARE(run({QStringLiteral("course"), QStringLiteral("show")}).code, 0);
        r = run({QStringLiteral("course"), QStringLiteral("show")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("versions")).toInt(),
                 2);
    }

    void missingProfileIsBadInput()
    {
        const Run r = ditc({QStringLiteral("--profile"), profile("none"), QStringLiteral("check")},
                           "whatever it is\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no profile"));
    }
};

QTEST_GUILESS_MAIN(TestDitc)
#include "tst_ditc.moc"
