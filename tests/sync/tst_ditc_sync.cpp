// ditc's sync commands through the real binary against a PouchDB Server started here:
// server prepare (IT's pair slots), provision with a slot, pair (code on stdin only), sync,
// sync status, unpair; and a holder of one slot trying the other pairs. Exit codes per
// README.md, ditc Exit 77 (skipped, with the reason) only when node or pouchdb-server is
// missing.
#include "NetworkHttpClient.h"
#include "Processes.h"
#include "SyncServer.h"
#include "TestSupport.h"
#include "sync/CouchDatabase.h"
#include "sync/Pairing.h"
#include "sync/ShortCode.h"
#include "sync/SlotFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

    QStringList m_slots; // prepared by `ditc server prepare` in initTestCase
    int m_nextSlot = 0;
    // The next unused pair slot, as a line for stdin.
    QByteArray slot()
    {
        if (m_nextSlot >= m_slots.size())
            qFatal("no pair slot left");
        return m_slots.at(m_nextSlot++).toUtf8() + '\n';
    }
    QString slotsFile() const { return m_dir.filePath(QStringLiteral("slots.txt")); }

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
        // The service's IT prepares the pair slots (and the short code's meeting place).
        const Run r =
            ditc({QStringLiteral("server"), QStringLiteral("prepare"), QStringLiteral("--service"),
                  m_server.writeServiceFolder(m_dir.path()), QStringLiteral("--count"),
                  QStringLiteral("8"), QStringLiteral("--out"), slotsFile()},
                 admin());
        QVERIFY2(r.code == 0, r.err.constData());
        QFile file(slotsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.isEmpty() && !line.startsWith('#'))
                m_slots << QString::fromLatin1(line);
        QCOMPARE(m_slots.size(), 8);
    }

    void cleanupTestCase() { m_server.stop(); }

    void helpListsTheCommands()
    {
        const Run r = ditc({QStringLiteral("--help")});
        for (const char *c : {"server", "provision", "pair", "sync", "unpair"})
            QVERIFY2(r.out.contains(c), c);
    }

    void badUsageIsRefusedBeforeAnySecret()
    {
        // Plain http to another machine, and a missing option: exit 2, nothing read.
        const QString out = m_dir.filePath(QStringLiteral("never.txt"));
        Run r = ditc({QStringLiteral("server"), QStringLiteral("prepare"),
                      QStringLiteral("--server"), QStringLiteral("http://sync.example.org"),
                      QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--out"), out},
                     {});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("https"));
        QCOMPARE(
            ditc({QStringLiteral("server"), QStringLiteral("prepare"), QStringLiteral("--server"),
                  m_server.url().toString(), QStringLiteral("--count"), QStringLiteral("0"),
                  QStringLiteral("--out"), out},
                 {})
                .code,
            2);
        QCOMPARE(as(therapist(), {QStringLiteral("provision")}, {}).code, 2);
        QVERIFY(!QFile::exists(out));
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
        const QString out = m_dir.filePath(QStringLiteral("refused.txt"));
        const Run r =
            ditc({QStringLiteral("server"), QStringLiteral("prepare"), QStringLiteral("--server"),
                  m_server.url().toString(), QStringLiteral("--count"), QStringLiteral("1"),
                  QStringLiteral("--out"), out},
                 "admin\nnot the password\n");
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("admin"));
        QVERIFY(!QFile::exists(out));
    }

    // The slot file is readable by its owner only, holds one slot a line, is never
    // overwritten, and no slot or password is an argument or printed.
    void preparedSlotsAreKeptFromOthers()
    {
        QCOMPARE(QFile::permissions(slotsFile()) &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());
        QFile before(slotsFile());
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray content = before.readAll();
        before.close();
        const Run r =
            ditc({QStringLiteral("server"), QStringLiteral("prepare"), QStringLiteral("--server"),
                  m_server.url().toString(), QStringLiteral("--count"), QStringLiteral("1"),
                  QStringLiteral("--out"), slotsFile()},
                 admin());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("exists"));
        QFile after(slotsFile());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), content);
        for (const QString &s : std::as_const(m_slots)) {
            QVERIFY(sync::PairingPayload::parse(s));
            QVERIFY(!r.out.contains(s.toUtf8()) && !r.err.contains(s.toUtf8()));
        }
    }

    // --out-dir: one slot a file, in a new folder only the owner can open; each file is one
    // the tablet's "Pair device" takes (docs/SYNC.md, "Setting up the server").
    void slotFolderHoldsOneSlotAFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("slot-files"));
        const QStringList args = {QStringLiteral("server"),    QStringLiteral("prepare"),
                                  QStringLiteral("--server"),  m_server.url().toString(),
                                  QStringLiteral("--count"),   QStringLiteral("2"),
                                  QStringLiteral("--out-dir"), folder};
        Run r = ditc(args, admin());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QFile::permissions(folder) &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
                       QFile::WriteUser | QFile::ExeUser),
                 QFile::Permissions());
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 (QStringList{QStringLiteral("slot-01.txt"), QStringLiteral("slot-02.txt")}));
        QSet<QByteArray> keys;
        for (const QString &name : QDir(folder).entryList(QDir::Files)) {
            const QString path = QDir(folder).filePath(name);
            QCOMPARE(QFile::permissions(path) & ~(QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadUser | QFile::WriteUser),
                     QFile::Permissions());
            auto slot = sync::slotfile::read(path);
            QVERIFY2(slot, qPrintable(slot ? QString() : slot.error().message));
            QCOMPARE(slot.value().server, m_server.url());
            keys.insert(slot.value().pairKey.view().toByteArray());
        }
        QCOMPARE(keys.size(), 2);
        // An existing folder is never written into; --out and --out-dir together are refused.
        r = ditc(args, admin());
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("exists"));
        r = ditc(args + QStringList{QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))},
                 admin());
        QCOMPARE(r.code, 2);
    }

    // A clinician's device holds one pair's account only (docs/SYNC.md, "Setting up the
    // server"). Here the test is that device, or someone with a photo of its slot, trying
    // every other pair IT prepared.
    void oneSlotsHolderCannotReachTheOtherPairs()
    {
        sync::NetworkHttpClient http;
        QString mine(m_slots.last().constData(), m_slots.last().size()); // never handed out here
        auto own = sync::parseSlot(mine);
        QVERIFY(own);
        const sync::PairKeys me(own.value().pairKey);
        const QUrl url = m_server.url();
        sync::CouchDatabase ownDb(http, url, me.databaseName(), me.userName(), me.password());
        QVERIFY(ownDb.request("GET", QString()).ok());
        QVERIFY(ownDb
                    .request("PUT", QStringLiteral("probe"), {},
                             QJsonDocument(QJsonObject{{QStringLiteral("x"), 1}}))
                    .response.ok());
        const auto refused = [](const sync::CouchDatabase::Reply &reply) {
            return reply.response.status == 401 || reply.response.status == 403;
        };
        const QJsonDocument widened(
            QJsonObject{{QStringLiteral("members"),
                         QJsonObject{{QStringLiteral("names"), QJsonArray{me.userName()}}}}});
        // Its own _security stays as IT set it: a member cannot let anyone else in.
        QVERIFY(refused(ownDb.request("PUT", QStringLiteral("_security"), {}, widened)));
        for (int i = 0; i < m_slots.size() - 1; ++i) {
            QString text(m_slots.at(i).constData(),
                         m_slots.at(i).size()); // a copy: parsing wipes it
            auto other = sync::parseSlot(text);
            QVERIFY(other);
            const sync::PairKeys them(other.value().pairKey);
            sync::CouchDatabase theirs(http, url, them.databaseName(), me.userName(),
                                       me.password());
            QVERIFY(refused(theirs.request("GET", QString())));
            QVERIFY(refused(theirs.request("GET", QStringLiteral("_all_docs"))));
            QVERIFY(refused(theirs.request("GET", QStringLiteral("_changes"))));
            QVERIFY(refused(
                theirs.request("PUT", QStringLiteral("x"), {}, QJsonDocument(QJsonObject()))));
            QVERIFY(refused(theirs.request("PUT", QStringLiteral("_security"), {}, widened)));
            // Nor the other pair's user (its password hash): PouchDB Server answers an error
            // rather than CouchDB's 404, but never the document.
            QVERIFY(
                !theirs
                     .request("GET", QStringLiteral("/_users/org.couchdb.user:") + them.userName())
                     .response.ok());
        }
        // Not tried here: creating or deleting a database as a member (PouchDB Server 4.2
        // stops on it instead of refusing; CouchDB 3.x refuses it), and /_all_dbs, which
        // PouchDB Server lists to any signed-in user and CouchDB 3.x to admins only
        // (docs/SYNC.md, "Setting up the server").
    }

    void provisionPairSyncStatusUnpair()
    {
        // Only a patient of the caseload can be paired.
        Run r =
            as(therapist(),
               {QStringLiteral("provision"), QStringLiteral("--patient"), QStringLiteral("Z.Z.")},
               kTherapistPass + '\n');
        QCOMPARE(r.code, 2);
        // A patient's profile cannot provision.
        QCOMPARE(as(patient(),
                    {QStringLiteral("provision"), QStringLiteral("--patient"), QStringLiteral("x")},
                    kPatientPass + '\n')
                     .code,
                 2);

        r = as(therapist(),
               {QStringLiteral("--json"), QStringLiteral("provision"), QStringLiteral("--patient"),
                QStringLiteral("p1")},
               kTherapistPass + '\n' + slot());
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject provisioned = json(r);
        const QString typed = provisioned.value(QStringLiteral("typed")).toString();
        const QString phrase = provisioned.value(QStringLiteral("phrase")).toString();
        QVERIFY(typed.startsWith(QStringLiteral("DITC-")));
        QCOMPARE(phrase.split(u' ').size(), 4);
        // Provisioning the same patient twice is refused.
        QCOMPARE(
            as(therapist(),
               {QStringLiteral("provision"), QStringLiteral("--patient"), QStringLiteral("p1")},
               kTherapistPass + '\n' + slot())
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
        // The phone's confirmation has not reached the tablet yet (the phone has not synced
        // since); once it has, the tablet says when the phone's person confirmed.
        QCOMPARE(row.value(QStringLiteral("otherConfirmedAt")).toString(), QString());
        r = as(therapist(), {QStringLiteral("sync"), QStringLiteral("status")},
               kTherapistPass + '\n');
        QVERIFY2(r.out.contains("waiting for the other device to confirm"), r.out.constData());
        QCOMPARE(as(patient(), {QStringLiteral("sync")}, kPatientPass + '\n').code, 0);
        QCOMPARE(as(therapist(), {QStringLiteral("sync")}, kTherapistPass + '\n').code, 0);
        r = as(patient(),
               {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")},
               kPatientPass + '\n');
        const QString phoneConfirmed = json(r)
                                           .value(QStringLiteral("pairs"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("confirmedAt"))
                                           .toString();
        QVERIFY(!phoneConfirmed.isEmpty());
        r = as(therapist(),
               {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")},
               kTherapistPass + '\n');
        row = json(r).value(QStringLiteral("pairs")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("otherConfirmedAt")).toString(), phoneConfirmed);
        r = as(therapist(), {QStringLiteral("sync"), QStringLiteral("status")},
               kTherapistPass + '\n');
        QVERIFY2(r.out.contains(("confirmed on the other device " + phoneConfirmed).toUtf8()),
                 r.out.constData());

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
               kTherapistPass + '\n' + slot());
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

    // Unpairing on the clinician's device forgets the key; the service's IT removes the
    // pair's user and database with the admin account and the pair's slot.
    void itRemovesAnUnpairedPairFromTheServer()
    {
        const QByteArray slotLine = slot();
        Run r = as(therapist(),
                   {QStringLiteral("--json"), QStringLiteral("provision"),
                    QStringLiteral("--patient"), QStringLiteral("p2")},
                   kTherapistPass + '\n' + slotLine);
        QVERIFY2(r.code == 0, r.err.constData());
        const auto databases = [this] {
            return QJsonDocument::fromJson(m_server.admin("GET", QStringLiteral("/_all_dbs")).body)
                .array()
                .size();
        };
        const int before = databases();
        r = as(therapist(),
               {QStringLiteral("unpair"), QStringLiteral("--patient"), QStringLiteral("p2")},
               kTherapistPass + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(databases(), before); // the clinician's device cannot remove it
        // A wrong admin password removes nothing.
        r = ditc({QStringLiteral("server"), QStringLiteral("remove")},
                 "admin\nnot the password\n" + slotLine);
        QCOMPARE(r.code, 3);
        QCOMPARE(databases(), before);
        r = ditc({QStringLiteral("server"), QStringLiteral("remove")}, admin() + slotLine);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(databases(), before - 1);
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
