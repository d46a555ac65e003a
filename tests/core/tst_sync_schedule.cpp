// When background sync runs again (backoff) and the status line's plain words.
#include "TestSupport.h"
#include "sync/SyncSchedule.h"
#include "sync/SyncStatus.h"

#include <QTest>

using namespace dit;
using namespace dit::sync;

class TestSyncSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToACap()
    {
        QCOMPARE(schedule::nextDelayMs(0, 0.5), schedule::kSteadyMs);
        QCOMPARE(schedule::nextDelayMs(1, 0.5), 30 * 1000);
        QCOMPARE(schedule::nextDelayMs(2, 0.5), 60 * 1000);
        QCOMPARE(schedule::nextDelayMs(3, 0.5), 120 * 1000);
        QCOMPARE(schedule::nextDelayMs(7, 0.5), 30 * 60 * 1000); // 32 min capped at 30
        QCOMPARE(schedule::nextDelayMs(500, 0.5), 30 * 60 * 1000);
    }

    void jitterSpreadsByAFifth()
    {
        QCOMPARE(schedule::nextDelayMs(1, 0.0), 24 * 1000);
        QCOMPARE(schedule::nextDelayMs(1, 0.999999), 35999);
        QCOMPARE(schedule::nextDelayMs(1, -3), 24 * 1000); // clamped
        QCOMPARE(schedule::nextDelayMs(1, 7), 36 * 1000);
    }

    void retriesStopWhereThePersonMustAct()
    {
        Pair p;
        QVERIFY(schedule::shouldRetry(p));
        p.lastFailure = status::notReachable();
        QVERIFY(schedule::shouldRetry(p));
        p.lastFailure = status::accessWithdrawn();
        QVERIFY(!schedule::shouldRetry(p));
        p.lastFailure.clear();
        p.state = Pair::State::Unpaired;
        QVERIFY(!schedule::shouldRetry(p));
    }

    void statusLineSaysWhenAndWhy()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QDateTime now(QDate(2026, 5, 4), QTime(15, 0), Qt::UTC);
        Pair p;
        QCOMPARE(statusLine(p, now), QStringLiteral("Not synced yet."));
        p.lastSyncedAt = QDateTime(QDate(2026, 5, 4), QTime(13, 5), Qt::UTC); // 14:05 BST
        QCOMPARE(statusLine(p, now), QStringLiteral("Last synced today at 14:05."));
        p.lastFailure = status::notReachable();
        QCOMPARE(statusLine(p, now),
                 QStringLiteral("Last synced today at 14:05; server not reachable."));
        p.lastSyncedAt = QDateTime(QDate(2026, 5, 1), QTime(8, 30), Qt::UTC);
        QCOMPARE(statusLine(p, now),
                 QStringLiteral("Last synced on 01/05/2026 at 09:30; server not reachable."));
        p.state = Pair::State::Unpaired;
        p.lastFailure = status::peerUnpaired();
        QCOMPARE(statusLine(p, now), QStringLiteral("Not syncing: the other device unpaired."));
        QVERIFY(notMonitoredNote().contains(QStringLiteral("does not watch")));
    }
};

QTEST_GUILESS_MAIN(TestSyncSchedule)
#include "tst_sync_schedule.moc"
