// Restoring and merging backups: a restore never replaces a profile, older schemas are
// migrated and newer ones refused, and a merge adds what is new without changing anything, for
// the person's own backups and their role only.
#include "BackupFixture.h"
#include "backup/Backup.h"
#include "storage/KeyFile.h"
#include "storage/Migrations.h"
#include "sync/PairStore.h"

#include <QDir>
#include <QTest>

using namespace dit;
using dit::test::kBackupPass;
using dit::test::kPass;
using dit::test::secret;

class TestBackupRestore : public test::BackupFixture
{
    Q_OBJECT

private Q_SLOTS:
    void restoreNeverReplacesAProfile_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("ready") << false;
        QTest::newRow("damaged") << true;
    }

    void restoreNeverReplacesAProfile()
    {
        QFETCH(bool, damaged);
        test::TempProfile source;
        fill(source);
        const QString file = outPath(QStringLiteral("never.ditbackup"));
        QFile::remove(file);
        QVERIFY(makeBackup(source, file));
        test::TempProfile existing;
        existing.create("someone else's");
        if (damaged)
            QVERIFY(QFile::remove(existing.profile().keyFilePath()));
        const auto before = test::folderDigests(existing.path());
        Profile p = existing.profile();
        auto restored = backup::restoreAsNewProfile(
            p, file, secret(kBackupPass), secret("new passphrase"), test::fastKdf(), m_clock);
        QCOMPARE(restored.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::folderDigests(existing.path()), before);
    }

    void olderSchemaBackupsAreMigratedOnRestore()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("v1"));
        QDir().mkpath(copy);
        for (const QString &name : {QStringLiteral("key"), QStringLiteral("store.db")}) {
            QVERIFY(QFile::copy(QStringLiteral(DIT_FIXTURES_DIR "/schema-v1/") + name,
                                copy + QLatin1Char('/') + name));
            QFile::setPermissions(copy + QLatin1Char('/') + name,
                                  QFile::ReadOwner | QFile::WriteOwner);
        }
        // The key straight from the key file: a backup of the store as it is, at schema 1.
        auto key = KeyFile::read(copy + QStringLiteral("/key"))
                       .value()
                       .unwrapWithPassphrase(secret("fixture passphrase v1"));
        QVERIFY(key);
        Profile fixture(copy, m_clock);
        const QString file = outPath(QStringLiteral("v1.ditbackup"));
        auto made = backup::create(fixture, key.value(), file, secret(kBackupPass), test::fastKdf(),
                                   QStringLiteral("old"), m_clock);
        QVERIFY2(made, qPrintable(made.error().message));
        QCOMPARE(made.value().manifest.schemaVersion, 1);
        Profile p(outPath(QStringLiteral("from-v1")), m_clock);
        auto restored = backup::restoreAsNewProfile(
            p, file, secret(kBackupPass), secret("new passphrase"), test::fastKdf(), m_clock);
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(restored.value()->database().userVersion().value(), latestSchemaVersion());
        QCOMPARE(restored.value()->records().list(QStringLiteral("note")).value().size(), 2);
    }

    void newerSchemaBackupsAreRefusedOnRestore()
    {
        test::TempProfile t;
        SecretBytes key;
        {
            auto store = t.create(kPass);
            QVERIFY(store->database().setUserVersion(latestSchemaVersion() + 1));
            key = SecretBytes::copyOf(store->databaseKey().view());
        }
        const QString file = outPath(QStringLiteral("newer.ditbackup"));
        QVERIFY(backup::create(t.profile(), key, file, secret(kBackupPass), test::fastKdf(),
                               QStringLiteral("future"), m_clock));
        expectRestoreRefused(file, ErrorCode::BadInput);
    }

    void mergeAddsWithoutChangingAnything()
    {
        test::TempProfile a;
        fill(a);
        const QString file = outPath(QStringLiteral("merge.ditbackup"));
        QVERIFY(makeBackup(a, file));

        test::TempProfile b;
        QString ownDraft;
        {
            auto store = b.create("b passphrase here");
            QVERIFY(store->records().append(QStringLiteral("note"),
                                            {{QStringLiteral("text"), QStringLiteral("mine")}}));
            QVERIFY(store->settings().setValue(QStringLiteral("autolock_minutes"),
                                               QStringLiteral("2")));
            // A newer draft with the same key as one in the backup is kept.
            QVERIFY(store->database().exec(
                "INSERT INTO drafts VALUES ('note:new', 'note', '', 'typed here later', "
                "99999999999999);"));
        }
        const QStringList before = contentOfProfile(b.path(), "b passphrase here");
        const QStringList fromBackup = contentOfProfile(a.path(), kPass);
        Profile pb = b.profile();
        auto store = pb.unlock(secret("b passphrase here"));
        QVERIFY(store);
        // Another person's backup is refused unless the person chooses to add it.
        bool refusedAsOther = false;
        auto refused = backup::merge(pb, store.value()->databaseKey(), file, secret(kBackupPass),
                                     false, &refusedAsOther);
        QVERIFY(!refused);
        QVERIFY(refusedAsOther);
        QCOMPARE(refused.error().code, ErrorCode::BadInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("different profile")),
                 qPrintable(refused.error().message));
        QCOMPARE(test::contentOf(store.value()->database()), before);
        auto merged =
            backup::merge(pb, store.value()->databaseKey(), file, secret(kBackupPass), true);
        QVERIFY2(merged, qPrintable(merged.error().message));
        QVERIFY(merged.value().fromOtherProfile);
        QCOMPARE(merged.value().recordsAdded, qint64(8));
        QCOMPARE(merged.value().draftsAdded, qint64(1));
        QCOMPARE(merged.value().settingsAdded, qint64(1));
        const QStringList after = test::contentOf(store.value()->database());
        for (const QString &line : before)
            QVERIFY2(after.contains(line), qPrintable(line)); // nothing changed or removed
        for (const QString &line : fromBackup)
            if (line.startsWith(QStringLiteral("record|")))
                QVERIFY2(after.contains(line), qPrintable(line)); // every record, exactly
        QCOMPARE(store.value()->settings().value(QStringLiteral("autolock_minutes")),
                 QStringLiteral("2"));
        QVERIFY(store.value()->database().checkIntegrity(true));

        // Twice is the same as once.
        auto again =
            backup::merge(pb, store.value()->databaseKey(), file, secret(kBackupPass), true);
        QVERIFY(again);
        QCOMPARE(again.value().recordsAdded, qint64(0));
        QCOMPARE(test::contentOf(store.value()->database()), after);
        const QStringList left =
            QDir(b.path()).entryList({QStringLiteral(".work-*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
    }

    // The person's own backup (the same profile id) is added without being asked.
    void mergeOfOwnBackupNeedsNoChoice()
    {
        test::TempProfile a;
        fill(a);
        const QString file = outPath(QStringLiteral("own.ditbackup"));
        QFile::remove(file);
        QVERIFY(makeBackup(a, file));
        Profile p = a.profile();
        auto store = p.unlock(secret(kPass));
        QVERIFY(store);
        auto merged = backup::merge(p, store.value()->databaseKey(), file, secret(kBackupPass));
        QVERIFY2(merged, qPrintable(merged.error().message));
        QVERIFY(!merged.value().fromOtherProfile);
        QCOMPARE(merged.value().recordsAdded, qint64(0));
    }

    void mergeRefusesTheOtherRole()
    {
        test::TempProfile therapist;
        {
            auto store = therapist.create(kPass, Role::Therapist);
            test::addSampleContent(*store);
        }
        const QString file = outPath(QStringLiteral("therapist.ditbackup"));
        QVERIFY(makeBackup(therapist, file));
        test::TempProfile patient;
        patient.create("patient passphrase");
        Profile p = patient.profile();
        auto store = p.unlock(secret("patient passphrase"));
        const QStringList before = test::contentOf(store.value()->database());
        auto merged = backup::merge(p, store.value()->databaseKey(), file, secret(kBackupPass));
        QCOMPARE(merged.error().code, ErrorCode::BadInput);
        QVERIFY(merged.error().message.contains(QStringLiteral("therapist")));
        QCOMPARE(test::contentOf(store.value()->database()), before);
    }

    // A migration that adds a table must decide whether merge brings it in.
    void everyTableIsMergedOrDeliberatelyNot()
    {
        test::TempProfile t;
        auto store = t.create(kPass);
        auto stmt = store->database().prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ESCAPE '\\' OR name = 'sqlite_sequence'");
        QVERIFY(stmt);
        while (stmt.value().next()) {
            const QString table = stmt.value().text(0);
            QVERIFY2(backup::mergedTables().contains(table) ||
                         backup::unmergedTables().contains(table),
                     qPrintable(table + QStringLiteral(" is in neither list in Backup.cpp")));
        }
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_backup_restore.moc"
