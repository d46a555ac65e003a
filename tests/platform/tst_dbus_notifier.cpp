// The desktop notifier against a real D-Bus session bus (CTest runs this under
// dbus-run-session): unavailable without a bus or without a notification service, never a
// crash; with a (fake) freedesktop notification service, reminders arrive under the
// neutral app name.
#include "common/Clock.h"
#include "linux/DBusNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTest>

using namespace dit;

// Stands in for the desktop's notification daemon.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        QString icon;
        QString summary;
        QString body;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint, const QString &icon, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &, int)
    {
        calls << Call{appName, icon, summary, body};
        return uint(calls.size());
    }
};

class TestDBusNotifier : public QObject
{
    Q_OBJECT

private:
    const QString kService = QStringLiteral("org.freedesktop.Notifications");
    ManualClock m_clock{QDateTime(QDate(2026, 4, 11), QTime(12, 0), Qt::UTC)};

    Notification reminder(const QString &id, qint64 offsetSeconds) const
    {
        return {id, m_clock.now().addSecs(offsetSeconds), QStringLiteral("Reminder"),
                QStringLiteral("There is something new to look at when you have a moment.")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "run this test under dbus-run-session (CTest does)");
    }

    void noBusMeansUnavailableNotACrash()
    {
        const QDBusConnection broken = QDBusConnection::connectToBus(
            QStringLiteral("unix:path=/nonexistent/dit-test-bus"), QStringLiteral("broken"));
        QVERIFY(!broken.isConnected());
        DBusNotifier notifier(m_clock, broken);
        QVERIFY(!notifier.isAvailable());
        QVERIFY(notifier.unavailableReason().contains(QStringLiteral("desktop session")));
        QVERIFY(!notifier.showNow(reminder(QStringLiteral("a"), 0)));
        // Scheduling says it cannot, keeps nothing running wild, and due reminders are
        // dropped quietly.
        QVERIFY(!notifier.schedule({reminder(QStringLiteral("a"), -1)}));
        QTest::qWait(50);
        QVERIFY(notifier.pending().isEmpty());
        bool answered = false;
        notifier.requestPermission([&](bool granted) {
            answered = true;
            QVERIFY(!granted);
        });
        QVERIFY(answered);
        QDBusConnection::disconnectFromBus(QStringLiteral("broken"));
    }

    void busWithoutServiceMeansUnavailable()
    {
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
        DBusNotifier notifier(m_clock);
        QVERIFY(!notifier.isAvailable());
        QVERIFY(notifier.unavailableReason().contains(QStringLiteral("notification service")));
        QVERIFY(!notifier.showNow(reminder(QStringLiteral("a"), 0)));
        QVERIFY(notifier.schedule({})); // nothing to schedule is not a failure
    }

    void remindersReachTheNotificationService()
    {
        // The fake daemon lives on its own connection, as a real one would.
        QDBusConnection daemonBus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("daemon"));
        FakeNotificationService daemon;
        QVERIFY(daemonBus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &daemon,
                                         QDBusConnection::ExportAllSlots));
        QVERIFY(daemonBus.registerService(kService));

        DBusNotifier notifier(m_clock);
        QVERIFY(notifier.isAvailable());
        QVERIFY(notifier.unavailableReason().isEmpty());
        QVERIFY(notifier.showNow(reminder(QStringLiteral("now"), 0)));
        QTRY_COMPARE(daemon.calls.size(), 1);
        QCOMPARE(daemon.calls.first().appName, QStringLiteral("Companion"));
        QCOMPARE(daemon.calls.first().icon, QString());
        QCOMPARE(daemon.calls.first().summary, QStringLiteral("Reminder"));

        // Scheduled: the one already due (within the grace period) is shown; a future one
        // waits; one long past is dropped.
        QVERIFY(notifier.schedule({reminder(QStringLiteral("due"), -60),
                                   reminder(QStringLiteral("later"), 3600),
                                   reminder(QStringLiteral("stale"), -3 * 24 * 3600)}));
        QTRY_COMPARE(daemon.calls.size(), 2);
        QTest::qWait(100);
        QCOMPARE(daemon.calls.size(), 2);
        QCOMPARE(notifier.pending().size(), 1);
        QCOMPARE(notifier.pending().first().id, QStringLiteral("later"));
        notifier.cancelAll();
        QVERIFY(notifier.pending().isEmpty());

        daemonBus.unregisterService(kService);
        QDBusConnection::disconnectFromBus(QStringLiteral("daemon"));
    }
};

QTEST_GUILESS_MAIN(TestDBusNotifier)
#include "tst_dbus_notifier.moc"
