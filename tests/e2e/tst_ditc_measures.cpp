// ditc's measures commands through the real binary: score without a profile, respond with the
// passphrase on stdin, export (FHIR and CSV) and outcomes, with exit codes README.md, ditc;
// service check and the risk-rule floor with broken service folders.
#include "TestSupport.h"

#include <QDir>
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
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
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

const QByteArray kPass = "measures passphrase\n";

} // namespace

class TestDitcMeasures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_profile;

    Run inProfile(QStringList args, const QByteArray &in = kPass)
    {
        args.prepend(m_profile);
        args.prepend(QStringLiteral("--profile"));
        return ditc(args, in);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = m_dir.filePath(QStringLiteral("p"));
        QCOMPARE(ditc({QStringLiteral("--profile"), m_profile, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")},
                      kPass)
                     .code,
                 0);
    }

    void helpListsMeasuresCommands()
    {
        const Run r = ditc({QStringLiteral("--help")});
        for (const char *c : {"score", "respond", "export", "outcomes", "service"})
            QVERIFY2(r.out.contains(c), c);
    }

    // PHQ-9 1+2+3+0+1+2+1+0+1 = 11: moderate (Kroenke 2001), item 9 flagged.
    void scoreWithoutProfile()
    {
        Run r = ditc({QStringLiteral("--json"), QStringLiteral("score"),
                      QStringLiteral("--instrument"), QStringLiteral("phq9"),
                      QStringLiteral("--answers"), QStringLiteral("1,2,3,0,1,2,1,0,1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 11);
        QCOMPARE(r.json().value(QStringLiteral("band")).toString(), QStringLiteral("moderate"));
        QCOMPARE(r.json().value(QStringLiteral("flags")).toArray(),
                 QJsonArray{QStringLiteral("risk")});
        r = ditc({QStringLiteral("score"), QStringLiteral("--instrument"), QStringLiteral("gad7"),
                  QStringLiteral("--answers"), QStringLiteral("1,1,1")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("no total"));
    }

    // A service folder checked before use: every problem with its file and field, exit 2;
    // exit 0 and no problems for a sound one (docs/CLINICAL_SAFETY.md H12).
    void serviceCheckListsEveryProblem()
    {
        const QString service = m_dir.filePath(QStringLiteral("broken-service"));
        QVERIFY(QDir().mkpath(service));
        test::writeFile(service + QStringLiteral("/service.json"),
                        R"({"format": "dit-companion-service", "version": 1,
                            "crisis": {"contacts": [{"name": "", "action": "call",
                                                     "number": "111"}]}})");
        test::writeFile(service + QStringLiteral("/measures.json"),
                        R"({"format": "dit-companion-measures", "version": 1,
                            "formOpensHoursBefore": 1e308,
                            "risk": {"rules": [{"instrument": "phq9", "item": "44260-8",
                                                "minScore": 1.5}]}})");
        Run r = ditc({QStringLiteral("service"), QStringLiteral("check"),
                      QStringLiteral("--service"), service});
        QCOMPARE(r.code, 2);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("service.json: crisis.contacts[0]: \"name\"")),
                 r.out.constData());
        QVERIFY2(out.contains(QStringLiteral("measures.json: \"formOpensHoursBefore\"")),
                 r.out.constData());
        QVERIFY2(out.contains(QStringLiteral("measures.json: risk.rules[0]: \"minScore\"")),
                 r.out.constData());
        r = ditc({QStringLiteral("--json"), QStringLiteral("service"), QStringLiteral("check"),
                  QStringLiteral("--service"), service});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.json().value(QStringLiteral("problems")).toArray().size(), 3);

        const QString sound = m_dir.filePath(QStringLiteral("sound-service"));
        QVERIFY(QDir().mkpath(sound));
        test::writeFile(sound + QStringLiteral("/measures.json"),
                        R"({"format": "dit-companion-measures", "version": 1,
                            "formOpensHoursBefore": 48})");
        r = ditc({QStringLiteral("service"), QStringLiteral("check"), QStringLiteral("--service"),
                  sound});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("no problems"));
        QCOMPARE(ditc({QStringLiteral("service"), QStringLiteral("check")}).code, 2);
    }

    // Whatever a pack's rules say, PHQ-9 item 9 at "Several days" is flagged: rules that are
    // broken, rules that leave item 9 out, a threshold above the item (docs/CLINICAL_SAFETY.md).
    void scoreWithABrokenPackStillFlagsItem9_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::newRow("threshold above the item")
            << QByteArray(R"({"instrument": "phq9", "item": "44260-8", "minScore": 4})");
        QTest::newRow("threshold 1e308")
            << QByteArray(R"({"instrument": "phq9", "item": "44260-8", "minScore": 1e308})");
        QTest::newRow("answer code not offered")
            << QByteArray(R"({"instrument": "phq9", "item": "44260-8", "answers": ["LA0-0"]})");
        QTest::newRow("item 9 left out")
            << QByteArray(R"({"instrument": "risk", "item": "risk-1", "answers": ["LA33-6"]})");
    }

    void scoreWithABrokenPackStillFlagsItem9()
    {
        QFETCH(QByteArray, rules);
        const QString service =
            m_dir.filePath(QStringLiteral("pack-%1").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(QDir().mkpath(service));
        test::writeFile(service + QStringLiteral("/measures.json"),
                        QByteArray(R"({"format": "dit-companion-measures", "version": 1,
                                       "risk": {"rules": [)") +
                            rules + "]}}");
        const QStringList score{QStringLiteral("--json"),       QStringLiteral("score"),
                                QStringLiteral("--service"),    service,
                                QStringLiteral("--instrument"), QStringLiteral("phq9"),
                                QStringLiteral("--answers")};
        Run r = ditc(score + QStringList{QStringLiteral("0,0,0,0,0,0,0,0,1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("flags")).toArray(),
                 QJsonArray{QStringLiteral("risk")});
        r = ditc(score + QStringList{QStringLiteral("0,0,0,0,0,0,0,0,0")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("flags")).toArray(), QJsonArray{});
    }

    // "yes,,5,5,5,5" (not working) is 25 of 40 by the NHS Data Dictionary rule, not 20 of 32,
    // and says the total was completed from the average.
    void scoreWsasNotWorking()
    {
        const Run r =
            ditc({QStringLiteral("score"), QStringLiteral("--instrument"), QStringLiteral("wsas"),
                  QStringLiteral("--answers"), QStringLiteral("yes,,5,5,5,5")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("WSAS: 25 of 40"), r.out.constData());
        QVERIFY2(r.out.contains("average"), r.out.constData());
    }

    void scoreRefusesInvalidAnswersWithAReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("out of range") << QStringList{"--instrument", "phq9", "--answers", "1,2,5"};
        QTest::newRow("too many") << QStringList{"--instrument", "gad7", "--answers",
                                                 "0,0,0,0,0,0,0,0"};
        QTest::newRow("unknown instrument") << QStringList{"--instrument", "bdi", "--answers", "1"};
        QTest::newRow("no answers") << QStringList{"--instrument", "phq9"};
        QTest::newRow("work while not working")
            << QStringList{"--instrument", "wsas", "--answers", "yes,4"};
    }

    void scoreRefusesInvalidAnswersWithAReason()
    {
        QFETCH(QStringList, args);
        args.prepend(QStringLiteral("score"));
        const Run r = ditc(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void respondExportOutcomes()
    {
        // PHQ-9 18 -> 9 and GAD-7 12 -> 6 between sessions 1 and 7.
        Run r = inProfile({QStringLiteral("--json"), QStringLiteral("respond"),
                           QStringLiteral("--instrument"), QStringLiteral("phq9"),
                           QStringLiteral("--session"), QStringLiteral("1"),
                           QStringLiteral("--answers"), QStringLiteral("2,2,2,2,2,2,2,2,2")});
        QCOMPARE(r.code, 0);
        const QString first = r.json().value(QStringLiteral("id")).toString();
        QCOMPARE(first.size(), 32);
        QVERIFY(!r.out.contains("measures passphrase"));
        QCOMPARE(
            inProfile({QStringLiteral("respond"), QStringLiteral("--instrument"),
                       QStringLiteral("gad7"), QStringLiteral("--session"), QStringLiteral("1"),
                       QStringLiteral("--answers"), QStringLiteral("2,2,2,2,2,1,1")})
                .code,
            0);
        QCOMPARE(
            inProfile({QStringLiteral("respond"), QStringLiteral("--instrument"),
                       QStringLiteral("phq9"), QStringLiteral("--session"), QStringLiteral("7"),
                       QStringLiteral("--answers"), QStringLiteral("1,1,1,1,1,1,1,1,1")})
                .code,
            0);
        QCOMPARE(
            inProfile({QStringLiteral("respond"), QStringLiteral("--instrument"),
                       QStringLiteral("gad7"), QStringLiteral("--session"), QStringLiteral("7"),
                       QStringLiteral("--answers"), QStringLiteral("1,1,1,1,1,1,0")})
                .code,
            0);
        // A correction of session 1's PHQ-9 (item 9 changed), kept beside the original.
        r = inProfile({QStringLiteral("--json"), QStringLiteral("respond"),
                       QStringLiteral("--instrument"), QStringLiteral("phq9"),
                       QStringLiteral("--session"), QStringLiteral("1"),
                       QStringLiteral("--answers"), QStringLiteral("2,2,2,2,2,2,2,2,2"),
                       QStringLiteral("--replaces"), first});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("replaces")).toString(), first);
        // Wrong passphrase and bad input are refused.
        QCOMPARE(inProfile({QStringLiteral("respond"), QStringLiteral("--instrument"),
                            QStringLiteral("gad7"), QStringLiteral("--session"),
                            QStringLiteral("2"), QStringLiteral("--answers"), QStringLiteral("0")},
                           "wrong passphrase\n")
                     .code,
                 3);
        QCOMPARE(inProfile({QStringLiteral("respond"), QStringLiteral("--instrument"),
                            QStringLiteral("gad7"), QStringLiteral("--session"),
                            QStringLiteral("0"), QStringLiteral("--answers"), QStringLiteral("0")})
                     .code,
                 2);

        r = inProfile({QStringLiteral("outcomes")});
        QCOMPARE(r.code, 0);
        const QJsonObject outcomes = QJsonDocument::fromJson(r.out).object();
        QVERIFY(outcomes.value(QStringLiteral("classified")).toBool());
        QVERIFY(outcomes.value(QStringLiteral("reliableImprovement")).toBool());
        QVERIFY(outcomes.value(QStringLiteral("recovery")).toBool());
        QVERIFY(outcomes.value(QStringLiteral("reliableRecovery")).toBool());
        QCOMPARE(outcomes.value(QStringLiteral("summary")).toArray().first().toString(),
                 QStringLiteral(
                     "PHQ-9 went from 18 at session 1 to 9 at session 7: a reliable improvement."));

        r = inProfile(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("fhir")});
        QCOMPARE(r.code, 0);
        const QJsonObject bundle = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(bundle.value(QStringLiteral("entry")).toArray().size(), 5);

        const QString csvFile = m_dir.filePath(QStringLiteral("out.csv"));
        r = inProfile({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--out"), csvFile});
        QCOMPARE(r.code, 0);
        const QByteArray csv = test::readFile(csvFile);
        QCOMPARE(csv.count('\n'), 6);
        QVERIFY(csv.startsWith("response_id,"));
        // Only the owner may read the exported answers.
        QCOMPARE(QFileInfo(csvFile).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(
            inProfile({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")})
                .code,
            2);
    }

    void profileCommandsNeedAProfile()
    {
        const Run r = ditc({QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("none")),
                            QStringLiteral("outcomes")},
                           kPass);
        QCOMPARE(r.code, 2);
    }

    // The session limit is said as it is (1 to 1,000), and an empty --answers is refused
    // rather than stored as an empty completed response.
    void respondSaysItsLimitsAndRefusesNoAnswers()
    {
        const auto stored = [this] {
            const Run r = inProfile(
                {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
            return r.out.count('\n');
        };
        const qsizetype before = stored();
        Run r =
            inProfile({QStringLiteral("respond"), QStringLiteral("--instrument"),
                       QStringLiteral("gad7"), QStringLiteral("--session"), QStringLiteral("1001"),
                       QStringLiteral("--answers"), QStringLiteral("0,0,0,0,0,0,0")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("from 1 to 1,000"), r.err.constData());
        for (const char *empty : {"", ",,,", " - "}) {
            r = inProfile({QStringLiteral("respond"), QStringLiteral("--instrument"),
                           QStringLiteral("gad7"), QStringLiteral("--session"), QStringLiteral("2"),
                           QStringLiteral("--answers"), QString::fromLatin1(empty)});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("no answer"), r.err.constData());
        }
        QCOMPARE(stored(), before);
    }

    // Runs last: it gives the profile a course.
    void scheduleIsShownEditedAndPutBack()
    {
        // No course yet: nothing to schedule, said plainly.
        Run r = inProfile({QStringLiteral("schedule")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no course yet"));
        QCOMPARE(inProfile({QStringLiteral("course"), QStringLiteral("set"),
                            QStringLiteral("--sessions"), QStringLiteral("16"),
                            QStringLiteral("--first"), QStringLiteral("2026-01-05"),
                            QStringLiteral("--time"), QStringLiteral("10:00")})
                     .code,
                 0);
        const auto session = [](const Run &run, int n) {
            return run.json().value(QStringLiteral("sessions")).toArray().at(n - 1).toObject();
        };
        const auto ids = [](const QJsonObject &o) {
            QStringList out;
            for (const QJsonValue &v : o.value(QStringLiteral("instruments")).toArray())
                out << v.toString();
            return out;
        };
        // The default (docs/MEASURES.md): the weekly four, RQ and SOS-10 at the first and last, and
        // the feedback questionnaire at the last.
        r = inProfile({QStringLiteral("--json"), QStringLiteral("schedule")});
        QCOMPARE(r.code, 0);
        const QStringList weekly{QStringLiteral("phq9"), QStringLiteral("gad7"),
                                 QStringLiteral("wsas"), QStringLiteral("risk")};
        QCOMPARE(ids(session(r, 5)), weekly);
        QVERIFY(ids(session(r, 1)).contains(QStringLiteral("rq")));
        QVERIFY(ids(session(r, 16)).contains(QStringLiteral("feedback")));
        QVERIFY(!ids(session(r, 5)).contains(QStringLiteral("sos10")));

        // One session changed; the others keep the default.
        r = inProfile({QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("set"),
                       QStringLiteral("--session"), QStringLiteral("5"),
                       QStringLiteral("--instruments"), QStringLiteral("phq9,sos10")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(ids(session(r, 5)),
                 (QStringList{QStringLiteral("phq9"), QStringLiteral("sos10")}));
        QVERIFY(session(r, 5).value(QStringLiteral("edited")).toBool());
        QCOMPARE(ids(session(r, 6)), weekly);

        // Refused before anything is read or saved: an unknown instrument, a session the
        // course does not have, neither a list nor --default.
        QCOMPARE(inProfile({QStringLiteral("schedule"), QStringLiteral("set"),
                            QStringLiteral("--session"), QStringLiteral("5"),
                            QStringLiteral("--instruments"), QStringLiteral("phq9,nope")})
                     .code,
                 2);
        QCOMPARE(inProfile({QStringLiteral("schedule"), QStringLiteral("set"),
                            QStringLiteral("--session"), QStringLiteral("17"),
                            QStringLiteral("--default")})
                     .code,
                 2);
        QCOMPARE(inProfile({QStringLiteral("schedule"), QStringLiteral("set"),
                            QStringLiteral("--session"), QStringLiteral("5")})
                     .code,
                 2);
        r = inProfile({QStringLiteral("--json"), QStringLiteral("schedule")});
        QCOMPARE(ids(session(r, 5)),
                 (QStringList{QStringLiteral("phq9"), QStringLiteral("sos10")}));

        // Back to the default.
        r = inProfile({QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("set"),
                       QStringLiteral("--session"), QStringLiteral("5"),
                       QStringLiteral("--default")});
        QCOMPARE(r.code, 0);
        QCOMPARE(ids(session(r, 5)), weekly);
        QVERIFY(!session(r, 5).value(QStringLiteral("edited")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestDitcMeasures)
#include "tst_ditc_measures.moc"
