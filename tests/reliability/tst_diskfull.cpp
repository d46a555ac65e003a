// A full disk: every write fails with ErrorCode::DiskFull and a plain message, nothing
// already stored is damaged (not even by a migration that runs out of room half-way), and
// once there is space again everything opens as it was. Runs on a small tmpfs mounted by
// with-small-fs.sh, so the disk really is full.
#include "Processes.h"
#include "Samples.h"
#include "SmallDisk.h"
#include "TestSupport.h"
#include "backup/Backup.h"
#include "storage/Drafts.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QTest>

using namespace dit;
using dit::test::secret;

namespace {
const char *const kPass = "correct horse battery";

void verifyDiskFull(const Error &e)
{
    QCOMPARE(e.code, ErrorCode::DiskFull);
    QVERIFY2(e.message.contains(QStringLiteral("not enough free space")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QStringLiteral("Nothing was changed")), qPrintable(e.message));
}
} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    QString m_disk;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};

    QString onDisk(const QString &name) const { return m_disk + QLatin1Char('/') + name; }

    // A profile with content on the small disk; returns its content.
    QStringList makeProfile(const QString &dir, int bulk = 100)
    {
        Profile p(dir, m_clock);
        auto store = p.create(secret(kPass), Role::Patient, test::fastKdf());
        if (!store)
            qFatal("could not make the profile: %s", qPrintable(store.error().message));
        test::addSampleContent(*store.value());
        test::addBulk(*store.value(), bulk);
        if (!store.value()->database().checkpoint())
            qFatal("checkpoint failed");
        return test::contentOf(store.value()->database());
    }

    QStringList reopen(const QString &dir)
    {
        Profile p(dir, m_clock);
        auto store = p.unlock(secret(kPass));
        if (!store)
            return {QStringLiteral("cannot open: ") + store.error().message};
        if (!store.value()->database().checkIntegrity(true))
            return {QStringLiteral("integrity check failed")};
        return test::contentOf(store.value()->database());
    }

    void copyFixture(int version, const QString &dir)
    {
        QDir().mkpath(dir);
        for (const QString &name : {QStringLiteral("key"), QStringLiteral("store.db")}) {
            QVERIFY(QFile::copy(QStringLiteral(DIT_FIXTURES_DIR "/schema-v%1/").arg(version) + name,
                                dir + QLatin1Char('/') + name));
            QFile::setPermissions(dir + QLatin1Char('/') + name,
                                  QFile::ReadOwner | QFile::WriteOwner);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_disk = test::smallDisk();
        if (m_disk.isEmpty())
            QSKIP("needs the small file system: run through tests/reliability/with-small-fs.sh "
                  "(ctest does)");
    }

    void init()
    {
        // Each test starts with an empty disk.
        QDir disk(m_disk);
        for (const QString &name :
             disk.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            QFileInfo(disk.filePath(name)).isDir()
                ? (void)QDir(disk.filePath(name)).removeRecursively()
                : (void)disk.remove(name);
    }

    void writesFailPlainlyAndDamageNothing()
    {
        const QString dir = onDisk(QStringLiteral("p"));
        const QStringList before = makeProfile(dir);
        {
            Profile p(dir, m_clock);
            auto store = p.unlock(secret(kPass));
            QVERIFY(store);
            test::DiskFiller filler(m_disk);
            filler.fill();
            Store &s = *store.value();
            auto record =
                s.records().append(QStringLiteral("note"),
                                   {{QStringLiteral("text"), QString(4000, QLatin1Char('n'))}});
            QVERIFY(!record);
            verifyDiskFull(record.error());
            const Status setting = s.settings().setValue(QStringLiteral("k"), QString(4000, u'v'));
            QVERIFY(!setting);
            verifyDiskFull(setting.error());
            const Status draft =
                Drafts(s.database(), m_clock)
                    .save(QStringLiteral("note:new"), QStringLiteral("note"), QString(4000, u'd'));
            QVERIFY(!draft);
            verifyDiskFull(draft.error());
            // Still full while the store closes (its checkpoint may not fit either).
            store.value().reset();
        }
        QCOMPARE(reopen(dir), before);
    }

    // However little room is left, each write either happens whole or fails as "disk full",
    // and afterwards the store holds exactly the writes that succeeded.
    void everyAmountOfRoomIsSafe()
    {
        const QString dir = onDisk(QStringLiteral("sweep"));
        QStringList expected = makeProfile(dir, 50);
        for (qint64 room = 0; room <= 96 * 1024; room += 8 * 1024) {
            test::DiskFiller filler(m_disk);
            {
                Profile p(dir, m_clock);
                filler.fill();
                filler.leaveFree(room);
                auto store = p.unlock(secret(kPass));
                if (!store) {
                    verifyDiskFull(store.error());
                } else {
                    for (int i = 0; i < 100; ++i) {
                        const QString text = QStringLiteral("room %1 write %2 ").arg(room).arg(i) +
                                             QString(1500, u'w');
                        auto r = store.value()->records().append(
                            QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), text}});
                        if (!r) {
                            verifyDiskFull(r.error());
                            break;
                        }
                    }
                    expected = test::contentOf(store.value()->database());
                }
            }
            filler.release();
            QCOMPARE(reopen(dir), expected);
        }
    }

    // A profile whose migration needs room it does not have: refused as "disk full", the
    // store untouched, and it opens and migrates once there is room.
    void migrationWithoutRoomFailsCleanly()
    {
        for (qint64 room = 0; room <= 64 * 1024; room += 4 * 1024) {
            init();
            const QString dir = onDisk(QStringLiteral("v1"));
            copyFixture(1, dir);
            const QByteArray store = test::readFile(dir + QStringLiteral("/store.db"));
            test::DiskFiller filler(m_disk);
            filler.fill();
            filler.leaveFree(room);
            Profile p(dir, m_clock);
            auto opened = p.unlock(secret("fixture passphrase v1"));
            if (!opened) {
                verifyDiskFull(opened.error());
                QCOMPARE(test::readFile(dir + QStringLiteral("/store.db")), store);
                QCOMPARE(p.inspect().state, Profile::State::Ready);
            } else {
                QCOMPARE(opened.value()->database().userVersion().value(), latestSchemaVersion());
                opened.value().reset();
            }
            filler.release();
            auto later = p.unlock(secret("fixture passphrase v1"));
            QVERIFY2(later, qPrintable(later.error().message));
            QCOMPARE(later.value()->database().userVersion().value(), latestSchemaVersion());
            QVERIFY(later.value()->database().checkIntegrity(true));
            QCOMPARE(later.value()->records().list(QStringLiteral("note")).value().size(), 2);
        }
    }

    void creatingAProfileOnAFullDiskLeavesNothing()
    {
        test::DiskFiller filler(m_disk);
        filler.fill();
        const QString dir = onDisk(QStringLiteral("new"));
        Profile p(dir, m_clock);
        auto store = p.create(secret(kPass), Role::Patient, test::fastKdf());
        QVERIFY(!store);
        verifyDiskFull(store.error());
        QVERIFY(!QFileInfo::exists(dir));
        filler.release();
        QVERIFY(p.create(secret(kPass), Role::Patient, test::fastKdf()));
    }

    void backupToAFullDiskKeepsTheOldOne()
    {
        QTemporaryDir elsewhere;
        test::TempProfile t;
        {
            auto store = t.create(kPass);
            test::addSampleContent(*store);
            test::addBulk(*store, 300);
        }
        Profile p = t.profile();
        auto store = p.unlock(secret(kPass));
        QVERIFY(store);
        const QString file = onDisk(QStringLiteral("backup.ditbackup"));
        test::writeFile(file, "the older backup");
        test::DiskFiller filler(m_disk);
        filler.fill();
        backup::CreateOptions replace;
        replace.replace = true;
        auto made = backup::create(p, store.value()->databaseKey(), file, secret("backup pass 1"),
                                   test::fastKdf(), QStringLiteral("t"), m_clock, replace);
        QVERIFY(!made);
        verifyDiskFull(made.error());
        QCOMPARE(test::readFile(file), QByteArray("the older backup"));
        QCOMPARE(QDir(m_disk).entryList({QStringLiteral(".backup*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    // The way out of a full disk: a backup to another folder with room works (its work copy
    // is made there, not beside the store), and nothing on the full disk changes.
    void backupFromAFullDiskToAnotherFolder()
    {
        const QString dir = onDisk(QStringLiteral("p"));
        const QStringList before = makeProfile(dir, 50);
        Profile p(dir, m_clock);
        auto store = p.unlock(secret(kPass));
        QVERIFY(store);
        test::DiskFiller filler(m_disk);
        filler.fill();
        const auto files = [&] {
            return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
        };
        const QStringList filesBefore = files();
        const QByteArray storeBefore = test::readFile(p.databasePath());
        QTemporaryDir elsewhere;
        const QString file = elsewhere.filePath(QStringLiteral("way-out.ditbackup"));
        auto made = backup::create(p, store.value()->databaseKey(), file, secret("backup pass 1"),
                                   test::fastKdf(), QStringLiteral("t"), m_clock);
        QVERIFY2(made, qPrintable(made.error().message));
        QCOMPARE(files(), filesBefore);
        QCOMPARE(test::readFile(p.databasePath()), storeBefore);
        QCOMPARE(QDir(elsewhere.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("way-out.ditbackup")});
        store.value().reset();
        filler.release();

        Profile restored(elsewhere.filePath(QStringLiteral("restored")), m_clock);
        auto back = backup::restoreAsNewProfile(restored, file, secret("backup pass 1"),
                                                secret(kPass), test::fastKdf(), m_clock);
        QVERIFY2(back, qPrintable(back.error().message));
        back.value().reset();
        QCOMPARE(reopen(elsewhere.filePath(QStringLiteral("restored"))), before);
    }

    void restoreOntoAFullDiskLeavesNoPartialProfile()
    {
        test::TempProfile t;
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("b.ditbackup"));
        {
            auto store = t.create(kPass);
            test::addSampleContent(*store);
            test::addBulk(*store, 300);
            QVERIFY(backup::create(t.profile(), store->databaseKey(), file, secret("backup pass 1"),
                                   test::fastKdf(), QStringLiteral("t"), m_clock));
        }
        for (qint64 room : {qint64(0), qint64(64 * 1024), qint64(256 * 1024)}) {
            test::DiskFiller filler(m_disk);
            filler.fill();
            filler.leaveFree(room);
            const QString dir = onDisk(QStringLiteral("restored"));
            Profile p(dir, m_clock);
            auto restored =
                backup::restoreAsNewProfile(p, file, secret("backup pass 1"),
                                            secret("new passphrase"), test::fastKdf(), m_clock);
            QVERIFY(!restored);
            verifyDiskFull(restored.error());
            QVERIFY2(!QFileInfo::exists(dir), qPrintable(QString::number(room)));
        }
    }

    // A wrong passphrase that could not be counted would be a free guess: on a full disk with
    // no counter file to write over (removed here; the app keeps one from the profile's
    // creation on) the passphrase is not tried, and once there is room the removed count is
    // a lost record: the full wait, then counting goes on.
    void wrongPassphraseOnAFullDiskIsNeverAFreeGuess()
    {
        const QString dir = onDisk(QStringLiteral("p"));
        makeProfile(dir, 5);
        QVERIFY(QFile::remove(dir + QStringLiteral("/attempts")));
        test::DiskFiller filler(m_disk);
        filler.fill();
        Profile p(dir, m_clock);
        for (int i = 0; i < 6; ++i) {
            auto store = p.unlock(secret("not the passphrase"));
            QVERIFY(!store);
            verifyDiskFull(store.error());
            QVERIFY2(store.error().message.contains(QStringLiteral("not checked")),
                     qPrintable(store.error().message));
        }
        filler.release();
        QCOMPARE(p.unlock(secret("not the passphrase")).error().code, ErrorCode::LockedOut);
        QVERIFY(p.attemptRecordLost());
        m_clock.advanceSeconds(UnlockThrottle::longestWait());
        QCOMPARE(p.unlock(secret("not the passphrase")).error().code, ErrorCode::WrongPassphrase);
        QVERIFY(p.secondsUntilNextAttempt() > 0); // counted: none lost to the full disk
    }

    // A completely full disk: the right passphrase opens the store for reading with saving
    // paused (the store file alone, nothing written beside it), a wrong one is still counted
    // (in the counter's own file, which the first unlock left), and with room again it opens
    // for saving.
    void aFullDiskOpensForReadingWithSavingPaused()
    {
        const QString dir = onDisk(QStringLiteral("p"));
        const QStringList before = makeProfile(dir, 20);
        QVERIFY(Profile(dir, m_clock).unlock(secret(kPass)));
        test::DiskFiller filler(m_disk);
        filler.fill();
        const QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
        const QByteArray storeBefore = test::readFile(dir + QStringLiteral("/store.db"));
        Profile p(dir, m_clock);
        {
            auto store = p.unlock(secret(kPass));
            QVERIFY2(store, qPrintable(store.error().message));
            QVERIFY(store.value()->savingPaused());
            QCOMPARE(store.value()->savingPausedBy(), Store::Pause::NoRoom);
            QCOMPARE(store.value()->savingPausedReason(),
                     QStringLiteral("there is not enough free space on this device"));
            QCOMPARE(test::contentOf(store.value()->database()), before);
            auto refused = store.value()->records().append(QStringLiteral("note"), {});
            QVERIFY(!refused);
            verifyDiskFull(refused.error());
        }
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System), files);
        QCOMPARE(test::readFile(dir + QStringLiteral("/store.db")), storeBefore);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(p.unlock(secret("not the passphrase")).error().code,
                     ErrorCode::WrongPassphrase);
        QVERIFY(p.secondsUntilNextAttempt() > 0); // five counted on the full disk
        filler.release();
        m_clock.advanceSeconds(31);
        auto store = p.unlock(secret(kPass));
        QVERIFY2(store, qPrintable(store.error().message));
        QVERIFY(!store.value()->savingPaused());
        QVERIFY(store.value()->records().append(QStringLiteral("note"), {}));
    }

    // ditc says so too, with exit code 1.
    void ditcSaysDiskFullAndExitsOne()
    {
        const QString dir = onDisk(QStringLiteral("cli"));
        copyFixture(1, dir);
        test::DiskFiller filler(m_disk);
        filler.fill();
        test::Run r = test::ditc({QStringLiteral("--profile"), dir, QStringLiteral("check")},
                                 "fixture passphrase v1\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not enough free space") && r.err.contains("Nothing was changed"),
                 r.err.constData());
        QVERIFY(r.err.trimmed().split('\n').last().startsWith("ditc: There is not enough"));
        QVERIFY2(!r.err.contains("statement failed"), r.err.constData()); // one plain line
        filler.release();

        // Writing until the disk fills: the last write fails plainly, the earlier ones stay.
        r = test::ditc({QStringLiteral("--profile"), dir, QStringLiteral("check")},
                       "fixture passphrase v1\n");
        QCOMPARE(r.code, 0);
        filler.fill();
        filler.leaveFree(256 * 1024);
        r = test::ditc({QStringLiteral("--profile"), dir, QStringLiteral("stress-write"),
                        QStringLiteral("--count"), QStringLiteral("100000")},
                       "fixture passphrase v1\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not enough free space"), r.err.constData());
        const int acknowledged = int(r.out.count("record "));
        QVERIFY(acknowledged > 10);
        filler.release();
        r = test::ditc({QStringLiteral("--profile"), dir, QStringLiteral("check")},
                       "fixture passphrase v1\n");
        QCOMPARE(r.code, 0);

        // A backup onto a full disk.
        filler.fill();
        QTemporaryDir elsewhere;
        const QString profile = elsewhere.filePath(QStringLiteral("p"));
        QCOMPARE(test::ditc({QStringLiteral("--profile"), profile, QStringLiteral("init"),
                             QStringLiteral("--no-confirm")},
                            "long enough pass\n")
                     .code,
                 0);
        r = test::ditc({QStringLiteral("--profile"), profile, QStringLiteral("backup"),
                        QStringLiteral("create"), onDisk(QStringLiteral("cli.ditbackup")),
                        QStringLiteral("--no-confirm")},
                       "long enough pass\nbackup passphrase\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not enough free space"), r.err.constData());
        QVERIFY(!QFileInfo::exists(onDisk(QStringLiteral("cli.ditbackup"))));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
