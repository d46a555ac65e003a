// ditc's sync commands through the real binary against a PouchDB Server started here:
// provision, pair (code on stdin only), sync, sync status, unpair. Exit codes per
// DESIGN.md §5. Exit 77 (skipped, with the reason) only when node or pouchdb-server is
// missing.
#include "Processes.h"
#include "SyncServer.h"
#include "TestSupport.h"
#include "sync/ShortCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace dit;
using namespace dit::test;

namespace {

const QByteArray kTherapistPass = "therapist passphrase 1";
const QByteArray kPatientPass = "patient passphrase 11";

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestDitcSync : public QObject
{
    Q_OBJECT

    SyncServer m_server;
    QTemporaryDir m_dir;

    QString therapist() const { return m_dir.filePath(QStringLiteral("therapist")); }
    QString patient() const { return m_dir.filePath(QStringLiteral("patient")); }

    Run as(const QString &profile, const QStringList &args, const QByteArray &input)
    {
        return ditc(QStringList{QStringLiteral("--profile"), profile} + args, input);
    }

    QByteArray admin()
    {
        return m_server.adminName().toUtf8() + '\n' +
               m_server.adminPassword().view().toByteArray() + '\n';
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_server.start(&problem), qPrintable(problem));
        QCOMPARE(as(therapist(),
                    {QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("therapist"),
                     QStringLiteral("--no-confirm")},
                    kTherapistPass + '\n')
                     .code,
                 0);
        // A therapist pairs a patient of their caseload.
        for (const char *label : {"p1", "p2", "p3", "p-wrong"})
            QCOMPARE(as(therapist(),
                        {QStringLiteral("patients"), QStringLiteral("add"), QLatin1String(label)},
                        kTherapistPass + '\n')
                         .code,
                     0);
        QCOMPARE(as(patient(), {QStringLiteral("init"), QStringLiteral("--no-confirm")},
                    kPatientPass + '\n')
                     .code,
                 0);
    }

    void cleanupTestCase() { m_server.stop(); }

    void helpListsTheCommands()
    {
        const Run r = ditc({QStringLiteral("--help")});
        for (const char *c : {"provision", "pair", "sync", "unpair"})
            QVERIFY2(r.out.contains(c), c);
    }

    void badUsageIsRefusedBeforeAnySecret()
    {
        // Plain http to another machine, and a missing option: exit 2, nothing read.
        Run r = as(therapist(),
                   {QStringLiteral("provision"), QStringLiteral("--server"),
                    QStringLiteral("http://sync.example.org"), QStringLiteral("--patient"),
                    QStringLiteral("p1")},
                   {});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("https"));
        QCOMPARE(
            as(therapist(),
               {QStringLiteral("provision"), QStringLiteral("--patient"), QStringLiteral("p1")}, {})
                .code,
            2);
        // The pairing code is never an argument.
        r = as(patient(), {QStringLiteral("pair"), QStringLiteral("DITC0000")}, {});
        QCOMPARE(r.code, 2);
        // Not paired yet.
        r = as(patient(), {QStringLiteral("sync")}, kPatientPass + '\n');
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("not paired"));
    }

    void wrongAdminPasswordIsRefused()
    {
        const Run r =
            as(therapist(),
               {QStringLiteral("provision"), QStringLiteral("--server"), m_server.url().toString(),
                QStringLiteral("--patient"), QStringLiteral("p-wrong")},
               kTherapistPass + "\nadmin\nnot the password\n");
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("admin"));
    }

    void provisionPairSyncStatusUnpair()
    {
        // Only a patient of the caseload can be paired.
        Run r = as(therapist(),
                   {QStringLiteral("provision"), QStringLiteral("--server"),
                    m_server.url().toString(), QStringLiteral("--patient"), QStringLiteral("Z.Z.")},
                   kTherapistPass + '\n' + admin());
        QCOMPARE(r.code, 2);
        // A patient's profile cannot provision.
        QCOMPARE(as(patient(),
                    {QStringLiteral("provision"), QStringLiteral("--server"),
                     m_server.url().toString(), QStringLiteral("--patient"), QStringLiteral("x")},
                    kPatientPass + '\n' + admin())
                     .code,
                 2);

        r = as(therapist(),
               {QStringLiteral("--json"), QStringLiteral("provision"), QStringLiteral("--server"),
                m_server.url().toString(), QStringLiteral("--patient"), QStringLiteral("p1")},
               kTherapistPass + '\n' + admin());
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject provisioned = json(r);
        const QString typed = provisioned.value(QStringLiteral("typed")).toString();
        const QString phrase = provisioned.value(QStringLiteral("phrase")).toString();
        QVERIFY(typed.startsWith(QStringLiteral("DITC-")));
        QCOMPARE(phrase.split(u' ').size(), 4);
        // Provisioning the same patient twice is refused.
        QCOMPARE(as(therapist(),
                    {QStringLiteral("provision"), QStringLiteral("--server"),
                     m_server.url().toString(), QStringLiteral("--patient"), QStringLiteral("p1")},
                    kTherapistPass + '\n' + admin())
                     .code,
                 2);

        // A mistyped code is caught; the right one pairs and shows the same four words.
        QString wrong = typed;
        wrong[10] = wrong[10] == u'A' ? u'B' : u'A';
        r = as(patient(), {QStringLiteral("pair")}, kPatientPass + '\n' + wrong.toUtf8() + '\n');
        QCOMPARE(r.code, 2);
        r = as(patient(), {QStringLiteral("--json"), QStringLiteral("pair")},
               kPatientPass + '\n' + typed.toUtf8() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json(r).value(QStringLiteral("phrase")).toString(), phrase);

        // A form filled in at home reaches the therapist.
        QCOMPARE(as(patient(),
                    {QStringLiteral("respond"), QStringLiteral("--instrument"),
                     QStringLiteral("phq9"), QStringLiteral("--session"), QStringLiteral("1"),
                     QStringLiteral("--answers"), QStringLiteral("1,1,1,1,1,1,1,1,0")},
                    kPatientPass + '\n')
                     .code,
                 0);
        r = as(patient(), {QStringLiteral("--json"), QStringLiteral("sync")}, kPatientPass + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonObject row = json(r).value(QStringLiteral("pairs")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("sent")).toInt(), 2); // its device key and the form
        // The tablet hears of the phone; its form waits for the words to be confirmed.
        r = as(therapist(), {QStringLiteral("--json"), QStringLiteral("sync")},
               kTherapistPass + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        row = json(r).value(QStringLiteral("pairs")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("received")).toInt(), 0);
        QCOMPARE(as(patient(), {QStringLiteral("sync")}, kPatientPass + '\n').code, 0);
        // Both show the same four check words (over both devices' keys), not the code's.
        auto checkWords = [&](const QString &dir, const QByteArray &pass) {
            Run s = as(dir,
                       {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")},
                       pass + '\n');
            return json(s)
                .value(QStringLiteral("pairs"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("checkWords"))
                .toString();
        };
        const QString words = checkWords(therapist(), kTherapistPass);
        QCOMPARE(words.split(u' ').size(), 4);
        QCOMPARE(checkWords(patient(), kPatientPass), words);
        QVERIFY(words != phrase);
        for (const auto &[dir, pass] :
             {std::pair{therapist(), kTherapistPass}, std::pair{patient(), kPatientPass}}) {
            r = as(dir,
                   {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("confirm")},
                   pass + '\n');
            QVERIFY2(r.code == 0, r.err.constData());
            QCOMPARE(json(r).value(QStringLiteral("checkWords")).toString(), words);
        }
        r = as(therapist(), {QStringLiteral("--json"), QStringLiteral("sync")},
               kTherapistPass + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        row = json(r).value(QStringLiteral("pairs")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("received")).toInt(), 1);
        QCOMPARE(row.value(QStringLiteral("patient")).toString(), QStringLiteral("p1"));
        // It landed in that patient's record in the caseload: PHQ-9 total 8.
        r = as(therapist(),
               {QStringLiteral("--json"), QStringLiteral("patients"), QStringLiteral("show"),
                QStringLiteral("p1")},
               kTherapistPass + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        bool found = false;
        for (const QJsonValue &v : json(r).value(QStringLiteral("scores")).toArray())
            if (v.toObject().value(QStringLiteral("instrument")).toString() == u"phq9") {
                QCOMPARE(v.toObject().value(QStringLiteral("latest")).toInt(), 8);
                found = true;
            }
        QVERIFY(found);
        // Nothing new: one round trip (the _changes request).
        r = as(therapist(), {QStringLiteral("--json"), QStringLiteral("sync")},
               kTherapistPass + '\n');
        row = json(r).value(QStringLiteral("pairs")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("roundTrips")).toInt(), 1);

        r = as(therapist(),
               {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")},
               kTherapistPass + '\n');
        QCOMPARE(r.code, 0);
        row = json(r).value(QStringLiteral("pairs")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QVERIFY(!row.value(QStringLiteral("lastSynced")).toString().isEmpty());
        QCOMPARE(row.value(QStringLiteral("lastFailure")).toString(), QString());

        // The patient unpairs; the therapist's next sync honours it.
        r = as(patient(), {QStringLiteral("unpair")}, kPatientPass + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        r = as(therapist(), {QStringLiteral("sync")}, kTherapistPass + '\n');
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("the other device unpaired"));
        r = as(therapist(), {QStringLiteral("sync"), QStringLiteral("status")},
               kTherapistPass + '\n');
        QVERIFY(r.out.contains("p1: unpaired"));
        QCOMPARE(as(therapist(), {QStringLiteral("sync")}, kTherapistPass + '\n').code, 2);
    }

    // With the service's configuration (--service DIR: sync.server and sync.rendezvous),
    // provision prints a short code too and pair accepts it on stdin.
    void shortCodeThroughTheServiceConfiguration()
    {
        const QString service = m_server.writeServiceFolder(m_dir.path());
        const QString phone = m_dir.filePath(QStringLiteral("phone2"));
        QCOMPARE(
            as(phone, {QStringLiteral("init"), QStringLiteral("--no-confirm")}, kPatientPass + '\n')
                .code,
            0);
        const QByteArray someShortCode = sync::ShortCode::generate().typed().toUtf8();
        // Without the service's configuration a short code cannot be looked up: said plainly.
        Run r = as(phone, {QStringLiteral("pair")}, kPatientPass + '\n' + someShortCode + '\n');
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("long code"), r.err.constData());

        r = as(therapist(),
               {QStringLiteral("--json"), QStringLiteral("provision"), QStringLiteral("--service"),
                service, QStringLiteral("--patient"), QStringLiteral("p3")},
               kTherapistPass + '\n' + admin());
        QVERIFY2(r.code == 0, r.err.constData());
        const QString shortCode = json(r).value(QStringLiteral("shortCode")).toString();
        const QString phrase = json(r).value(QStringLiteral("phrase")).toString();
        QVERIFY2(sync::ShortCode::parse(shortCode), qPrintable(shortCode));
        QVERIFY(json(r).value(QStringLiteral("typed")).toString().startsWith(u"DITC-"));

        // A code nobody made finds nothing; the right one (typed loosely) pairs.
        const QStringList withService{QStringLiteral("--json"), QStringLiteral("pair"),
                                      QStringLiteral("--service"), service};
        r = as(phone, withService, kPatientPass + '\n' + someShortCode + '\n');
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("No pairing was found"), r.err.constData());
        r = as(phone, withService, kPatientPass + '\n' + shortCode.toLower().toUtf8() + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(json(r).value(QStringLiteral("phrase")).toString(), phrase);
        QCOMPARE(json(r).value(QStringLiteral("server")).toString(), m_server.url().toString());
    }

    void unpairCanRemoveThePairFromTheServer()
    {
        Run r =
            as(therapist(),
               {QStringLiteral("--json"), QStringLiteral("provision"), QStringLiteral("--server"),
                m_server.url().toString(), QStringLiteral("--patient"), QStringLiteral("p2")},
               kTherapistPass + '\n' + admin());
        QVERIFY2(r.code == 0, r.err.constData());
        const int before =
            QJsonDocument::fromJson(m_server.admin("GET", QStringLiteral("/_all_dbs")).body)
                .array()
                .size();
        r = as(therapist(),
               {QStringLiteral("unpair"), QStringLiteral("--patient"), QStringLiteral("p2"),
                QStringLiteral("--remove-from-server")},
               kTherapistPass + '\n' + admin());
        QVERIFY2(r.code == 0, r.err.constData());
        const int after =
            QJsonDocument::fromJson(m_server.admin("GET", QStringLiteral("/_all_dbs")).body)
                .array()
                .size();
        QCOMPARE(after, before - 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString why = SyncServer::unavailableReason(); !why.isEmpty()) {
        std::fprintf(stdout, "SKIP: %s\n", qPrintable(why));
        return 77; // CTest: skipped, with the reason above
    }
    TestDitcSync t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_ditc_sync.moc"
