// Auto-lock: after the idle time with no input, at once when the app is hidden or suspended,
// never while disarmed (locked already, or the demo). Time is a ManualClock: nothing waits.
#include "AutoLock.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace dit;

namespace {

ManualClock startClock()
{
    return ManualClock(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
}

void advanceMs(ManualClock &clock, qint64 ms)
{
    // ManualClock moves in seconds; every interval below is whole seconds.
    QCOMPARE(ms % 1000, 0);
    clock.advanceSeconds(ms / 1000);
}

void press(QWindow &window)
{
    QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    QCoreApplication::sendEvent(&window, &key);
}

} // namespace

class TestAutoLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locksOnceTheIdleTimeHasPassed()
    {
        ManualClock clock = startClock();
        AutoLock lock(clock);
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setIdleMinutes(5);
        lock.setArmed(true);
        advanceMs(clock, 5 * 60 * 1000 - 1000);
        lock.check();
        QCOMPARE(spy.count(), 0); // a second short
        advanceMs(clock, 1000);
        lock.check();
        QCOMPARE(spy.count(), 1); // exactly the idle time
    }

    void inputPostponesTheLock()
    {
        QWindow window;
        ManualClock clock = startClock();
        AutoLock lock(clock);
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setIdleMinutes(1);
        lock.setArmed(true);
        for (int i = 0; i < 5; ++i) {
            advanceMs(clock, 40 * 1000);
            press(window);
            lock.check();
        }
        QCOMPARE(spy.count(), 0); // 200 s of activity, never 60 s idle
        advanceMs(clock, 59 * 1000);
        lock.check();
        QCOMPARE(spy.count(), 0);
        advanceMs(clock, 1000);
        lock.check();
        QCOMPARE(spy.count(), 1);
    }

    void timeAsleepCounts()
    {
        // The boot clock keeps counting while a phone sleeps: waking after the idle time locks.
        ManualClock clock = startClock();
        AutoLock lock(clock);
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setIdleMinutes(5);
        lock.setArmed(true);
        clock.advanceSeconds(3600);
        lock.check();
        QCOMPARE(spy.count(), 1);
    }

    void hidingLocksAtOnce_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("locks");
        QTest::newRow("hidden") << int(Qt::ApplicationHidden) << true;
        QTest::newRow("suspended") << int(Qt::ApplicationSuspended) << true;
        QTest::newRow("inactive (another window has focus)")
            << int(Qt::ApplicationInactive) << false;
        QTest::newRow("active") << int(Qt::ApplicationActive) << false;
    }

    void hidingLocksAtOnce()
    {
        QFETCH(int, state);
        QFETCH(bool, locks);
        ManualClock clock = startClock();
        AutoLock lock(clock);
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setArmed(true);
        lock.onApplicationStateChanged(Qt::ApplicationState(state));
        QCOMPARE(spy.count(), locks ? 1 : 0);
    }

    // The app's own signal reaches the lock: the services find it by name (QtCore only).
    void theApplicationHidingLocks()
    {
        ManualClock clock = startClock();
        AutoLock lock(clock);
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setArmed(true);
        QVERIFY(QMetaObject::invokeMethod(qGuiApp, "applicationStateChanged",
                                          Q_ARG(Qt::ApplicationState, Qt::ApplicationHidden)));
        QCOMPARE(spy.count(), 1);
    }

    void disarmedNeverLocks()
    {
        ManualClock clock = startClock();
        AutoLock lock(clock);
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setIdleMinutes(1);
        lock.setArmed(true);
        lock.setArmed(false);
        lock.onApplicationStateChanged(Qt::ApplicationHidden);
        clock.advanceSeconds(600);
        lock.check();
        QCOMPARE(spy.count(), 0);
    }

    void rearmingStartsTheIdleTimeAgain()
    {
        ManualClock clock = startClock();
        AutoLock lock(clock);
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setIdleMinutes(1);
        lock.setArmed(true);
        lock.setArmed(false);
        clock.advanceSeconds(600); // locked for ten minutes, then unlocked again
        lock.setArmed(true);
        lock.check();
        QCOMPARE(spy.count(), 0);
    }

    void minutesAreMinutes()
    {
        AutoLock lock;
        lock.setIdleMinutes(5);
        QCOMPARE(lock.idleMilliseconds(), 5 * 60 * 1000);
        lock.setIdleMinutes(0); // never less than a minute
        QCOMPARE(lock.idleMilliseconds(), 60 * 1000);
    }
};

QTEST_MAIN(TestAutoLock)
#include "tst_autolock.moc"
