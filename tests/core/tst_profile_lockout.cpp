// The lock-out after wrong passphrases: the count, its wait across restarts on the boot clock,
// and a count deleted or damaged taken as a lost record, not a fresh start (docs/SECURITY.md).
#include "Processes.h"
#include "Samples.h"
#include "TestSupport.h"
#include "storage/HandedOver.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dit;
using dit::test::secret;

class TestProfileLockout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongPassphraseChangesNothingButTheAttemptCounter()
    {
        test::TempProfile t;
        t.create();
        auto before = test::folderDigests(t.path());
        Profile p = t.profile();
        auto store = p.unlock(secret("not the passphrase"));
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(store.error().message.contains(QStringLiteral("not right")));
        auto after = test::folderDigests(t.path());
        QVERIFY(after.value(QStringLiteral("attempts")) !=
                before.value(QStringLiteral("attempts")));
        after.remove(QStringLiteral("attempts"));
        before.remove(QStringLiteral("attempts"));
        QCOMPARE(after, before);
    }

    void repeatedFailuresAreThrottledAcrossRestarts()
    {
        test::TempProfile t;
        t.create();
        for (int i = 0; i < 5; ++i) {
            Profile p = t.profile(); // a fresh object each time, as after a restart
            QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        }
        Profile restarted = t.profile();
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(30));
        // Even the right passphrase waits: the delay is not an oracle.
        auto blocked = restarted.unlock(secret("correct horse battery"));
        QCOMPARE(blocked.error().code, ErrorCode::LockedOut);
        QVERIFY(blocked.error().message.contains(QStringLiteral("30")));

        t.clock.advanceSeconds(31);
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(0));
        QCOMPARE(restarted.unlock(secret("wrong again")).error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(60)); // the delay grows

        t.clock.advanceSeconds(61);
        QVERIFY(restarted.unlock(secret("correct horse battery")));
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(0)); // success resets it
        // The file is kept at nothing counted: its room lets a full disk count the next one.
        QVERIFY(test::readFile(t.path() + QStringLiteral("/attempts")).contains("\"failures\":0"));
        QCOMPARE(test::readFile(t.path() + QStringLiteral("/attempts")).size(), 256);
    }

    // A profile keeps its count of wrong passphrases from its creation on (the key file says
    // so), so deleting or damaging `attempts` is a lost record, not a fresh start: the full
    // wait from now, on the boot clock, said plainly (docs/SECURITY.md).
    void deletedAttemptsAfterFiveWrongStillWaits()
    {
        test::TempProfile t;
        t.create();
        const QString attempts = t.path() + QStringLiteral("/attempts");
        QVERIFY(QFile::exists(attempts)); // from the creation on
        Profile p = t.profile();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(30));
        QVERIFY(!p.attemptRecordLost());

        QVERIFY(QFile::remove(attempts));
        Profile restarted = t.profile();
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(300));
        QVERIFY(restarted.attemptRecordLost());
        auto blocked = restarted.unlock(secret("correct horse battery"));
        QCOMPARE(blocked.error().code, ErrorCode::LockedOut);
        QVERIFY2(
            blocked.error().message.startsWith(QStringLiteral(
                "The record of wrong passphrases was removed, damaged or put "
                "back from an earlier copy, so this profile waits 5 minute")), // the plural made by
                                                                               // the app
            qPrintable(blocked.error().message));
        // Deleted again, the wait starts again in full: never shorter than what was lost.
        t.clock.advanceSeconds(200);
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(100));
        QVERIFY(QFile::remove(attempts));
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(300));
        // A wall clock moved on does not end it; the boot clock does.
        t.clock.set(t.clock.now().addSecs(3600));
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(300));
        t.clock.advanceSeconds(300);
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(0));
        QVERIFY(!restarted.attemptRecordLost());
        // The right passphrase opens it and ends the counting, as always.
        QVERIFY(restarted.unlock(secret("correct horse battery")));
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(0));
        QVERIFY(test::readFile(attempts).contains("\"failures\":0"));
        QVERIFY(!test::readFile(attempts).contains("lost"));
    }

    void damagedAttemptsIsALostRecord_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbled") << QByteArray("\x01\x02 not json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut off") << QByteArray("{\"failures\":0,\"boot\":\"b");
        QTest::newRow("no count") << QByteArray(R"({"boot":"b","at":1})");
        QTest::newRow("negative count") << QByteArray(R"({"failures":-1,"boot":"b","at":1})");
        // A count from before the mark, or another profile's, at nothing counted: copied in,
        // it would otherwise wipe the slate.
        QTest::newRow("older version") << QByteArray(R"({"failures":0,"last":1767268800000})");
        QTest::newRow("another profile")
            << QByteArray(R"({"failures":0,"boot":"b","at":1,"profile":"0123456789abcdef"})");
    }
    void damagedAttemptsIsALostRecord()
    {
        QFETCH(QByteArray, content);
        test::TempProfile t;
        t.create();
        test::writeFile(t.path() + QStringLiteral("/attempts"), content);
        Profile p = t.profile();
        auto blocked = p.unlock(secret("correct horse battery"));
        QCOMPARE(blocked.error().code, ErrorCode::LockedOut);
        QVERIFY(blocked.error().message.contains(QStringLiteral("removed, damaged or put back")));
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(300));
        t.clock.advanceSeconds(300);
        QVERIFY(p.unlock(secret("correct horse battery")));
    }

    // Where the lost record cannot even be written down (a read-only folder), no wait is made
    // up: it would start again at every look and never end.
    void aLostRecordThatCannotBeWrittenLocksNobodyOutForEver()
    {
        test::TempProfile t;
        t.create();
        Profile p = t.profile();
        QVERIFY(QFile::remove(t.path() + QStringLiteral("/attempts")));
        const bool asRoot = ::geteuid() == 0;
        const struct passwd *nobody = asRoot ? ::getpwnam("nobody") : nullptr;
        if (asRoot && !nobody)
            QSKIP("running as root and there is no user 'nobody' to give root up for");
        if (asRoot) {
            QVERIFY(::chmod(QFile::encodeName(t.dir.path()).constData(), 0711) == 0);
            for (const QString &f : {t.path(), p.keyFilePath(), p.databasePath()})
                QVERIFY(::chown(QFile::encodeName(f).constData(), nobody->pw_uid, nobody->pw_gid) ==
                        0);
        }
        QVERIFY(::chmod(QFile::encodeName(t.path()).constData(), 0500) == 0);
        const int code = test::asUnprivileged(nobody, [&]() -> int {
            Profile readOnly = t.profile();
            if (readOnly.secondsUntilNextAttempt() != 0)
                return 10;
            return readOnly.unlock(secret("correct horse battery")) ? 0 : 11;
        });
        QVERIFY(::chmod(QFile::encodeName(t.path()).constData(), 0700) == 0);
        QVERIFY2(code != test::kCouldNotGiveUpRoot, "could not give up root");
        QCOMPARE(code, 0);
        // Writable again, the lost record is written down and waited out.
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(300));
    }

    // A profile made before the mark keeps the old behaviour (no count is nothing counted)
    // until its next successful unlock, which marks its key file: from then on it is
    // protected like a new one.
    void anOlderProfileIsMarkedAtItsNextUnlock()
    {
        test::TempProfile t;
        QDir().mkpath(t.path());
        for (const QString &name : {QStringLiteral("key"), QStringLiteral("store.db")}) {
            QVERIFY(QFile::copy(QStringLiteral(DIT_FIXTURES_DIR "/schema-v4/") + name,
                                t.path() + QLatin1Char('/') + name));
            QFile::setPermissions(t.path() + QLatin1Char('/') + name,
                                  QFile::ReadOwner | QFile::WriteOwner);
        }
        const QString attempts = t.path() + QStringLiteral("/attempts");
        const auto pass = [] {
            return secret("fixture passphrase v4");
        };
        Profile p = t.profile();
        QVERIFY(!KeyFile::read(p.keyFilePath()).value().keepsAttemptCount());
        QVERIFY(!QFile::exists(attempts));
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(0)); // as before: nothing counted
        for (int i = 0; i < 5; ++i)
            QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(30));
        QVERIFY(QFile::remove(attempts));
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(0)); // the old gap, until it is marked
        QVERIFY(!p.attemptRecordLost());

        QVERIFY(p.unlock(pass()));
        auto marked = KeyFile::read(p.keyFilePath());
        QVERIFY(marked);
        QVERIFY(marked.value().keepsAttemptCount());
        QVERIFY(test::readFile(attempts).contains(marked.value().profileId().toLatin1()));
        QVERIFY(p.unlock(pass())); // still opens, under the marked wrap

        QVERIFY(QFile::remove(attempts));
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(300));
        QVERIFY(p.attemptRecordLost());
    }
};

QTEST_GUILESS_MAIN(TestProfileLockout)
#include "tst_profile_lockout.moc"
