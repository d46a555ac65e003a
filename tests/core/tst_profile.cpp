// Creating, unlocking and failing to unlock a profile. Every failure must leave the files
// exactly as they were and say plainly what is wrong.
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

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenUnlock()
    {
        test::TempProfile t;
        QCOMPARE(t.profile().inspect().state, Profile::State::Missing);
        {
            auto store = t.create("correct horse battery", Role::Therapist);
            QCOMPARE(store->role(), Role::Therapist);
            QVERIFY(!store->profileId().isEmpty());
            QVERIFY(store->deviceId() != store->profileId());
        }
        QCOMPARE(t.profile().inspect().state, Profile::State::Ready);
        Profile p = t.profile();
        auto store = p.unlock(secret("correct horse battery"));
        QVERIFY2(store, qPrintable(store.error().message));
        QCOMPARE(store.value()->role(), Role::Therapist);
        QCOMPARE(store.value()->database().userVersion().value(), latestSchemaVersion());
        // Files are private to the user.
        QCOMPARE(QFile::permissions(p.databasePath()) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QCOMPARE(QFile::permissions(p.keyFilePath()) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void createRefusesToReplaceAnExistingProfile()
    {
        test::TempProfile t;
        t.create();
        const auto before = test::folderDigests(t.path());
        Profile p = t.profile();
        auto again = p.create(secret("another passphrase"), Role::Patient, test::fastKdf());
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::folderDigests(t.path()), before);
    }

    void missingKeyFileIsReportedNotReplaced()
    {
        test::TempProfile t;
        t.create();
        Profile p = t.profile();
        QVERIFY(QFile::remove(p.keyFilePath()));
        const auto before = test::folderDigests(t.path());
        const auto found = p.inspect();
        QCOMPARE(found.state, Profile::State::Damaged);
        QVERIFY(found.problem.contains(QStringLiteral("key file is missing")));
        QCOMPARE(p.unlock(secret("correct horse battery")).error().code, ErrorCode::Damaged);
        // Creating a new profile over it is refused.
        QCOMPARE(
            p.create(secret("correct horse battery"), Role::Patient, test::fastKdf()).error().code,
            ErrorCode::AlreadyExists);
        QCOMPARE(test::folderDigests(t.path()), before);
    }

    void missingStoreIsReportedNotReplaced()
    {
        test::TempProfile t;
        t.create();
        Profile p = t.profile();
        QVERIFY(QFile::remove(p.databasePath()));
        QCOMPARE(p.inspect().state, Profile::State::Damaged);
        QVERIFY(p.inspect().problem.contains(QStringLiteral("data store file is missing")));
        QCOMPARE(p.unlock(secret("correct horse battery")).error().code, ErrorCode::Damaged);
        QVERIFY(!QFile::exists(p.databasePath()));
    }

    void truncatedKeyFileIsDamage()
    {
        test::TempProfile t;
        t.create();
        Profile p = t.profile();
        const QByteArray key = test::readFile(p.keyFilePath());
        test::writeFile(p.keyFilePath(), key.left(key.size() / 2));
        QCOMPARE(p.inspect().state, Profile::State::Damaged);
        QVERIFY(p.inspect().problem.contains(QStringLiteral("key file is damaged")));
        QCOMPARE(p.unlock(secret("correct horse battery")).error().code, ErrorCode::Damaged);
        QCOMPARE(test::readFile(p.keyFilePath()), key.left(key.size() / 2));
    }

    void truncatedStoreIsDamage_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("empty") << 0.0;
        QTest::newRow("first page only") << -1.0;
        QTest::newRow("half") << 0.5;
    }

    void truncatedStoreIsDamage()
    {
        QFETCH(double, keep);
        test::TempProfile t;
        {
            auto store = t.create();
            // Enough data that the store spans many pages.
            for (int i = 0; i < 200; ++i)
                QVERIFY(store->records().append(
                    QStringLiteral("note"),
                    {{QStringLiteral("text"), QString(300, QLatin1Char('x'))}}));
            QVERIFY(store->database().checkpoint());
        }
        Profile p = t.profile();
        const QByteArray full = test::readFile(p.databasePath());
        QVERIFY(full.size() > 20 * 1024);
        const qsizetype len = keep < 0 ? 1024 : qsizetype(full.size() * keep);
        test::writeFile(p.databasePath(), full.left(len));
        auto store = p.unlock(secret("correct horse battery"));
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Damaged);
        QCOMPARE(test::readFile(p.databasePath()), full.left(len)); // never overwritten
    }

    void flippedBytesInStoreAreDamage()
    {
        test::TempProfile t;
        {
            auto store = t.create();
            QVERIFY(store->database().checkpoint());
        }
        Profile p = t.profile();
        QByteArray bytes = test::readFile(p.databasePath());
        bytes[100] = char(bytes[100] ^ 0xff); // inside page 1, covered by its HMAC
        test::writeFile(p.databasePath(), bytes);
        auto store = p.unlock(secret("correct horse battery"));
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Damaged);
        QCOMPARE(test::readFile(p.databasePath()), bytes);
    }

    void keyFileFromAnotherProfileIsDamage()
    {
        test::TempProfile a;
        test::TempProfile b;
        a.create("same passphrase here");
        b.create("same passphrase here");
        Profile pa = a.profile();
        Profile pb = b.profile();
        QVERIFY(QFile::remove(pa.keyFilePath()));
        QVERIFY(QFile::copy(pb.keyFilePath(), pa.keyFilePath()));
        // The count beside it is not the key file's profile's: a lost record, so the full
        // wait comes first (docs/SECURITY.md), then the mismatch is found.
        QCOMPARE(pa.unlock(secret("same passphrase here")).error().code, ErrorCode::LockedOut);
        a.clock.advanceSeconds(UnlockThrottle::longestWait());
        auto store = pa.unlock(secret("same passphrase here"));
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Damaged);
        QVERIFY(store.error().message.contains(QStringLiteral("does not match its key file")));
    }

    void unencryptedStoreIsRefused()
    {
        test::TempProfile t;
        t.create();
        Profile p = t.profile();
        QVERIFY(QFile::remove(p.databasePath()));
        {
            auto plain = Database::open(p.databasePath(), SecretBytes(), Database::Mode::CreateNew);
            QVERIFY(plain);
            QVERIFY(plain.value()->exec("CREATE TABLE t(x);"));
        }
        auto store = p.unlock(secret("correct horse battery"));
        QCOMPARE(store.error().code, ErrorCode::Damaged);
        QVERIFY(store.error().message.contains(QStringLiteral("not encrypted")));
    }

    // Damage anywhere in the store, not only its first page, is found before anything is
    // written, and the folder is left exactly as found (no WAL or index made by looking).
    void flippedBytesAnywhereInTheStoreAreDamage_data()
    {
        QTest::addColumn<double>("where"); // fraction of the file
        QTest::newRow("page 2") << -2.0;
        QTest::newRow("a quarter in") << 0.25;
        QTest::newRow("middle") << 0.5;
        QTest::newRow("last page") << 0.999;
    }

    void flippedBytesAnywhereInTheStoreAreDamage()
    {
        QFETCH(double, where);
        test::TempProfile t;
        {
            auto store = t.create();
            test::addSampleContent(*store);
            test::addBulk(*store, 200);
            QVERIFY(store->database().checkpoint());
        }
        Profile p = t.profile();
        QByteArray bytes = test::readFile(p.databasePath());
        const qsizetype at = where < 0 ? 1024 + 200 : qsizetype(bytes.size() * where);
        bytes[at] = char(bytes.at(at) ^ 0x20);
        test::writeFile(p.databasePath(), bytes);
        auto before = test::folderDigests(t.path());
        auto store = p.unlock(secret("correct horse battery"));
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Damaged);
        QVERIFY2(store.error().message.contains(QStringLiteral("backup")),
                 qPrintable(store.error().message));
        auto after = test::folderDigests(t.path());
        after.remove(QStringLiteral("attempts"));
        before.remove(QStringLiteral("attempts"));
        QCOMPARE(after, before);
    }

    // Every single-bit change to the key file is reported as damage: never as a wrong
    // passphrase (which would send the person round in circles), never opened.
    void everyBitFlipInTheKeyFileIsDamage()
    {
        test::TempProfile t;
        t.create();
        Profile p = t.profile();
        const QByteArray key = test::readFile(p.keyFilePath());
        int damaged = 0;
        for (qsizetype i = 0; i < key.size(); ++i) {
            QByteArray bytes = key;
            bytes[i] = char(bytes.at(i) ^ 0x01);
            auto parsed = KeyFile::parse(bytes);
            if (parsed) {
                // Only a change JSON ignores may still parse; it must still be the same key.
                QCOMPARE(parsed.value().serialize(), KeyFile::parse(key).value().serialize());
                continue;
            }
            QCOMPARE(parsed.error().code, ErrorCode::Damaged);
            ++damaged;
        }
        QVERIFY(damaged > key.size() * 9 / 10);
        // And through the profile, for one of them:
        QByteArray bytes = key;
        bytes[key.indexOf("wrapped") + 12] ^= 0x01;
        test::writeFile(p.keyFilePath(), bytes);
        QCOMPARE(p.inspect().state, Profile::State::Damaged);
        QCOMPARE(p.unlock(secret("correct horse battery")).error().code, ErrorCode::Damaged);
        QCOMPARE(test::readFile(p.keyFilePath()), bytes);
    }

    // A WAL from an earlier state put back beside a store that has moved on would silently
    // bring the old state back and, at the next checkpoint, overwrite what came after.
    void staleWalIsDamageAndNeverCheckpointed()
    {
        test::TempProfile t;
        Profile p = t.profile();
        const QString wal = p.databasePath() + QStringLiteral("-wal");
        QByteArray staleWal;
        {
            auto store = t.create();
            test::addSampleContent(*store);
            QVERIFY(store->database().checkpoint());
            test::addBulk(*store, 20);
            staleWal = test::readFile(wal); // what a copy of the folder taken now would hold
            QVERIFY(staleWal.size() > 4096);
            test::addBulk(*store, 400); // the store grows on
        }
        QVERIFY(!QFile::exists(wal)); // a clean close folds the WAL in and removes it
        test::writeFile(wal, staleWal);
        const auto before = test::folderDigests(t.path());
        auto store = p.unlock(secret("correct horse battery"));
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Damaged);
        QVERIFY2(store.error().message.contains(QStringLiteral("older than the store")),
                 qPrintable(store.error().message));
        auto after = test::folderDigests(t.path());
        after.remove(QStringLiteral("attempts"));
        after.remove(QStringLiteral("store.db-shm")); // SQLite's index, rebuilt from the WAL
        auto expected = before;
        expected.remove(QStringLiteral("store.db-shm"));
        expected.remove(QStringLiteral("attempts"));
        QCOMPARE(after, expected); // the store and the WAL are untouched

        // Taking the stale WAL away (as a person helping might) brings everything back.
        QVERIFY(QFile::remove(wal));
        QFile::remove(p.databasePath() + QStringLiteral("-shm"));
        auto reopened = p.unlock(secret("correct horse battery"));
        QVERIFY2(reopened, qPrintable(reopened.error().message));
        QCOMPARE(reopened.value()->records().list(QStringLiteral("note")).value().size(), 420 + 1);
    }

    // After a crash the WAL holds committed work: it is kept and used, not mistaken for damage.
    void walLeftByACrashIsRecovered()
    {
        test::TempProfile t;
        Profile p = t.profile();
        QTemporaryDir image;
        {
            auto store = t.create();
            test::addBulk(*store, 50);
            QVERIFY(store->database().checkpoint());
            test::addBulk(*store, 300); // only in the WAL
            // The folder as a kill at this moment leaves it.
            for (const QString &name : QDir(t.path()).entryList(QDir::Files | QDir::Hidden))
                QVERIFY(QFile::copy(t.path() + QLatin1Char('/') + name, image.filePath(name)));
        }
        Profile crashed(image.path(), t.clock);
        auto store = crashed.unlock(secret("correct horse battery"));
        QVERIFY2(store, qPrintable(store.error().message));
        QCOMPARE(store.value()->records().list(QStringLiteral("note")).value().size(), 350);
    }

    // Another process committing (and checkpointing) while a check reads: the check sees one
    // snapshot, so a sound store is never called cut off or older than its journal.
    void checkIsConsistentBesideACommittingWriter_data()
    {
        QTest::addColumn<Profile::CheckStep>("step");
        QTest::addColumn<bool>("checkpoint");
        QTest::newRow("commit before the page count") << Profile::CheckStep::Began << false;
        QTest::newRow("commit and checkpoint after it") << Profile::CheckStep::PagesCounted << true;
    }
    void checkIsConsistentBesideACommittingWriter()
    {
        QFETCH(Profile::CheckStep, step);
        QFETCH(bool, checkpoint);
        test::TempProfile t;
        auto writer = t.create();
        test::addBulk(*writer, 20);
        QVERIFY(writer->database().checkpoint()); // an empty WAL: the file alone is the store
        Profile p = t.profile();
        int commits = 0;
        p.setCheckHookForTests([&](Profile::CheckStep at) {
            if (at != step)
                return;
            test::addBulk(*writer, 80);
            if (checkpoint)
                QVERIFY(writer->database().exec("PRAGMA wal_checkpoint(PASSIVE);"));
            ++commits;
        });
        const Status checked = p.checkReadOnly(secret("correct horse battery"));
        QCOMPARE(commits, 1);
        QVERIFY2(checked, qPrintable(checked.error().message));
        QVERIFY(p.unlock(secret("correct horse battery")));
    }

    void damagedProfileCanBeSetAsideUntouched()
    {
        test::TempProfile t;
        t.create();
        Profile p = t.profile();
        test::writeFile(p.keyFilePath(), "{ not a key file");
        const auto before = test::folderDigests(t.path());
        auto moved = p.setAside();
        QVERIFY2(moved, qPrintable(moved.error().message));
        QVERIFY(moved.value().startsWith(t.path() + QStringLiteral(".set-aside-20260302-")));
        QCOMPARE(test::folderDigests(moved.value()), before);
        QCOMPARE(p.inspect().state, Profile::State::Missing);
        // A second one the same second gets its own name.
        QVERIFY(t.create());
        test::writeFile(p.keyFilePath(), "{ not a key file");
        auto second = p.setAside();
        QVERIFY(second);
        QVERIFY(second.value() != moved.value());
        QCOMPARE(Profile(t.path() + QStringLiteral("x"), t.clock).setAside().error().code,
                 ErrorCode::NotFound);
    }

    void interruptedCreationIsClearedAndRetried()
    {
        test::TempProfile t;
        QDir().mkpath(t.path());
        // What a kill after the store was made but before the key file was committed leaves.
        test::writeFile(t.path() + QStringLiteral("/creating"), "1");
        test::writeFile(t.path() + QStringLiteral("/store.db"), QByteArray(4096, '\x5a'));
        QCOMPARE(t.profile().inspect().state, Profile::State::Missing);
        auto store = t.create();
        QVERIFY(store);
        QVERIFY(!QFile::exists(t.path() + QStringLiteral("/creating")));
    }

    // A kill after the key file was written but before the marker went, then the key file lost:
    // the store is a person's data, so it is reported damaged and never replaced.
    void lostKeyBesideAStaleMarkerIsNeverReplaced()
    {
        test::TempProfile t;
        QVERIFY(t.create());
        test::writeFile(t.path() + QStringLiteral("/creating"), "committing");
        QVERIFY(QFile::remove(t.profile().keyFilePath()));
        const auto before = test::folderDigests(t.path());
        const auto found = t.profile().inspect();
        QCOMPARE(found.state, Profile::State::Damaged);
        QVERIFY(found.problem.contains(QStringLiteral("key file is missing")));
        Profile p = t.profile();
        auto again = p.create(secret("another passphrase"), Role::Patient, test::fastKdf());
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::folderDigests(t.path()), before);
    }

    // A folder that cannot be looked into may hold a profile: creation leaves it as it is.
    // Root reads any folder, so as root (CI) the attempt runs in a child process that has
    // given up root for the unprivileged user "nobody", who owns the profile folder.
    void unreadableFolderIsNeverCreatedIn()
    {
        test::TempProfile t;
        QVERIFY(t.create());
        const bool asRoot = ::geteuid() == 0;
        const struct passwd *nobody = asRoot ? ::getpwnam("nobody") : nullptr;
        if (asRoot && !nobody)
            QSKIP("running as root and there is no user 'nobody' to give root up for");
        if (asRoot) {
            // "nobody" may pass through the temporary folder and owns the profile folder.
            QVERIFY(::chmod(QFile::encodeName(t.dir.path()).constData(), 0711) == 0);
            QVERIFY(::chown(QFile::encodeName(t.path()).constData(), nobody->pw_uid,
                            nobody->pw_gid) == 0);
        }
        QVERIFY(QFile::setPermissions(t.path(), QFileDevice::WriteOwner));
        bool markerWritten = false;
        const int code = test::asUnprivileged(nobody, [&] {
            Profile p = t.profile();
            auto again = p.create(secret("another passphrase"), Role::Patient, test::fastKdf());
            return again ? 101 : int(again.error().code);
        });
        QVERIFY2(code != test::kCouldNotGiveUpRoot, "could not give up root");
        QVERIFY(QFile::setPermissions(t.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner));
        markerWritten = QFile::exists(t.path() + QStringLiteral("/creating"));
        QCOMPARE(code, int(ErrorCode::Io));
        QVERIFY(!markerWritten);
        QVERIFY(t.profile().unlock(secret("correct horse battery")));
    }

    // The profile's own small files are read like the key: a named pipe or a link put in
    // their place neither hangs the start nor is written through.
    void attemptsAndHandedOverAreReadAsRegularFilesOnly()
    {
        test::TempProfile t;
        QVERIFY(t.create());
        const QString attempts = t.path() + QStringLiteral("/attempts");
        const QString handed =
            t.path() + QLatin1Char('/') + QString::fromLatin1(handedover::kFileName);
        QVERIFY(QFile::remove(attempts)); // kept from the creation, at nothing counted
        QVERIFY(::mkfifo(QFile::encodeName(attempts).constData(), 0600) == 0);
        QVERIFY(::mkfifo(QFile::encodeName(handed).constData(), 0600) == 0);
        Profile p = t.profile();
        // No hang on the pipe; not a count, it is a lost record: the full wait, written in a
        // regular file that replaces the pipe.
        QCOMPARE(p.secondsUntilNextAttempt(), UnlockThrottle::longestWait());
        QVERIFY(QFileInfo(attempts).isFile());
        QVERIFY(handedover::active(t.path()));
        QCOMPARE(handedover::patientId(t.path()), QStringLiteral("?")); // still handed over
        t.clock.advanceSeconds(UnlockThrottle::longestWait());
        QCOMPARE(p.unlock(secret("wrong passphrase")).error().code, ErrorCode::WrongPassphrase);
        QVERIFY(handedover::end(t.path()));
        QVERIFY(!handedover::active(t.path()));

        // A link in the attempts file's place is replaced, its target left as it was.
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("target"));
        test::writeFile(target, "keep me");
        QVERIFY(QFile::remove(attempts));
        QVERIFY(QFile::link(target, attempts));
        QCOMPARE(p.unlock(secret("wrong passphrase")).error().code, ErrorCode::LockedOut);
        QCOMPARE(test::readFile(target), QByteArray("keep me"));
        QVERIFY(!QFileInfo(attempts).isSymLink());
        // A link to nothing in the hand-over marker's place still means handed over.
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("none")), handed));
        QVERIFY(handedover::active(t.path()));
        QVERIFY(handedover::end(t.path()));
        QVERIFY(!handedover::active(t.path()));
    }

    // A store or folder that cannot be written is opened for reading, with saving paused,
    // and leaves no empty -wal or -shm behind. Root writes anything, so as root (CI) the
    // unlock runs in a child that has given up root for "nobody", who owns the folder.
    void unwritableStoreOrFolderOpensForReading_data()
    {
        QTest::addColumn<bool>("readOnlyFolder");
        QTest::newRow("read-only store file") << false;
        QTest::newRow("read-only folder") << true;
    }
    void unwritableStoreOrFolderOpensForReading()
    {
        QFETCH(bool, readOnlyFolder);
        test::TempProfile t;
        {
            auto store = t.create();
            QVERIFY(store->records().append(QStringLiteral("note"), {{QStringLiteral("t"), 1}}));
        }
        const bool asRoot = ::geteuid() == 0;
        const struct passwd *nobody = asRoot ? ::getpwnam("nobody") : nullptr;
        if (asRoot && !nobody)
            QSKIP("running as root and there is no user 'nobody' to give root up for");
        Profile p = t.profile();
        if (asRoot) {
            QVERIFY(::chmod(QFile::encodeName(t.dir.path()).constData(), 0711) == 0);
            for (const QString &f : {t.path(), p.keyFilePath(), p.databasePath(),
                                     QString(t.path() + QStringLiteral("/attempts"))})
                QVERIFY(::chown(QFile::encodeName(f).constData(), nobody->pw_uid, nobody->pw_gid) ==
                        0);
        }
        const QString target = readOnlyFolder ? t.path() : p.databasePath();
        QVERIFY(::chmod(QFile::encodeName(target).constData(), readOnlyFolder ? 0500 : 0400) == 0);
        const auto attempt = [&]() -> int {
            auto store = p.unlock(secret("correct horse battery"));
            if (!store)
                return 10;
            if (!store.value()->savingPaused())
                return 11;
            if (store.value()->savingPausedReason() !=
                QStringLiteral("the data store or its folder is read-only"))
                return 14; // the plain reason the app's banner shows
            if (store.value()->savingPausedBy() != Store::Pause::ReadOnly)
                return 15; // the banner then advises making the folder writable
            if (store.value()->records().list(QStringLiteral("note")).value().size() != 1)
                return 12;
            if (store.value()->records().append(QStringLiteral("note"), {}))
                return 13; // nothing can be saved
            return 0;
        };
        const int code = test::asUnprivileged(nobody, attempt);
        QVERIFY(::chmod(QFile::encodeName(target).constData(), readOnlyFolder ? 0700 : 0600) == 0);
        QCOMPARE(code, 0);
        QVERIFY(!QFileInfo::exists(p.databasePath() + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(p.databasePath() + QStringLiteral("-shm")));
        auto again = p.unlock(secret("correct horse battery"));
        QVERIFY(again);
        QVERIFY(!again.value()->savingPaused());
    }

    // The marker a committed creation leaves if killed before removing it: the next unlock
    // clears it, so a later lost key is never mistaken for an unfinished creation.
    void unlockClearsAStaleMarker()
    {
        test::TempProfile t;
        QVERIFY(t.create());
        test::writeFile(t.path() + QStringLiteral("/creating"), "1");
        Profile p = t.profile();
        QVERIFY(p.unlock(secret("correct horse battery")));
        QVERIFY(!QFile::exists(t.path() + QStringLiteral("/creating")));
    }

    // SQLite would write its WAL or index through a link into the file it points to.
    void linkedCompanionFilesAreRefusedUnwritten_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("shm") << QStringLiteral("-shm");
        QTest::newRow("wal") << QStringLiteral("-wal");
    }

    void linkedCompanionFilesAreRefusedUnwritten()
    {
        QFETCH(QString, suffix);
        test::TempProfile t;
        QVERIFY(t.create());
        const QString target = t.dir.path() + QStringLiteral("/target");
        test::writeFile(target, "someone's file");
        const QString companion = t.profile().databasePath() + suffix;
        QFile::remove(companion);
        QVERIFY(QFile::link(target, companion));
        Profile p = t.profile();
        auto store = p.unlock(secret("correct horse battery"));
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Damaged);
        QVERIFY2(store.error().message.contains(QStringLiteral("not a regular file")),
                 qPrintable(store.error().message));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("someone's file"));
        QVERIFY(QFileInfo(companion).isSymLink());
    }

    void newerSchemaIsRefused()
    {
        test::TempProfile t;
        {
            auto store = t.create();
            QVERIFY(store->database().setUserVersion(latestSchemaVersion() + 1));
        }
        Profile p = t.profile();
        auto store = p.unlock(secret("correct horse battery"));
        QCOMPARE(store.error().code, ErrorCode::Damaged);
        QVERIFY(store.error().message.contains(QStringLiteral("newer version")));
    }

    void quickUnlockSlot()
    {
        test::TempProfile t;
        Profile p = t.profile();
        const SecretBytes deviceKey = SecretBytes::random(32);
        {
            auto store = t.create();
            QVERIFY(!p.hasQuickUnlock());
            QVERIFY(p.enableQuickUnlock(*store, deviceKey));
        }
        QVERIFY(p.hasQuickUnlock());
        QVERIFY(p.unlockWithKeystoreKey(deviceKey));
        QCOMPARE(p.unlockWithKeystoreKey(SecretBytes::random(32)).error().code,
                 ErrorCode::WrongPassphrase);
        QVERIFY(p.disableQuickUnlock());
        QVERIFY(!p.hasQuickUnlock());
        QVERIFY(!p.unlockWithKeystoreKey(deviceKey));
        QVERIFY(p.unlock(secret("correct horse battery")));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
