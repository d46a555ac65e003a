// Deleting everything: the keys go first (overwritten, flushed, removed), then every file of
// the profile; nothing readable is left, and nothing that is not the app's is touched.
#include "Samples.h"
#include "TestSupport.h"

#include <QDir>
#include <QTest>

#include <unistd.h>

using namespace dit;
using dit::test::secret;

class TestWipe : public QObject
{
    Q_OBJECT

private:
    static QStringList filesIn(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

private Q_SLOTS:
    void leavesNothingOfTheProfile()
    {
        test::TempProfile t;
        Profile p = t.profile();
        {
            auto store = t.create();
            test::addSampleContent(*store, QStringLiteral("WIPE-MARKER"));
            // Every kind of file a profile folder can hold, open WAL included.
            test::writeFile(t.path() + QStringLiteral("/.key.tmp-0123"), "half a key file");
            test::writeFile(t.path() + QStringLiteral("/.work-backup-1.db"), "work");
            QCOMPARE(p.unlock(secret("a wrong passphrase")).error().code,
                     ErrorCode::WrongPassphrase); // makes `attempts`
            QVERIFY(filesIn(t.path()).contains(QStringLiteral("store.db-wal")));
        }
        QVERIFY(filesIn(t.path()).contains(QStringLiteral("attempts")));
        QVERIFY(p.wipe());
        QVERIFY(!QFileInfo::exists(t.path()));
        QCOMPARE(p.inspect().state, Profile::State::Missing);
        // A new profile can be made in the same place.
        QVERIFY(t.create("a fresh start here"));
    }

    void touchesOnlyWhatIsTheAppsAndLeavesNoTraceInTheRest()
    {
        test::TempProfile t;
        {
            auto store = t.create();
            test::addSampleContent(*store, QStringLiteral("WIPE-MARKER"));
        }
        test::writeFile(t.path() + QStringLiteral("/my letter.txt"), "someone's own file");
        Profile p = t.profile();
        QVERIFY(p.wipe());
        QCOMPARE(filesIn(t.path()), QStringList{QStringLiteral("my letter.txt")});
        QCOMPARE(test::readFile(t.path() + QStringLiteral("/my letter.txt")),
                 QByteArray("someone's own file"));
    }

    // Stopped right after the keys went (a kill, a flat battery): what is left cannot be
    // opened by anyone, says so, and a second wipe finishes the job.
    void keysGoFirst()
    {
        test::TempProfile t;
        const QByteArray keyBefore = [&] {
            auto store = t.create();
            test::addSampleContent(*store);
            return test::readFile(t.profile().keyFilePath());
        }();
        Profile p = t.profile();
        const QByteArray storeBefore = test::readFile(p.databasePath());
        const Status stopped =
            p.wipe([](Profile::WipeStep s) { return s != Profile::WipeStep::KeyDestroyed; });
        QVERIFY(!stopped);
        QVERIFY(!QFile::exists(p.keyFilePath()));
        QCOMPARE(test::readFile(p.databasePath()), storeBefore); // still there, still ciphertext
        QCOMPARE(p.inspect().state, Profile::State::Damaged);
        QCOMPARE(p.unlock(secret("correct horse battery")).error().code, ErrorCode::Damaged);
        // Even someone who kept a copy of the old key file needs the passphrase; without the
        // key file, the store alone is 256-bit-key ciphertext.
        Q_UNUSED(keyBefore);
        QVERIFY(p.wipe());
        QVERIFY(!QFileInfo::exists(t.path()));
    }

    void theKeyFileIsOverwrittenBeforeItIsRemoved()
    {
        // Watch the key file's inode: a hard link made beforehand sees the overwrite.
        test::TempProfile t;
        t.create();
        Profile p = t.profile();
        const QString witness = t.dir.filePath(QStringLiteral("witness"));
        const QByteArray key = test::readFile(p.keyFilePath());
        QCOMPARE(::link(QFile::encodeName(p.keyFilePath()).constData(),
                        QFile::encodeName(witness).constData()),
                 0);
        QVERIFY(p.wipe());
        const QByteArray after = test::readFile(witness);
        QCOMPARE(after.size(), key.size());
        QVERIFY(after != key);
        QVERIFY(!after.contains("dit-companion-key"));
        QVERIFY(!after.contains("wrapped"));
    }

    void wipingNothingIsFine()
    {
        test::TempProfile t;
        Profile p = t.profile();
        QVERIFY(p.wipe());
        QVERIFY(!QFileInfo::exists(t.path()));
    }
};

QTEST_GUILESS_MAIN(TestWipe)
#include "tst_wipe.moc"
