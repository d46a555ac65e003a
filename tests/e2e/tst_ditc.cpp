// ditc as a script would use it: secrets on stdin, JSON out, exit codes per DESIGN.md §5.
#include "TestSupport.h"

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

Run ditc(const QStringList &args, const QByteArray &stdinText = {})
{
    QProcess p;
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
        for (const char *c : {"init", "check", "passwd", "Exit codes"})
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
