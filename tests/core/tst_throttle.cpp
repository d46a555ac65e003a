// The delay schedule after wrong passphrases, and its behaviour when the clock misbehaves.
#include "TestSupport.h"
#include "storage/UnlockThrottle.h"

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

    void clockSetBackwardsDoesNotLengthenTheWait()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        UnlockThrottle t(dir.filePath(QStringLiteral("attempts")), clock);
        for (int i = 0; i < 8; ++i)
            t.recordFailure();
        clock.advanceSeconds(-86400);
        QCOMPARE(t.secondsRemaining(), qint64(300));
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
