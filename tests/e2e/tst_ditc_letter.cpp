// ditc letter: list, show, import and export through the real binary, passphrase on stdin.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

using namespace dit;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray kPass = "long enough pass\n";

Run ditc(const QStringList &args, const QByteArray &stdinText = kPass)
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

const char *kLetter = "# Our work together\n"
                      "Author: therapist\n"
                      "Date: 2026-06-10\n"
                      "\n"
                      "## Experiences of your self\n"
                      "\n"
                      "You often feel like an *afterthought*.\n"
                      "\n"
                      "## Conclusion\n"
                      "\n"
                      "With warm wishes,\\\n"
                      "Ruth\n";

} // namespace

class TestDitcLetter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_profile;

    QString file(const char *name, const QByteArray &content = {})
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        if (!content.isEmpty())
            test::writeFile(path, content);
        return path;
    }

    QStringList cmd(const QStringList &rest, bool json = false)
    {
        QStringList a{QStringLiteral("--profile"), m_profile};
        if (json)
            a << QStringLiteral("--json");
        return a << QStringLiteral("letter") << rest;
    }

    QJsonArray list()
    {
        const Run r = ditc(cmd({QStringLiteral("list")}, true));
        if (r.code != 0)
            qFatal("letter list failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("letters")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        QCOMPARE(ditc({QStringLiteral("--profile"), m_profile, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")})
                     .code,
                 0);
    }

    void helpDocumentsTheCommand()
    {
        const Run r = ditc({QStringLiteral("--help")}, {});
        QVERIFY(r.out.contains("letter"));
        QVERIFY(r.out.contains("--format pdf|txt|md"));
    }

    void importListShowExport()
    {
        const Run imported = ditc(cmd({QStringLiteral("import"), file("l.md", kLetter)}, true));
        QCOMPARE(imported.code, 0);
        const QJsonObject ids = QJsonDocument::fromJson(imported.out).object();
        const QString id = ids.value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), 32);
        QCOMPARE(ids.value(QStringLiteral("sections")).toInt(), 2);

        const QJsonArray letters = list();
        QCOMPARE(letters.size(), 1);
        const QJsonObject first = letters.first().toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Our work together"));
        QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("therapist"));
        QCOMPARE(first.value(QStringLiteral("versions")).toInt(), 1);

        // Show by a prefix of the id; the text is what the letter says, markers removed.
        const Run shown = ditc(cmd({QStringLiteral("show"), id.left(8)}));
        QCOMPARE(shown.code, 0);
        QVERIFY(shown.out.contains("You often feel like an afterthought."));
        QVERIFY(shown.out.contains("With warm wishes,\nRuth"));

        const Run txt = ditc(
            cmd({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("txt")}));
        QCOMPARE(txt.code, 0);
        QVERIFY(txt.out.startsWith("Our work together\n"));

        // The md export is the import format: importing it as a new version round-trips.
        const Run md = ditc(cmd({QStringLiteral("export"), id, QStringLiteral("--format=md")}));
        QCOMPARE(md.code, 0);
        const QByteArray revised =
            QByteArray(md.out).replace("an *afterthought*", "*less* of an afterthought");
        const Run again = ditc(cmd(
            {QStringLiteral("import"), file("v2.md", revised), QStringLiteral("--parent"), id}));
        QCOMPARE(again.code, 0);
        QCOMPARE(list().first().toObject().value(QStringLiteral("versions")).toInt(), 2);
        const Run v2 = ditc(cmd({QStringLiteral("show"), id}, true));
        const QJsonObject shownJson = QJsonDocument::fromJson(v2.out).object();
        QCOMPARE(shownJson.value(QStringLiteral("versions")).toArray().size(), 2);
        QVERIFY(shownJson.value(QStringLiteral("sections"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("*less*")));
    }

    void pdfExport()
    {
        const QString id = list().first().toObject().value(QStringLiteral("id")).toString();
        const QString pdf = file("letter.pdf");
        const Run r = ditc(cmd({QStringLiteral("export"), id, QStringLiteral("--format"),
                                QStringLiteral("pdf"), QStringLiteral("--out"), pdf}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(!r.out.contains("afterthought")); // the output names the file, not the words
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput())
                                  .normalized(QString::NormalizationForm_KC)
                                  .simplified();
        QVERIFY2(words.contains(QStringLiteral("less of an afterthought")), qPrintable(words));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QByteArray meta = info.readAllStandardOutput();
        QVERIFY(!meta.contains("Our work together"));
        QVERIFY(!meta.contains("dit"));

        // An existing file is never replaced.
        const QByteArray before = test::readFile(pdf);
        const Run again = ditc(cmd({QStringLiteral("export"), id, QStringLiteral("--format"),
                                    QStringLiteral("pdf"), QStringLiteral("--out"), pdf}));
        QCOMPARE(again.code, 2);
        QCOMPARE(test::readFile(pdf), before);
    }

    // A malformed file is refused with its line and reason, before the profile is touched.
    void malformedImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("html") << QByteArray("# T\nDate: 2026-06-10\n\n## E\n\n<img src=x>\n")
                              << QByteArray("line 6: HTML is not allowed");
        QTest::newRow("no date") << QByteArray("# T\n\n## E\n\nText.\n") << QByteArray("Date:");
        QTest::newRow("not a letter") << QByteArray("{\"json\": true}\n") << QByteArray("line 1");
    }

    void malformedImportChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, reason);
        const auto before = test::folderDigests(m_profile);
        const Run r = ditc(cmd({QStringLiteral("import"), file("bad.md", content)}));
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(reason), r.err.constData());
        QCOMPARE(test::folderDigests(m_profile), before);
    }

    void pipeOrDeviceIsRefusedAtOnce()
    {
        const QString pipe = m_dir.filePath(QStringLiteral("pipe.md"));
        QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
        const QString zero = m_dir.filePath(QStringLiteral("zero.md"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        const auto before = test::folderDigests(m_profile);
        for (const QString &path : {pipe, zero}) {
            const Run r = ditc(cmd({QStringLiteral("import"), path}));
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("is not a regular file"), r.err.constData());
        }
        QCOMPARE(test::folderDigests(m_profile), before);
    }

    void replyNamingAMissingLetterIsRefused()
    {
        const int count = int(list().size());
        const Run r = ditc(cmd({QStringLiteral("import"),
                                file("reply.md", "# My reply\nAuthor: patient\nDate: 2026-06-20\n"
                                                 "In-Reply-To: 0123456789abcdef0123456789abcdef\n"
                                                 "\nThank you.\n")}));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("nothing was imported"));
        QCOMPARE(int(list().size()), count);
    }

    void badUsage()
    {
        QCOMPARE(ditc(cmd({})).code, 2);
        QCOMPARE(ditc(cmd({QStringLiteral("frobnicate")})).code, 2);
        QCOMPARE(ditc(cmd({QStringLiteral("export"), QStringLiteral("abcdef12"),
                           QStringLiteral("--format"), QStringLiteral("docx")}))
                     .code,
                 2);
        QCOMPARE(ditc(cmd({QStringLiteral("show")})).code, 2);
        QCOMPARE(ditc(cmd({QStringLiteral("show"), QStringLiteral("ffffffffffff")})).code, 2);
        QCOMPARE(ditc(cmd({QStringLiteral("list")}), "wrong passphrase\n").code, 3);
    }
};

QTEST_GUILESS_MAIN(TestDitcLetter)
#include "tst_ditc_letter.moc"
