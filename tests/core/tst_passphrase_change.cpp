// Changing the passphrase re-wraps the key. A kill at any step must leave either the old or
// the new passphrase working, never neither; the data itself is never re-encrypted.
#include "TestSupport.h"

#include <QDir>
#include <QTest>

using namespace dit;
using dit::test::secret;

class TestPassphraseChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changeKeepsData()
    {
        test::TempProfile t;
        QString noteId;
        {
            auto store = t.create("old passphrase one");
            noteId = store->records()
                         .append(QStringLiteral("note"), {{QStringLiteral("t"), 1}})
                         .value()
                         .id;
        }
        Profile p = t.profile();
        const QByteArray storeBefore = test::fileDigest(p.databasePath());
        QVERIFY(p.changePassphrase(secret("old passphrase one"), secret("new passphrase two"),
                                   test::fastKdf()));
        QCOMPARE(test::fileDigest(p.databasePath()), storeBefore); // no re-encryption
        QCOMPARE(p.unlock(secret("old passphrase one")).error().code, ErrorCode::WrongPassphrase);
        auto store = p.unlock(secret("new passphrase two"));
        QVERIFY(store);
        QVERIFY(store.value()->records().get(noteId));
    }

    void wrongOldPassphraseChangesNothing()
    {
        test::TempProfile t;
        t.create("old passphrase one");
        Profile p = t.profile();
        const QByteArray keyBefore = test::fileDigest(p.keyFilePath());
        auto s = p.changePassphrase(secret("not it at all"), secret("new passphrase two"),
                                    test::fastKdf());
        QCOMPARE(s.error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(test::fileDigest(p.keyFilePath()), keyBefore);
    }

    // Two changes at once (here a second begun while the first writes its key file): the
    // second is refused in plain words, so never do both say "changed" with one working.
    void concurrentChangeIsRefused()
    {
        test::TempProfile t;
        t.create("old passphrase one");
        Profile first = t.profile();
        Profile second = t.profile();
        Status secondResult;
        bool asked = false;
        const FaultInjector duringWrite = [&](WriteStep s) {
            if (s == WriteStep::TempCreated && !asked) {
                asked = true;
                secondResult = second.changePassphrase(
                    secret("old passphrase one"), secret("second new passphrase"), test::fastKdf());
            }
            return true;
        };
        QVERIFY(first.changePassphrase(secret("old passphrase one"), secret("first new passphrase"),
                                       test::fastKdf(), duringWrite));
        QVERIFY(asked);
        QVERIFY(!secondResult);
        QCOMPARE(secondResult.error().code, ErrorCode::Io);
        QVERIFY2(secondResult.error().message.contains(QStringLiteral("under way")),
                 qPrintable(secondResult.error().message));
        Profile after = t.profile();
        QVERIFY(after.unlock(secret("first new passphrase")));
        QVERIFY(!after.unlock(secret("second new passphrase")));
        // Once the first has finished, a change goes ahead.
        QVERIFY(second.changePassphrase(secret("first new passphrase"),
                                        secret("second new passphrase"), test::fastKdf()));
    }

    void killAtEveryStepLeavesOneWorking_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("expectNew");
        QTest::newRow("temp created") << int(WriteStep::TempCreated) << false;
        QTest::newRow("temp written") << int(WriteStep::TempWritten) << false;
        QTest::newRow("temp synced") << int(WriteStep::TempSynced) << false;
        QTest::newRow("renamed") << int(WriteStep::Renamed) << true;
        QTest::newRow("directory synced") << int(WriteStep::DirectorySynced) << true;
    }

    void killAtEveryStepLeavesOneWorking()
    {
        QFETCH(int, step);
        QFETCH(bool, expectNew);
        test::TempProfile t;
        t.create("old passphrase one");
        Profile p = t.profile();
        const FaultInjector killAt = [step](WriteStep s) {
            return int(s) != step;
        };
        QVERIFY(!p.changePassphrase(secret("old passphrase one"), secret("new passphrase two"),
                                    test::fastKdf(), killAt));

        // What a restart finds:
        Profile after = t.profile();
        QCOMPARE(after.inspect().state, Profile::State::Ready);
        const bool oldWorks = bool(after.unlock(secret("old passphrase one")));
        const bool newWorks = bool(after.unlock(secret("new passphrase two")));
        QVERIFY(oldWorks != newWorks); // exactly one, never neither
        QCOMPARE(newWorks, expectNew);

        // A successful unlock tidies away the half-written temporary file.
        const QStringList leftovers =
            QDir(t.path()).entryList({QStringLiteral(".key.tmp-*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestPassphraseChange)
#include "tst_passphrase_change.moc"
