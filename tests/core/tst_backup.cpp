// Backups: a single file under its own passphrase that brings back everything, and refuses
// anything damaged, cut off, foreign or under the wrong passphrase without changing anything.
// Restoring into profiles and merging: tst_backup_restore.
#include "BackupFixture.h"
#include "Processes.h"
#include "backup/Backup.h"
#include "backup/BackupFormat.h"
#include "backup/BackupStream.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "storage/Migrations.h"
#include "sync/PairStore.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

#include <pwd.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dit;
using dit::test::kBackupPass;
using dit::test::kPass;
using dit::test::secret;

namespace {

// Where each part of a backup file starts (docs/SECURITY.md, "Backup file format").
struct Layout
{
    qsizetype streamHeader = 0;
    qsizetype firstMessage = 0;
    qsizetype check = 0;
    QList<qsizetype> chunks; // offsets of each later message's length field
};

Layout layoutOf(const QByteArray &file)
{
    Layout l;
    const quint32 headerLen = qFromBigEndian<quint32>(file.constData() + 10);
    l.streamHeader = 14 + qsizetype(headerLen);
    l.firstMessage = l.streamHeader + 24;
    l.check = l.firstMessage + 4 + qFromBigEndian<quint32>(file.constData() + l.firstMessage);
    for (qsizetype at = l.check + 32; at < file.size();
         at += 4 + qFromBigEndian<quint32>(file.constData() + at))
        l.chunks << at;
    return l;
}

} // namespace

class TestBackup : public test::BackupFixture
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripBringsBackEverything()
    {
        test::TempProfile t;
        fill(t, 300);
        const QString file = outPath(QStringLiteral("round.ditbackup"));
        auto made = makeBackup(t, file);
        QVERIFY2(made, qPrintable(made.error().message));
        QCOMPARE(made.value().manifest.schemaVersion, latestSchemaVersion());
        QCOMPARE(made.value().manifest.records, qint64(8 + 300));
        QCOMPARE(made.value().manifest.drafts, qint64(2));
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());

        auto verified = backup::verify(file, secret(kBackupPass), m_out.path());
        QVERIFY2(verified, qPrintable(verified.error().message));
        QCOMPARE(verified.value().manifest.records, made.value().manifest.records);

        const QString target = outPath(QStringLiteral("restored"));
        Profile p(target, m_clock);
        auto restored = backup::restoreAsNewProfile(
            p, file, secret(kBackupPass), secret("a new passphrase"), test::fastKdf(), m_clock);
        QVERIFY2(restored, qPrintable(restored.error().message));
        Store &s = *restored.value();
        QVERIFY(s.database().checkIntegrity(true));
        QCOMPARE(s.database().userVersion().value(), latestSchemaVersion());
        QCOMPARE(test::contentOf(s.database()), contentOfProfile(t.path(), kPass));
        for (const QString &kind : test::recordKinds())
            QVERIFY2(!s.records().list(kind).value().isEmpty(), qPrintable(kind));
        QCOMPARE(s.records().heads(QStringLiteral("letter")).value().size(), 1);
        QCOMPARE(s.settings().value(QStringLiteral("autolock_minutes")), QStringLiteral("10"));

        // Same person's profile, a new device.
        Profile original = t.profile();
        auto old = original.unlock(secret(kPass));
        QVERIFY(old);
        QCOMPARE(s.profileId(), old.value()->profileId());
        QCOMPARE(s.role(), old.value()->role());
        QVERIFY(s.deviceId() != old.value()->deviceId());
        QVERIFY(isValidId(s.deviceId()));
        QVERIFY(!s.databaseKey().equals(old.value()->databaseKey()));
        Meta meta(s.database());
        QCOMPARE(meta.value(QStringLiteral("restored_from_device")), old.value()->deviceId());
        QCOMPARE(meta.value(QStringLiteral("restored_at")), m_clock.now().toString(Qt::ISODate));
        // Records keep the device that made them.
        QCOMPARE(s.records().list(QStringLiteral("focus")).value().first().author,
                 old.value()->deviceId());

        // New records go on from here under the new device; the new passphrase opens it.
        QVERIFY(s.records().append(QStringLiteral("note"), {{QStringLiteral("text"), 1}}));
        restored.value().reset();
        QCOMPARE(p.inspect().state, Profile::State::Ready);
        QVERIFY(p.unlock(secret("a new passphrase")));
        QCOMPARE(p.unlock(secret(kPass)).error().code, ErrorCode::WrongPassphrase);
        // Only the profile's own files are left: no work files.
        QStringList files = QDir(target).entryList(QDir::Files | QDir::Hidden);
        files.removeAll(QStringLiteral("store.db-wal"));
        files.removeAll(QStringLiteral("store.db-shm"));
        files.removeAll(QStringLiteral("attempts"));
        QCOMPARE(files, (QStringList{QStringLiteral("key"), QStringLiteral("store.db")}));
    }

    void deviceBoundFactsStayWithTheOldDevice()
    {
        test::TempProfile t;
        {
            auto store = t.create(kPass);
            QVERIFY(
                Meta(store->database())
                    .set(QStringLiteral("device_signing_key"), QStringLiteral("old device only")));
            // Sync: the device's signing key and its pairs (keys, checkpoints) (H8).
            sync::PairStore pairs(*store);
            QVERIFY(pairs.deviceKey());
            QVERIFY(
                pairs.add(QStringLiteral("https://sync.example"), SecretBytes::random(32), {}, {}));
            QVERIFY(pairs.addDevice(pairs.pairs().value().first().id, newRandomId(),
                                    QByteArray(32, 'k'), Role::Therapist));
        }
        const QString file = outPath(QStringLiteral("device.ditbackup"));
        QVERIFY(makeBackup(t, file));
        Profile p(outPath(QStringLiteral("device-restored")), m_clock);
        auto restored = backup::restoreAsNewProfile(
            p, file, secret(kBackupPass), secret("new passphrase"), test::fastKdf(), m_clock);
        QVERIFY(restored);
        QCOMPARE(Meta(restored.value()->database()).value(QStringLiteral("device_signing_key")),
                 QString());
        // A restored device pairs again, with a signing key of its own.
        QCOMPARE(
            Meta(restored.value()->database()).value(QStringLiteral("device_sync_signing_key")),
            QString());
        sync::PairStore pairs(*restored.value());
        QVERIFY(pairs.pairs().value().isEmpty());
        auto count = restored.value()->database().prepare("SELECT count(*) FROM sync_devices");
        QVERIFY(count && count.value().next());
        QCOMPARE(count.value().integer(0), qint64(0));
    }

    // A backup reads one consistent state and takes no lock on the store: the app can be in
    // the middle of saving, and what it has not committed is not in the backup.
    // A store that cannot be written (a read-only store file or folder) opens for reading
    // with saving paused, and a backup of it to another folder works: it is the way out.
    // Nothing in the profile folder changes. Root writes anything, so as root (CI) the
    // backup runs in a child that has given up root for "nobody", who owns both folders.
    void backupFromAReadOnlyStoreOrFolder_data()
    {
        QTest::addColumn<bool>("readOnlyFolder");
        QTest::newRow("read-only store file") << false;
        QTest::newRow("read-only folder") << true;
    }
    void backupFromAReadOnlyStoreOrFolder()
    {
        QFETCH(bool, readOnlyFolder);
        test::TempProfile t;
        fill(t, 50);
        const bool asRoot = ::geteuid() == 0;
        const struct passwd *nobody = asRoot ? ::getpwnam("nobody") : nullptr;
        if (asRoot && !nobody)
            QSKIP("running as root and there is no user 'nobody' to give root up for");
        QTemporaryDir out;
        const QString file = out.filePath(QStringLiteral("from-read-only.ditbackup"));
        Profile p = t.profile();
        const auto own = [&](const QString &f) {
            return ::chown(QFile::encodeName(f).constData(), nobody->pw_uid, nobody->pw_gid) == 0;
        };
        if (asRoot) {
            QVERIFY(::chmod(QFile::encodeName(t.dir.path()).constData(), 0711) == 0);
            // The count of wrong passphrases too: one the person cannot read is a lost record,
            // and the full wait (docs/SECURITY.md).
            for (const QString &f : {t.path(), p.keyFilePath(), p.databasePath(),
                                     QString(t.path() + QStringLiteral("/attempts")), out.path()})
                QVERIFY(own(f));
        }
        const QString target = readOnlyFolder ? t.path() : p.databasePath();
        const QStringList filesBefore =
            QDir(t.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        const QByteArray storeBefore = test::readFile(p.databasePath());
        QVERIFY(::chmod(QFile::encodeName(target).constData(), readOnlyFolder ? 0500 : 0400) == 0);
        const int code = test::asUnprivileged(nobody, [&]() -> int {
            auto store = p.unlock(secret(kPass));
            if (!store)
                return 10;
            if (!store.value()->savingPaused())
                return 11;
            auto made = backup::create(p, store.value()->databaseKey(), file, secret(kBackupPass),
                                       test::fastKdf(), QStringLiteral("test"), m_clock);
            if (!made) {
                qWarning("%s", qPrintable(made.error().message));
                return 12;
            }
            return 0;
        });
        QVERIFY(::chmod(QFile::encodeName(target).constData(), readOnlyFolder ? 0700 : 0600) == 0);
        QCOMPARE(code, 0);
        QCOMPARE(QDir(t.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), filesBefore);
        QCOMPARE(test::readFile(p.databasePath()), storeBefore);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("from-read-only.ditbackup")});

        Profile restoredProfile(outPath(QStringLiteral("restored-") + newRandomId()), m_clock);
        auto restored =
            backup::restoreAsNewProfile(restoredProfile, file, secret(kBackupPass),
                                        secret("a new passphrase"), test::fastKdf(), m_clock);
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(test::contentOf(restored.value()->database()), contentOfProfile(t.path(), kPass));
    }

    void backupWhileTheAppIsWriting()
    {
        test::TempProfile t;
        fill(t);
        Profile p = t.profile();
        auto store = p.unlock(secret(kPass));
        QVERIFY(store);
        Database &db = store.value()->database();
        QVERIFY(db.exec("BEGIN IMMEDIATE;"));
        QVERIFY(
            store.value()->records().append(QStringLiteral("note"), {{QStringLiteral("text"), 1}}));
        QElapsedTimer timer;
        timer.start();
        const QString file = outPath(QStringLiteral("busy.ditbackup"));
        auto made = backup::create(p, store.value()->databaseKey(), file, secret(kBackupPass),
                                   test::fastKdf(), QStringLiteral("test"), m_clock);
        QVERIFY2(made, qPrintable(made.error().message));
        QVERIFY(timer.elapsed() < 4000); // did not wait for the app's transaction
        QCOMPARE(made.value().manifest.records, qint64(8));
        QVERIFY(db.exec("COMMIT;"));
    }

    void backupFileHoldsNoPlaintext()
    {
        test::TempProfile t;
        {
            auto store = t.create(kPass);
            test::addSampleContent(*store, QStringLiteral("MARKER-7f3a"));
        }
        const QString file = outPath(QStringLiteral("plain.ditbackup"));
        QVERIFY(makeBackup(t, file));
        const QByteArray bytes = test::readFile(file);
        QVERIFY(!bytes.contains("SQLite format 3"));
        for (const QByteArray &m : {QByteArray("MARKER-7f3a"), QByteArray("second best"),
                                    QByteArray("smash and grab"), QByteArray(kBackupPass)}) {
            QVERIFY2(!bytes.contains(m), m.constData());
            QVERIFY(!bytes.contains(m.toBase64().left(8)));
        }
        // The work database and the temporary file are gone.
        const QStringList left =
            QDir(t.path()).entryList({QStringLiteral(".work-*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
        QCOMPARE(
            QDir(m_out.path()).entryList({QStringLiteral(".plain*")}, QDir::Hidden | QDir::Files),
            QStringList());
    }

    void wrongPassphraseIsSaidPlainlyAndChangesNothing()
    {
        test::TempProfile t;
        fill(t);
        const QString file = outPath(QStringLiteral("wrong.ditbackup"));
        QVERIFY(makeBackup(t, file));
        const QByteArray before = test::fileDigest(file);
        auto v = backup::verify(file, secret("not the backup passphrase"), m_out.path());
        QCOMPARE(v.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(v.error().message.contains(QStringLiteral("not the passphrase")));
        expectRestoreRefused(file, ErrorCode::WrongPassphrase, "not the backup passphrase");
        QCOMPARE(test::fileDigest(file), before);
    }

    void everyDamagedPartIsRefused_data()
    {
        QTest::addColumn<QString>("part");
        for (const char *p : {"magic", "version", "header", "stream header", "first message",
                              "check", "first chunk", "middle chunk", "last chunk", "last length"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void everyDamagedPartIsRefused()
    {
        QFETCH(QString, part);
        static test::TempProfile t;
        static const QString file = outPath(QStringLiteral("damage-source.ditbackup"));
        if (!QFile::exists(file)) {
            fill(t, 300);
            QVERIFY(makeBackup(t, file));
        }
        QByteArray bytes = test::readFile(file);
        const Layout l = layoutOf(bytes);
        QVERIFY(l.chunks.size() >= 4);
        const QHash<QString, qsizetype> at = {
            {QStringLiteral("magic"), 3},
            {QStringLiteral("version"), 9},
            {QStringLiteral("header"), 20},
            {QStringLiteral("stream header"), l.streamHeader + 5},
            {QStringLiteral("first message"), l.firstMessage + 30},
            {QStringLiteral("check"), l.check + 7},
            {QStringLiteral("first chunk"), l.chunks.first() + 100},
            {QStringLiteral("middle chunk"), l.chunks.at(2) + 1000},
            {QStringLiteral("last chunk"), bytes.size() - 3},
            {QStringLiteral("last length"), l.chunks.last() + 3}};
        bytes[at.value(part)] = char(bytes.at(at.value(part)) ^ 0x04);
        const QString damaged = outPath(QStringLiteral("damaged.ditbackup"));
        test::writeFile(damaged, bytes);
        // A changed version number reads as "made by a newer version": it cannot be told apart.
        const ErrorCode expected =
            part == QStringLiteral("magic") || part == QStringLiteral("version")
                ? ErrorCode::BadInput
                : ErrorCode::Damaged;
        auto v = backup::verify(damaged, secret(kBackupPass), m_out.path());
        QVERIFY(!v);
        QCOMPARE(v.error().code, expected);
        expectRestoreRefused(damaged, expected);
    }

    void cutOffOrExtendedFilesAreRefused_data()
    {
        QTest::addColumn<int>("keep"); // bytes kept; negative: bytes appended
        QTest::newRow("empty") << 0;
        QTest::newRow("inside the magic") << 5;
        QTest::newRow("inside the header") << 30;
        QTest::newRow("after the check") << -1000; // placeholder, computed below
        QTest::newRow("half") << -2000;
        QTest::newRow("one byte short") << -3000;
        QTest::newRow("one byte more") << -4000;
        QTest::newRow("a copy appended") << -5000;
    }

    void cutOffOrExtendedFilesAreRefused()
    {
        QFETCH(int, keep);
        static test::TempProfile t;
        static const QString file = outPath(QStringLiteral("cut-source.ditbackup"));
        if (!QFile::exists(file)) {
            fill(t, 150);
            QVERIFY(makeBackup(t, file));
        }
        const QByteArray full = test::readFile(file);
        const Layout l = layoutOf(full);
        QByteArray bytes;
        switch (keep) {
        case -1000:
            bytes = full.left(l.check + 32);
            break;
        case -2000:
            bytes = full.left(full.size() / 2);
            break;
        case -3000:
            bytes = full.left(full.size() - 1);
            break;
        case -4000:
            bytes = full + '\0';
            break;
        case -5000:
            bytes = full + full;
            break;
        default:
            bytes = full.left(keep);
        }
        const QString cut = outPath(QStringLiteral("cut.ditbackup"));
        test::writeFile(cut, bytes);
        auto v = backup::verify(cut, secret(kBackupPass), m_out.path());
        QVERIFY(!v);
        const ErrorCode expected = keep >= 0 && keep < 8 ? ErrorCode::BadInput : ErrorCode::Damaged;
        QCOMPARE(v.error().code, expected);
        if (expected == ErrorCode::Damaged && keep != 30)
            QVERIFY2(v.error().message.contains(QStringLiteral("cut off")) ||
                         v.error().message.contains(QStringLiteral("after its end")),
                     qPrintable(v.error().message));
        expectRestoreRefused(cut, expected);
    }

    void reorderedOrDroppedChunksAreRefused()
    {
        test::TempProfile t;
        fill(t, 300);
        const QString file = outPath(QStringLiteral("order.ditbackup"));
        QVERIFY(makeBackup(t, file));
        const QByteArray full = test::readFile(file);
        const Layout l = layoutOf(full);
        QVERIFY(l.chunks.size() >= 4);
        const auto chunk = [&](int i) {
            const qsizetype end = i + 1 < l.chunks.size() ? l.chunks.at(i + 1) : full.size();
            return full.mid(l.chunks.at(i), end - l.chunks.at(i));
        };
        // Swap chunks 1 and 2 (same length), and drop chunk 1.
        QByteArray swapped =
            full.left(l.chunks.at(1)) + chunk(2) + chunk(1) + full.mid(l.chunks.at(3));
        QByteArray dropped = full.left(l.chunks.at(1)) + full.mid(l.chunks.at(2));
        for (const QByteArray &bytes : {swapped, dropped}) {
            const QString f = outPath(QStringLiteral("reordered.ditbackup"));
            test::writeFile(f, bytes);
            auto v = backup::verify(f, secret(kBackupPass), m_out.path());
            QCOMPARE(v.error().code, ErrorCode::Damaged);
        }
    }

    // Someone who edits the header to weaker parameters and fixes the check still cannot
    // make the file open: the header is the associated data of every message.
    void headerIsBoundToTheContents()
    {
        test::TempProfile t;
        fill(t);
        const QString file = outPath(QStringLiteral("bound.ditbackup"));
        QVERIFY(makeBackup(t, file));
        QByteArray bytes = test::readFile(file);
        const Layout l = layoutOf(bytes);
        const QByteArray header = bytes.mid(14, l.streamHeader - 14);
        QJsonObject o = QJsonDocument::fromJson(header).object();
        o.insert(QStringLiteral("chunk"), 99999);
        const QByteArray edited = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QCOMPARE(edited.size(), header.size()); // same length as 65536: the layout holds
        bytes.replace(14, header.size(), edited);
        // Recompute the unkeyed check as an attacker could.
        unsigned char h[32];
        crypto_generichash(h, 32, reinterpret_cast<const unsigned char *>(bytes.constData()),
                           static_cast<unsigned long long>(l.check), nullptr, 0);
        bytes.replace(l.check, 32, QByteArray(reinterpret_cast<const char *>(h), 32));
        const QString f = outPath(QStringLiteral("bound-edited.ditbackup"));
        test::writeFile(f, bytes);
        auto v = backup::verify(f, secret(kBackupPass), m_out.path());
        QVERIFY(!v);
        QCOMPARE(v.error().code, ErrorCode::WrongPassphrase);
    }

    // A crafted header asking for more than the app ever uses (the old ceiling, 1 GiB and
    // 20 passes) is refused as damaged when the header is read: before the passphrase is
    // derived, so before the memory is asked for.
    void headerAskingForMoreMemoryThanTheAppUsesIsRefused()
    {
        test::TempProfile t;
        fill(t);
        const QString file = outPath(QStringLiteral("greedy.ditbackup"));
        QVERIFY(makeBackup(t, file));
        QByteArray bytes = test::readFile(file);
        const Layout l = layoutOf(bytes);
        const QByteArray header = bytes.mid(14, l.streamHeader - 14);
        QJsonObject o = QJsonDocument::fromJson(header).object();
        QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        kdf.insert(QStringLiteral("ops"), QStringLiteral("20"));
        kdf.insert(QStringLiteral("mem"), QStringLiteral("1073741824"));
        o.insert(QStringLiteral("kdf"), kdf);
        const QByteArray edited = QJsonDocument(o).toJson(QJsonDocument::Compact);
        bytes.replace(14, header.size(), edited);
        const quint32 length = qToBigEndian(quint32(edited.size()));
        bytes.replace(10, 4, QByteArray(reinterpret_cast<const char *>(&length), 4));
        // The unkeyed check, recomputed as an attacker could.
        const qsizetype check = l.check + (edited.size() - header.size());
        unsigned char h[32];
        crypto_generichash(h, 32, reinterpret_cast<const unsigned char *>(bytes.constData()),
                           static_cast<unsigned long long>(check), nullptr, 0);
        bytes.replace(check, 32, QByteArray(reinterpret_cast<const char *>(h), 32));
        const QString f = outPath(QStringLiteral("greedy-edited.ditbackup"));
        test::writeFile(f, bytes);
        auto v = backup::verify(f, secret(kBackupPass), m_out.path());
        QVERIFY(!v);
        QCOMPARE(v.error().code, ErrorCode::Damaged);
        QVERIFY2(v.error().message.contains(QStringLiteral("key parameters")),
                 qPrintable(v.error().message));
        expectRestoreRefused(f, ErrorCode::Damaged);
    }

    void foreignFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("text") << QByteArray("my notes\n");
        QTest::newRow("sqlite") << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0');
        QByteArray random(5000, Qt::Uninitialized);
        randombytes_buf(random.data(), size_t(random.size()));
        random[0] = 'x';
        QTest::newRow("random") << random;
    }

    void foreignFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const QString f = outPath(QStringLiteral("foreign.ditbackup"));
        test::writeFile(f, bytes);
        auto v = backup::verify(f, secret(kBackupPass), m_out.path());
        QCOMPARE(v.error().code, ErrorCode::BadInput);
        QVERIFY(v.error().message.contains(QStringLiteral("not a DIT Companion backup")));
        expectRestoreRefused(f, ErrorCode::BadInput);
    }

    void missingFileIsNotFound()
    {
        expectRestoreRefused(outPath(QStringLiteral("none.ditbackup")), ErrorCode::NotFound);
    }

    void pipeOrDeviceIsRefusedWithoutWaiting()
    {
        const QString pipe = outPath(QStringLiteral("pipe.ditbackup"));
        QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
        expectRestoreRefused(pipe, ErrorCode::BadInput);
        const QString zero = outPath(QStringLiteral("zero.ditbackup"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        expectRestoreRefused(zero, ErrorCode::BadInput);
        QFile::remove(pipe);
        QFile::remove(zero);
    }

    void destinationRules()
    {
        test::TempProfile t;
        fill(t);
        const QString file = outPath(QStringLiteral("rules.ditbackup"));
        test::writeFile(file, "an older backup");
        auto r = makeBackup(t, file);
        QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::readFile(file), QByteArray("an older backup"));
        QCOMPARE(makeBackup(t, t.path() + QStringLiteral("/inside.ditbackup")).error().code,
                 ErrorCode::BadInput);
        QCOMPARE(makeBackup(t, outPath(QStringLiteral("no/such/folder/x.ditbackup"))).error().code,
                 ErrorCode::BadInput);
        backup::CreateOptions replace;
        replace.replace = true;
        QVERIFY(makeBackup(t, file, replace));
        QVERIFY(backup::verify(file, secret(kBackupPass), m_out.path()));
    }

    // A write stopped at any step (as a kill would) leaves the old backup whole until the
    // new one is complete.
    void interruptedWriteKeepsTheOldBackup_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("newInPlace");
        QTest::newRow("created") << int(WriteStep::TempCreated) << false;
        QTest::newRow("written") << int(WriteStep::TempWritten) << false;
        QTest::newRow("synced") << int(WriteStep::TempSynced) << false;
        QTest::newRow("renamed") << int(WriteStep::Renamed) << true;
        QTest::newRow("folder synced") << int(WriteStep::DirectorySynced) << true;
    }

    void interruptedWriteKeepsTheOldBackup()
    {
        QFETCH(int, step);
        QFETCH(bool, newInPlace);
        test::TempProfile t;
        fill(t);
        const QString file = outPath(QStringLiteral("interrupted.ditbackup"));
        QFile::remove(file);
        QVERIFY(makeBackup(t, file));
        const QByteArray old = test::readFile(file);
        backup::CreateOptions o;
        o.replace = true;
        o.fault = [step](WriteStep s) {
            return int(s) != step;
        };
        QVERIFY(!makeBackup(t, file, o));
        QCOMPARE(test::readFile(file) == old, !newInPlace);
        QVERIFY(backup::verify(file, secret(kBackupPass), m_out.path()));
    }

    // What a killed backup left is cleaned at the next start (docs/ARCHITECTURE.md,
    // "Leftovers of a killed backup"): the work copy in the profile and the temporary beside
    // the destination, when older than this process and unmistakably ours; nothing else.
    void leftoversOfAKilledBackupAreRemoved()
    {
        test::TempProfile t;
        fill(t);
        QDir out(outPath(QStringLiteral("leftovers")));
        QVERIFY(out.mkpath(QStringLiteral(".")));
        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QDateTime before = processStarted().addSecs(-2);
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(120);
        const QByteArray magic(backup::kMagic, sizeof backup::kMagic);
        const auto plant = [](const QString &path, const QByteArray &data, const QDateTime &when) {
            test::writeFile(path, data);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
        };
        const QString killed = out.filePath(QStringLiteral(".old.ditbackup.tmp-") + id);
        const QString empty = out.filePath(QStringLiteral(".x.ditbackup.tmp-") + id);
        const QString foreign = out.filePath(QStringLiteral(".notes.txt.tmp-") + id);
        const QString running = out.filePath(QStringLiteral(".new.ditbackup.tmp-") + id);
        const QString oddName = out.filePath(QStringLiteral(".old.ditbackup.tmp-mine"));
        plant(killed, magic + QByteArray(5000, 'x'), before);
        plant(empty, {}, before);
        plant(foreign, "someone else's words", before);
        plant(running, magic, after);
        plant(oddName, magic, before);
        const QString work = t.path() + QStringLiteral("/.work-backup-") + id + ".db";
        const QString liveWork = t.path() + QStringLiteral("/.work-backup-1") + id + ".db";
        plant(work, QByteArray(4096, 'w'), before); // minutes old, not an hour
        plant(liveWork, QByteArray(4096, 'w'), after);
        // The work copy of a store that could not be written, made beside the destination.
        const QString killedCopy = out.filePath(QStringLiteral(".old.ditbackup.work-") + id);
        const QString killedJournal = killedCopy + QStringLiteral("-journal");
        const QString liveCopy = out.filePath(QStringLiteral(".new.ditbackup.work-") + id);
        const QString notACopy = out.filePath(QStringLiteral(".old.ditbackup.work-mine"));
        plant(killedCopy, QByteArray(4096, 'c'), before);
        plant(killedJournal, QByteArray(512, 'j'), before);
        plant(liveCopy, QByteArray(4096, 'c'), after);
        plant(notACopy, QByteArray(4096, 'c'), before);

        QVERIFY(makeBackup(t, out.filePath(QStringLiteral("next.ditbackup"))));
        QVERIFY(!QFile::exists(killed));
        QVERIFY(!QFile::exists(empty));
        QVERIFY(!QFile::exists(work));
        QVERIFY(QFile::exists(foreign));
        QVERIFY(QFile::exists(running));
        QVERIFY(QFile::exists(oddName));
        QVERIFY(QFile::exists(liveWork));
        QVERIFY(!QFile::exists(killedCopy));
        QVERIFY(!QFile::exists(killedJournal));
        QVERIFY(QFile::exists(liveCopy));
        QVERIFY(QFile::exists(notACopy));
        QCOMPARE(test::readFile(foreign), QByteArray("someone else's words"));
    }

    void streamReaderTakesABufferAndAKey()
    {
        // The fuzz target's path: the reader works on any QIODevice with a known key.
        QBuffer empty;
        empty.open(QIODevice::ReadOnly);
        auto r = backup::readStream(
            empty,
            [](const backup::Header &) { return Result<SecretBytes>(SecretBytes::random(32)); },
            nullptr);
        QCOMPARE(r.error().code, ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
