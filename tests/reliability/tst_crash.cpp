// Crash safety: ditc writing records and drafts is killed with SIGKILL at random moments
// (during start-up, unlocking, WAL recovery, between and inside commits). After every kill
// the folder is checked without writing to it: it opens, passes every integrity check, holds
// every write the process acknowledged (printed after its commit), and no partial record.
//
// DIT_CRASH_KILLS (default 200), DIT_CRASH_PER_PROFILE (kills before starting a fresh
// profile, default 50: each check reads every record, so a store growing for ever would make
// the run quadratic) and DIT_CRASH_SEED set the run; scripts/crash-test.sh runs thousands.
#include "CrashHarness.h"
#include "Processes.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace dit;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWritersLoseNothingAcknowledged()
    {
        const int kills = qEnvironmentVariableIsSet("DIT_CRASH_KILLS")
                              ? qEnvironmentVariableIntValue("DIT_CRASH_KILLS")
                              : 200;
        const quint32 seed = qEnvironmentVariableIsSet("DIT_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("DIT_CRASH_SEED"))
                                 : QRandomGenerator::system()->generate();
        qInfo("crash test: %d kills, seed %u (set DIT_CRASH_SEED to repeat)", kills, seed);
        std::mt19937 rng(seed);
        // Mostly short runs (kills land in start-up and recovery too), some long ones.
        std::uniform_int_distribution<int> shortDelay(0, 120);
        std::uniform_int_distribution<int> longDelay(120, 400);

        const int perProfile =
            qEnvironmentVariableIsSet("DIT_CRASH_PER_PROFILE")
                ? std::max(1, qEnvironmentVariableIntValue("DIT_CRASH_PER_PROFILE"))
                : 50;
        qputenv("DIT_TEST_FAST_KDF", "1"); // for the writers: the test is about writes

        QTemporaryDir dir;
        const QByteArray pass = "crash test passphrase";
        QString profile;
        std::unique_ptr<test::CrashHarness> harness;
        int acknowledged = 0;
        int kept = 0;
        int earlyExits = 0;
        int roundsWithWrites = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < kills; ++i) {
            if (i % perProfile == 0) {
                if (harness)
                    kept += harness->acknowledgedRecords();
                profile = dir.filePath(QStringLiteral("profile%1").arg(i));
                QCOMPARE(test::ditc({QStringLiteral("--profile"), profile, QStringLiteral("init"),
                                     QStringLiteral("--no-confirm")},
                                    pass + '\n')
                             .code,
                         0);
                harness = std::make_unique<test::CrashHarness>(profile, pass);
            }
            const int delay = (rng() % 4 == 0) ? longDelay(rng) : shortDelay(rng);
            const test::WriterSpec spec =
                test::stressWriteSpec(profile, pass, rng(), i * 1000000 + 1);
            const auto round = harness->runAndKill(spec, delay);
            if (round.exitedEarly) {
                ++earlyExits;
                QFAIL(qPrintable(QStringLiteral("kill %1: the writer stopped by itself: %2")
                                     .arg(i)
                                     .arg(QString::fromUtf8(round.stderrText))));
            }
            acknowledged += int(round.acks.size());
            roundsWithWrites += round.acks.empty() ? 0 : 1;
            // Mostly checked without writing, so the next writer meets the folder exactly as
            // the kill left it (and recovers it); now and then through a full unlock.
            const Status ok =
                (i % 25 == 24) ? harness->verifyByUnlocking(spec) : harness->verify(spec);
            QVERIFY2(ok, qPrintable(QStringLiteral("after kill %1 (at %2 ms, seed %3): %4")
                                        .arg(i)
                                        .arg(delay)
                                        .arg(seed)
                                        .arg(ok.error().message)));
        }
        kept += harness ? harness->acknowledgedRecords() : 0;
        qInfo("crash test: %d kills, %d after a write, %d writes acknowledged, %d records kept, "
              "%lld ms",
              kills, roundsWithWrites, acknowledged, kept, clock.elapsed());
        // The kills did land mid-writing, not only in start-up: a quarter of the rounds run
        // long enough for writes (idle, about a quarter of the kills in the sanitizer build
        // and nearly half in the others come after a write; fewer on a loaded machine).
        QVERIFY2(roundsWithWrites * 20 >= kills,
                 qPrintable(QStringLiteral("only %1 of %2 kills came after a write")
                                .arg(roundsWithWrites)
                                .arg(kills)));
        QCOMPARE(earlyExits, 0);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
