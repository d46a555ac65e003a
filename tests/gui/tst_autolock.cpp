// Auto-lock: after the idle time with no input, at once when the app is hidden or suspended,
// never while disarmed (locked already, or the demo).
#include "AutoLock.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace dit;

class TestAutoLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locksAfterIdleTime()
    {
        AutoLock lock;
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setIdleMilliseconds(200);
        lock.setArmed(true);
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
    }

    void inputPostponesTheLock()
    {
        QWindow window;
        window.show();
        AutoLock lock;
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setIdleMilliseconds(300);
        lock.setArmed(true);
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(150);
            QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
            QCoreApplication::sendEvent(&window, &press);
        }
        QCOMPARE(spy.count(), 0); // 750 ms of activity, never 300 ms idle
        QVERIFY(spy.wait(2000));
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
        AutoLock lock;
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setArmed(true);
        lock.onApplicationStateChanged(Qt::ApplicationState(state));
        QCOMPARE(spy.count(), locks ? 1 : 0);
    }

    void disarmedNeverLocks()
    {
        AutoLock lock;
        QSignalSpy spy(&lock, &AutoLock::lockRequested);
        lock.setIdleMilliseconds(100);
        lock.setArmed(true);
        lock.setArmed(false);
        lock.onApplicationStateChanged(Qt::ApplicationHidden);
        QTest::qWait(300);
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
