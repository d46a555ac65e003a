// The store's integrity check run in the background after unlocking (Profile::IntegrityCheck,
// docs/ARCHITECTURE.md "Opening a profile"): every write waits for it, a write issued during
// it lands once it has passed, and a store it finds damaged gets nothing written, not even by
// closing; a kill during the check loses nothing.
#include "Samples.h"
#include "TestSupport.h"
#include "storage/BackgroundCheck.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <chrono>
#include <future>
#include <signal.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace dit;
using dit::test::secret;

namespace {

constexpr const char *kPassphrase = "correct horse battery";

// Lets the test hold the background check at its start until released.
struct CheckLatch
{
    std::promise<void> reached;
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();

    std::function<void(Profile::CheckStep)> hook()
    {
        return [this](Profile::CheckStep step) {
            if (step != Profile::CheckStep::BackgroundCheckBegins)
                return;
            reached.set_value();
            released.wait();
        };
    }
};

Result<Record> addNote(Store &store, const QString &text)
{
    return store.records().append(QStringLiteral("note"), {{QStringLiteral("text"), text}});
}

int notesIn(Store &store)
{
    auto notes = store.records().list(QStringLiteral("note"));
    return notes ? int(notes.value().size()) : -1;
}

// A therapist's store with some content, closed cleanly (the WAL folded in).
void makeStore(test::TempProfile &t, int bulk = 200)
{
    auto store = t.create(kPassphrase, Role::Therapist);
    test::addSampleContent(*store);
    test::addBulk(*store, bulk);
    QVERIFY(store->database().checkpoint());
}

// Flips a byte in the store's middle: inside a record page, which opening does not read but
// the integrity check does (tst_profile flippedBytesAnywhereInTheStoreAreDamage).
QByteArray damageTheMiddle(const QString &path)
{
    QByteArray bytes = test::readFile(path);
    const qsizetype at = bytes.size() / 2;
    bytes[at] = char(bytes.at(at) ^ 0x20);
    test::writeFile(path, bytes);
    return bytes;
}

QByteArray walOf(const Profile &p)
{
    return test::readFile(p.databasePath() + QStringLiteral("-wal"));
}

} // namespace

class TestBackgroundCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void soundStoreOpensAndWritesAfterTheCheck()
    {
        test::TempProfile t;
        makeStore(t);
        Profile p = t.profile();
        auto store = p.unlock(secret(kPassphrase), Profile::IntegrityCheck::InBackground);
        QVERIFY2(store, qPrintable(store.error().message));
        QVERIFY(store.value()->backgroundCheck());
        const int before = notesIn(*store.value());
        QVERIFY(addNote(*store.value(), QStringLiteral("after the check")));
        QVERIFY(store.value()->backgroundCheck()->wait());
        QCOMPARE(notesIn(*store.value()), before + 1);
        store.value().reset();
        auto again = t.profile().unlock(secret(kPassphrase));
        QVERIFY(again);
        QCOMPARE(notesIn(*again.value()), before + 1);
    }

    // The default, for ditc and backups: checked before the store is returned.
    void checkedBeforeOpeningByDefault()
    {
        test::TempProfile t;
        makeStore(t, 10);
        auto store = t.profile().unlock(secret(kPassphrase));
        QVERIFY(store);
        QVERIFY(!store.value()->backgroundCheck());
    }

    // Migrations write, so a store that needs them is checked before, as before.
    void aStoreToMigrateIsCheckedBeforeOpening()
    {
        test::TempProfile t;
        QVERIFY(t.profile().create(secret(kPassphrase), Role::Therapist, test::fastKdf(), 1));
        auto store = t.profile().unlock(secret(kPassphrase), Profile::IntegrityCheck::InBackground);
        QVERIFY2(store, qPrintable(store.error().message));
        QVERIFY(!store.value()->backgroundCheck());
        QCOMPARE(store.value()->database().userVersion().value(), latestSchemaVersion());
    }

    void aWriteDuringTheCheckWaitsThenLands()
    {
        test::TempProfile t;
        makeStore(t);
        Profile p = t.profile();
        CheckLatch latch;
        p.setCheckHookForTests(latch.hook());
        auto store = p.unlock(secret(kPassphrase), Profile::IntegrityCheck::InBackground);
        QVERIFY(store);
        latch.reached.get_future().wait();
        const int before = notesIn(*store.value()); // reading does not wait
        QVERIFY(before > 0);
        std::atomic<bool> done{false};
        bool landed = false;
        std::thread writer([&] {
            landed = addNote(*store.value(), QStringLiteral("written during the check")).ok();
            done = true;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        QVERIFY(!done); // held at the gate
        QCOMPARE(walOf(p).size(), 0);
        latch.release.set_value();
        writer.join();
        QVERIFY(landed);
        QCOMPARE(notesIn(*store.value()), before + 1);
    }

    // Damage only the check finds: the store opens, then every write is refused (records,
    // settings, a raw statement, a checkpoint), the failure is reported once, and after closing
    // the store's bytes are exactly as found and its WAL holds nothing.
    void damageFoundAfterOpeningWritesNothing()
    {
        test::TempProfile t;
        makeStore(t);
        Profile p = t.profile();
        const QByteArray damaged = damageTheMiddle(p.databasePath());
        CheckLatch latch;
        p.setCheckHookForTests(latch.hook());
        auto store = p.unlock(secret(kPassphrase), Profile::IntegrityCheck::InBackground);
        QVERIFY2(store, qPrintable(store.error().message)); // opening alone does not find it
        BackgroundCheck *check = store.value()->backgroundCheck();
        QVERIFY(check);
        std::promise<Error> reported;
        std::atomic<int> reports{0};
        check->onFailure([&](const Error &e) {
            if (reports++ == 0)
                reported.set_value(e);
        });
        latch.reached.get_future().wait();
        // A write racing the check: issued before it finished, refused once it fails.
        std::promise<Status> raced;
        std::thread writer([&] {
            auto note = addNote(*store.value(), QStringLiteral("racing the check"));
            raced.set_value(note ? Status() : Status(note.error()));
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        latch.release.set_value();
        writer.join();
        QVERIFY(!raced.get_future().get());
        QCOMPARE(reported.get_future().get().code, ErrorCode::Damaged);
        QVERIFY(!check->wait());
        QVERIFY(!addNote(*store.value(), QStringLiteral("after the check")));
        QVERIFY(!store.value()->settings().setValue(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY(!store.value()->database().exec("CREATE TABLE IF NOT EXISTS sneak(x);"));
        QVERIFY(!store.value()->database().checkpoint());
        // A handler set after the failure hears of it at once.
        bool heard = false;
        check->onFailure([&](const Error &) { heard = true; });
        QVERIFY(heard);
        QCOMPARE(reports.load(), 1);
        store.value().reset();
        QCOMPARE(test::readFile(p.databasePath()), damaged);
        QCOMPARE(walOf(p).size(), 0);
        // And the next unlock finds it before opening, as ditc does.
        QCOMPARE(t.profile().unlock(secret(kPassphrase)).error().code, ErrorCode::Damaged);
    }

    // Locking while the check runs stops it; nothing was written and the store opens again.
    void closingDuringTheCheckStopsIt()
    {
        test::TempProfile t;
        makeStore(t);
        Profile p = t.profile();
        const QByteArray bytes = test::readFile(p.databasePath());
        CheckLatch latch;
        p.setCheckHookForTests(latch.hook());
        auto store = p.unlock(secret(kPassphrase), Profile::IntegrityCheck::InBackground);
        QVERIFY(store);
        latch.reached.get_future().wait();
        latch.release.set_value();
        store.value().reset(); // joins the check's thread
        QCOMPARE(test::readFile(p.databasePath()), bytes);
        QVERIFY(t.profile().unlock(secret(kPassphrase)));
    }

    // Killed while the check runs and a write waits at the gate: nothing written is lost and
    // nothing half-written appears.
    void killedDuringTheCheckLosesNothing()
    {
        test::TempProfile t;
        makeStore(t);
        const QString path = t.profile().databasePath();
        const QByteArray bytes = test::readFile(path);
        int notes = 0;
        {
            auto store = t.profile().unlock(secret(kPassphrase));
            QVERIFY(store);
            notes = notesIn(*store.value());
        }
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(ready[0]);
            Profile p = t.profile();
            p.setCheckHookForTests([&](Profile::CheckStep step) {
                if (step != Profile::CheckStep::BackgroundCheckBegins)
                    return;
                const char byte = 1;
                (void)!::write(ready[1], &byte, 1);
                ::pause(); // until killed
            });
            auto store = p.unlock(secret(kPassphrase), Profile::IntegrityCheck::InBackground);
            if (store)
                (void)addNote(*store.value(), QStringLiteral("never acknowledged"));
            ::_exit(3); // not reached: the write waits for the check
        }
        ::close(ready[1]);
        char byte = 0;
        QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
        ::close(ready[0]);
        std::this_thread::sleep_for(std::chrono::milliseconds(200)); // the write reaches the gate
        QCOMPARE(::kill(child, SIGKILL), 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(test::readFile(path), bytes);
        auto store = t.profile().unlock(secret(kPassphrase)); // the thorough check if needed
        QVERIFY2(store, qPrintable(store.error().message));
        QCOMPARE(notesIn(*store.value()), notes);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundCheck)
#include "tst_background_check.moc"
