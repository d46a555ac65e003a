// Pairing and sync as docs/SYNC.md describes them, with two real dit-companion processes (the UI
// driver, docs/DEVELOPING.md) and a
// real PouchDB Server this test starts: the therapist's tablet makes the pairing code, the
// patient's phone types it, both show the same four words, the phone pairs and its first
// pass sends the sessions and the form filled in at home; both then show the same check
// words over both devices' keys and each person confirms them; the tablet, unlocked again,
// sends the focus recorded in the room and shows that form done; the phone, unlocked again, shows
// the focus. The scripts are in two_devices/; the screenshots of each run in the build
// folder (two_devices/<script>/). Exit 77 (skipped, with the reason) only when node or
// pouchdb-server is missing.
#include "JourneyEnvironment.h"
#include "NetworkHttpClient.h"
#include "SyncServer.h"
#include "SyncTestMain.h"
#include "TestSupport.h"
#include "sync/Provisioning.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace dit;

class TestTwoDevices : public QObject
{
    Q_OBJECT

    // Runs one script as one device (its own config and data folders and --profile), the
    // test's values put in; every screenshot it names must exist.
    void drive(const QString &name, const QString &device)
    {
        QString text = QString::fromUtf8(
            test::readFile(QStringLiteral(DIT_TWO_DEVICES_DIR "/") + name + ".drive"));
        QVERIFY(!text.isEmpty());
        const QString script = m_work.filePath(name + QStringLiteral(".drive"));
        QFile out(script);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(out.write(text.toUtf8()) == text.toUtf8().size());
        out.close();

        const QString shots = QStringLiteral(DIT_TWO_DEVICES_SHOTS "/") + name;
        QDir(shots).removeRecursively();
        QVERIFY(QDir().mkpath(shots));
        const QString home = m_work.filePath(device);
        QProcess app;
        app.setProcessEnvironment(test::journeyEnvironment(script, shots, home));
        app.setWorkingDirectory(m_work.path()); // where "save" and "type-file" files are
        app.start(QStringLiteral(DIT_APP_PATH),
                  {QStringLiteral("--profile"), home + QStringLiteral("/profile"),
                   QStringLiteral("--size"),
                   device == QLatin1String("tablet") ? QStringLiteral("1280x800")
                                                     : QStringLiteral("412x915")});
        QVERIFY(app.waitForStarted());
        const bool finished = app.waitForFinished(200000);
        const QString output = QString::fromUtf8(app.readAllStandardOutput());
        const QString err = QString::fromUtf8(app.readAllStandardError());
        if (!finished)
            app.kill();
        const bool ok = finished && app.exitStatus() == QProcess::NormalExit &&
                        app.exitCode() == 0 && output.contains(QLatin1String("drive: done"));
        if (!ok) // the whole run: QTest cuts long messages short
            std::fprintf(stderr, "%s\n%s", qPrintable(output), qPrintable(err));
        QVERIFY2(finished, qPrintable(name + QStringLiteral(" hung")));
        QVERIFY2(ok, qPrintable(name + QStringLiteral(": ") + err.right(600)));

        static const QRegularExpression shot(QStringLiteral("^screenshot (\\S+)$"),
                                             QRegularExpression::MultilineOption);
        for (auto it = shot.globalMatch(text); it.hasNext();) {
            const QString file = shots + QLatin1Char('/') + it.next().captured(1);
            QVERIFY2(!QImage(file).isNull(), qPrintable(file));
        }
    }

    QString saved(const char *file) const
    {
        return QString::fromUtf8(test::readFile(m_work.filePath(QString::fromLatin1(file))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        QString problem;
        QVERIFY2(m_server.start(&problem), qPrintable(problem));
    }

    void pairAndSyncBetweenTwoApps()
    {
        // The service's IT prepares one pair (`ditc server prepare`); the tablet types its
        // slot from slot.txt.
        sync::NetworkHttpClient http;
        sync::Provisioning it(http, m_server.url(), m_server.adminName(), m_server.adminPassword());
        std::vector<sync::PairingPayload> slots;
        QVERIFY(it.preparePairs(1, slots));
        QFile slot(m_work.filePath(QStringLiteral("slot.txt")));
        QVERIFY(slot.open(QIODevice::WriteOnly));
        QVERIFY(slot.write(slots.front().typed().toLatin1()) > 0);
        slot.close();
        drive(QStringLiteral("1_tablet_pairs"), QStringLiteral("tablet"));
        if (QTest::currentTestFailed())
            return;
        const QString code = saved("code.txt");
        const QString tabletWords = saved("tablet-words.txt");
        QVERIFY2(code.startsWith(QLatin1String("DITC ")), qPrintable(code));
        QCOMPARE(tabletWords.split(QLatin1Char(' '), Qt::SkipEmptyParts).size(), 4);

        drive(QStringLiteral("2_phone_pairs_and_syncs"), QStringLiteral("phone"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(saved("phone-words.txt"), tabletWords);

        drive(QStringLiteral("3_tablet_sees_the_form"), QStringLiteral("tablet"));
        if (QTest::currentTestFailed())
            return;

        // Both showed the same check words (over the key, the server and both devices' keys),
        // which are not the code's own four words.
        const QString checkWords = saved("phone-check.txt");
        QCOMPARE(checkWords.split(QLatin1Char(' '), Qt::SkipEmptyParts).size(), 4);
        QCOMPARE(saved("tablet-check.txt"), checkWords);
        QVERIFY(checkWords != tabletWords);

        drive(QStringLiteral("4_phone_sees_the_focus"), QStringLiteral("phone"));
        if (QTest::currentTestFailed())
            return;

        // The server holds the pair's records, and none of them readable.
        const QByteArray everything = m_server.dumpEverything();
        QVERIFY(!everything.isEmpty());
        QVERIFY(!everything.contains("A.K."));
        QVERIFY(!everything.contains("phq9"));
        QVERIFY(!everything.contains("must never need"));
    }

private:
    QTemporaryDir m_work;
    test::SyncServer m_server;
};

DIT_SYNC_SERVER_TEST_MAIN(TestTwoDevices)

#include "tst_two_devices.moc"
