// The delay schedule after wrong passphrases, and its behaviour when the clock misbehaves.
#include "TestSupport.h"
#include "storage/UnlockThrottle.h"

#include <QFile>
#include <QTest>

using namespace dit;

class TestThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schedule()
    {
        // Boundaries of the policy documented in UnlockThrottle.h.
        QCOMPARE(UnlockThrottle::delayAfter(0), qint64(0));
        QCOMPARE(UnlockThrottle::delayAfter(4), qint64(0));
        QCOMPARE(UnlockThrottle::delayAfter(5), qint64(30));
        QCOMPARE(UnlockThrottle::delayAfter(6), qint64(60));
        QCOMPARE(UnlockThrottle::delayAfter(7), qint64(120));
        QCOMPARE(UnlockThrottle::delayAfter(8), qint64(300));
        QCOMPARE(UnlockThrottle::delayAfter(1000), qint64(300));
    }

    void countsDownWithTheClock()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        UnlockThrottle t(dir.filePath(QStringLiteral("attempts")), clock);
        for (int i = 0; i < 5; ++i)
            t.recordFailure();
        QCOMPARE(t.failures(), 5);
        QCOMPARE(t.secondsRemaining(), qint64(30));
        clock.advanceSeconds(10);
        QCOMPARE(t.secondsRemaining(), qint64(20));
        clock.advanceSeconds(20);
        QCOMPARE(t.secondsRemaining(), qint64(0));
    }

    void wallClockSetBackwardsNeitherEndsNorLengthensTheWait()
    {
        QTemporaryDir dir;
        const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        ManualClock clock(start);
        UnlockThrottle t(dir.filePath(QStringLiteral("attempts")), clock);
        for (int i = 0; i < 8; ++i)
            t.recordFailure();
        clock.set(start.addDays(-1));
        QCOMPARE(t.secondsRemaining(), qint64(300));
        clock.advanceSeconds(100); // time passes, on the day before
        QCOMPARE(t.secondsRemaining(), qint64(200));
        clock.advanceSeconds(200);
        QCOMPARE(t.secondsRemaining(), qint64(0));
    }

    void wallClockSetForwardDoesNotEndTheWait()
    {
        // The issue's probe: a process whose clock is 10 minutes ahead got answers at once.
        QTemporaryDir dir;
        const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        ManualClock clock(start);
        UnlockThrottle t(dir.filePath(QStringLiteral("attempts")), clock);
        for (int i = 0; i < 5; ++i)
            t.recordFailure();
        clock.set(start.addSecs(10 * 60));
        QCOMPARE(t.secondsRemaining(), qint64(30));
        // A second reader (the app restarted, ditc) on the moved clock sees the same wait.
        UnlockThrottle again(dir.filePath(QStringLiteral("attempts")), clock);
        QCOMPARE(again.secondsRemaining(), qint64(30));
        clock.advanceSeconds(29);
        QCOMPARE(again.secondsRemaining(), qint64(1));
        clock.advanceSeconds(1);
        QCOMPARE(again.secondsRemaining(), qint64(0));
    }

    void anotherBootRestartsTheWaitInFull()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        UnlockThrottle t(dir.filePath(QStringLiteral("attempts")), clock);
        for (int i = 0; i < 6; ++i)
            t.recordFailure();
        clock.advanceSeconds(50);
        QCOMPARE(t.secondsRemaining(), qint64(10));
        clock.reboot("second-boot");
        QCOMPARE(t.secondsRemaining(), qint64(60)); // in full, from the first look after it
        clock.advanceSeconds(45);
        QCOMPARE(t.secondsRemaining(), qint64(15));
        QCOMPARE(t.failures(), 6);
        clock.advanceSeconds(15);
        QCOMPARE(t.secondsRemaining(), qint64(0));
    }

    void aFileFromAnOlderVersionStartsTheWaitAgain()
    {
        // Before the boot clock: {"failures", "last": wall-clock ms}. Its wait restarts.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("attempts"));
        test::writeFile(path, R"({"failures":5,"last":1767268800000})");
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        UnlockThrottle t(path, clock);
        QCOMPARE(t.secondsRemaining(), qint64(30));
    }

    void theSystemBootClockIsThisBootsAndOnlyMovesOn()
    {
        SystemClock clock;
        const BootTime first = clock.sinceBoot();
        const BootTime second = clock.sinceBoot();
        QVERIFY(!first.bootId.isEmpty());
        QCOMPARE(second.bootId, first.bootId);
        QVERIFY(second.ms >= first.ms);
        QFile id(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (id.open(QIODevice::ReadOnly))
            QCOMPARE(first.bootId, id.readAll().trimmed());
    }

    void unreadableCounterFileCountsAsNoFailures()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("attempts"));
        test::writeFile(path, "\x01\x02 not json");
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        UnlockThrottle t(path, clock);
        QCOMPARE(t.failures(), 0);
        QCOMPARE(t.secondsRemaining(), qint64(0));
        t.recordFailure();
        QCOMPARE(t.failures(), 1);
    }
};

QTEST_GUILESS_MAIN(TestThrottle)
#include "tst_throttle.moc"
