// The lock-out against an older copy of `attempts` put back: a copy of the count and its
// generation kept in the platform keystore, the file compared with it (docs/SECURITY.md,
// "The lock-out"). MemoryKeystore stands in for the platform's.
#include "TestSupport.h"
#include "testing/MemoryKeystore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dit;
using dit::test::secret;

namespace {

const char *const kRight = "correct horse battery";

QString profileIdOf(Profile &p)
{
    auto keyFile = KeyFile::read(p.keyFilePath());
    return keyFile ? keyFile.value().profileId() : QString();
}

// What the keystore holds for the profile: {} when nothing.
QJsonObject keptCopy(MemoryKeystore &keystore, const QString &profileId)
{
    QJsonObject found;
    keystore.load(QStringLiteral("attempts/") + profileId, [&found](Result<SecretBytes> r) {
        if (r)
            found = QJsonDocument::fromJson(r.value().view().toByteArray()).object();
    });
    return found;
}

// A profile object as the app makes one when the lock screen opens: the keystore attached and
// its copy loaded before the first try is judged.
void attach(Profile &p, MemoryKeystore &keystore)
{
    p.useKeystore(&keystore, nullptr);
    bool loaded = false;
    p.loadAttemptCopy([&loaded] { loaded = true; });
    QVERIFY(loaded); // MemoryKeystore answers at once
}

} // namespace

class TestLockoutRollback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The attack the keystore's copy is for: after the first wrong passphrase the file is
    // copied; after the fifth (a 30 s wait) the copy is put back, which alone would make the
    // count 1 again and the next four guesses free.
    void rolledBackAttemptsAfterFiveWrongStillWaits()
    {
        test::TempProfile t;
        t.create();
        const QString attempts = t.path() + QStringLiteral("/attempts");
        MemoryKeystore keystore;
        Profile p = t.profile();
        attach(p, keystore);
        QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        const QByteArray afterFirst = test::readFile(attempts);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(30));
        QCOMPARE(keptCopy(keystore, profileIdOf(p)).value(QStringLiteral("failures")).toInt(), 5);

        test::writeFile(attempts, afterFirst);
        // Without the keystore's copy the rollback goes unseen (the file alone, as on a
        // device without a keystore): what this test proves the copy adds.
        {
            Profile alone = t.profile();
            QCOMPARE(alone.secondsUntilNextAttempt(), qint64(0));
        }
        Profile restarted = t.profile();
        attach(restarted, keystore);
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(300)); // the full wait, from now
        QVERIFY(restarted.attemptRecordLost());
        auto blocked = restarted.unlock(secret(kRight));
        QCOMPARE(blocked.error().code, ErrorCode::LockedOut);
        QVERIFY2(blocked.error().message.contains(QStringLiteral("put back from an earlier copy")),
                 qPrintable(blocked.error().message));

        // Put back again, the wait starts again in full; the keystore's copy followed the
        // file, so the process that held it sees the rollback too.
        t.clock.advanceSeconds(200);
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(100));
        test::writeFile(attempts, afterFirst);
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(300));
        t.clock.advanceSeconds(300);
        QVERIFY(!restarted.attemptRecordLost());
        QVERIFY(restarted.unlock(secret(kRight)));
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(0));
    }

    // A count edited down in place keeps its generation: the keystore's copy of that same
    // generation has the larger count, which is taken.
    void attemptsEditedDownAtTheSameGenerationIsALostRecord()
    {
        test::TempProfile t;
        t.create();
        const QString attempts = t.path() + QStringLiteral("/attempts");
        MemoryKeystore keystore;
        Profile p = t.profile();
        attach(p, keystore);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        QByteArray edited = test::readFile(attempts);
        QVERIFY(edited.contains("\"failures\":5"));
        edited.replace("\"failures\":5", "\"failures\":0");
        test::writeFile(attempts, edited);
        Profile restarted = t.profile();
        attach(restarted, keystore);
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(300));
        QVERIFY(restarted.attemptRecordLost());
    }

    // Without a keystore (none on this device, or none running) the count is the file's alone,
    // as before: counted, waited for, and nothing asked of the keystore.
    void withoutAKeystoreTheFileAloneCounts()
    {
        test::TempProfile t;
        t.create();
        MemoryKeystore keystore;
        keystore.available = false;
        Profile p = t.profile();
        p.useKeystore(&keystore, nullptr);
        bool loaded = false;
        p.loadAttemptCopy([&loaded] { loaded = true; });
        QVERIFY(loaded); // answered at once: nothing to wait for
        for (int i = 0; i < 5; ++i)
            QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(30));
        QVERIFY(!p.attemptRecordLost());
        QCOMPARE(keystore.count(), 0);
        QVERIFY(!p.attemptCopyWritesPending());
        t.clock.advanceSeconds(30);
        QVERIFY(p.unlock(secret(kRight)));
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(0));
    }

    // A keystore that refuses to read keeps today's behaviour too, and, its copy unknown, is
    // never written: a file put back must not lower the copy it holds.
    void aKeystoreThatCannotBeReadIsNeverLowered()
    {
        test::TempProfile t;
        t.create();
        const QString attempts = t.path() + QStringLiteral("/attempts");
        MemoryKeystore keystore;
        Profile p = t.profile();
        attach(p, keystore);
        QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        const QByteArray afterFirst = test::readFile(attempts);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        const QJsonObject before = keptCopy(keystore, profileIdOf(p));
        test::writeFile(attempts, afterFirst);

        Profile restarted = t.profile();
        restarted.useKeystore(&keystore, nullptr);
        keystore.failNext = true;
        bool loaded = false;
        restarted.loadAttemptCopy([&loaded] { loaded = true; });
        QVERIFY(loaded);
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(0)); // the file alone
        QCOMPARE(restarted.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(keptCopy(keystore, profileIdOf(p)), before);
        // Read at the next lock screen, the copy still tells the rollback.
        Profile later = t.profile();
        attach(later, keystore);
        QCOMPARE(later.secondsUntilNextAttempt(), qint64(300));
    }

    // A profile counted before the keystore kept a copy (or on another device, or whose copy
    // was lost with the keyring): a file and no copy is no lock-out, and the copy starts from
    // the file at the next count.
    void aMissingKeystoreCopyIsNoLockOut()
    {
        test::TempProfile t;
        t.create();
        {
            Profile counted = t.profile(); // no keystore
            for (int i = 0; i < 3; ++i)
                QCOMPARE(counted.unlock(secret("wrong wrong")).error().code,
                         ErrorCode::WrongPassphrase);
        }
        MemoryKeystore keystore;
        Profile p = t.profile();
        attach(p, keystore);
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(0));
        QVERIFY(!p.attemptRecordLost());
        QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(keptCopy(keystore, profileIdOf(p)).value(QStringLiteral("failures")).toInt(), 4);
        QVERIFY(p.unlock(secret(kRight)));
    }

    // A copy that is not one (garbled, another profile's) is no copy: no false lock-out.
    void aKeystoreCopyThatIsNotOneIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbled") << QByteArray("\x01\x02 not json");
        QTest::newRow("another profile")
            << QByteArray(R"({"failures":9,"generation":99,"profile":"0123456789abcdef"})");
        QTest::newRow("negative") << QByteArray(R"({"failures":-1,"generation":99})");
    }
    void aKeystoreCopyThatIsNotOneIsIgnored()
    {
        QFETCH(QByteArray, content);
        test::TempProfile t;
        t.create();
        MemoryKeystore keystore;
        Profile p = t.profile();
        bool stored = false;
        keystore.store(QStringLiteral("attempts/") + profileIdOf(p), SecretBytes::copyOf(content),
                       [&stored](const Status &s) { stored = s.ok(); });
        QVERIFY(stored);
        attach(p, keystore);
        QCOMPARE(p.secondsUntilNextAttempt(), qint64(0));
        QVERIFY(p.unlock(secret(kRight)));
    }

    // The right passphrase sets both back to nothing counted, the keystore's copy at a later
    // generation than any count before it.
    void successClearsTheFileAndTheKeystoreCopy()
    {
        test::TempProfile t;
        t.create();
        const QString attempts = t.path() + QStringLiteral("/attempts");
        MemoryKeystore keystore;
        Profile p = t.profile();
        attach(p, keystore);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        const QString id = profileIdOf(p);
        const QJsonObject counted = keptCopy(keystore, id);
        QCOMPARE(counted.value(QStringLiteral("failures")).toInt(), 3);
        QVERIFY(p.unlock(secret(kRight)));
        const QJsonObject cleared = keptCopy(keystore, id);
        QCOMPARE(cleared.value(QStringLiteral("failures")).toInt(), 0);
        QVERIFY(cleared.value(QStringLiteral("generation")).toInteger() >
                counted.value(QStringLiteral("generation")).toInteger());
        QVERIFY(test::readFile(attempts).contains("\"failures\":0"));
        // The next lock screen: no wait, no lost record.
        Profile restarted = t.profile();
        attach(restarted, keystore);
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(0));
        QVERIFY(!restarted.attemptRecordLost());
        QVERIFY(restarted.unlock(secret(kRight)));
    }

    // Deleting the profile takes its keystore copy with it; other profiles' items stay.
    void wipeRemovesTheKeystoreCopy()
    {
        test::TempProfile t;
        t.create();
        MemoryKeystore keystore;
        bool stored = false;
        keystore.store(QStringLiteral("quick-unlock/someone-else"), SecretBytes::random(32),
                       [&stored](const Status &s) { stored = s.ok(); });
        QVERIFY(stored);
        Profile p = t.profile();
        attach(p, keystore);
        QCOMPARE(p.unlock(secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        const QString name = QStringLiteral("attempts/") + profileIdOf(p);
        QVERIFY(keystore.contains(name));
        QVERIFY(p.wipe());
        QVERIFY(!keystore.contains(name));
        QVERIFY(keystore.contains(QStringLiteral("quick-unlock/someone-else")));
        QVERIFY(!QFile::exists(t.path()));
    }
};

QTEST_GUILESS_MAIN(TestLockoutRollback)
#include "tst_lockout_rollback.moc"
