// The view models around the profile without QML: the profiles on the device (Profiles),
// the wait before the next passphrase attempt (LockoutCountdown), and hand-over files
// (HandoverFiles): what a file will hold, the one-time code shown once, a wrong code refused
// (docs/THERAPIST.md, "Hand-over files"); the session's damaged-store screen when the
// integrity check after unlocking finds damage.
#include "HandoverFiles.h"
#include "LockoutCountdown.h"
#include "Profiles.h"
#include "Samples.h"
#include "Session.h"
#include "ViewModelFixture.h"
#include "measures/MeasuresConfig.h"
#include "measures/ResponseStore.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace dit;
using test::Fixture;

class TestProfileViewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DIT_TEST_FAST_KDF", "1"); // the file's Argon2id: logic here, not its cost
    }

    // Only while locked can another profile be opened or a new one started; going back
    // returns to the one that was open.
    void profilesSwitchOnlyWhileLocked()
    {
        Fixture f;
        Profiles profiles(*f.ctx);
        QAbstractItemModelTester tester(profiles.list());
        const QString first = f.ctx->profile().directory();
        QVERIFY(profiles.available());
        QCOMPARE(profiles.count(), 1);
        const QVariantMap row = profiles.list()->get(0);
        QCOMPARE(row.value(QStringLiteral("current")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("detail")).toString(), QStringLiteral("Open now"));
        // Titled as the list titles it, never by the folder's name ("profile").
        QCOMPARE(profiles.currentTitle(), QStringLiteral("Other profile 1"));
        QCOMPARE(row.value(QStringLiteral("title")).toString(), profiles.currentTitle());
        QVERIFY(!profiles.startNew());
        QVERIFY(!profiles.open(first));
        QCOMPARE(f.ctx->profile().directory(), first);

        f.ctx->closeStore();
        QVERIFY(!profiles.open(f.dir.filePath(QStringLiteral("elsewhere")))); // not listed
        QSignalSpy changed(&profiles, &Profiles::changed);
        QVERIFY(profiles.startNew());
        QVERIFY(changed.count() >= 1);
        QVERIFY(profiles.canGoBack());
        QVERIFY(f.ctx->profile().directory() != first);
        QVERIFY(profiles.goBack());
        QCOMPARE(f.ctx->profile().directory(), first);
        QVERIFY(!profiles.canGoBack());
        QVERIFY(!profiles.goBack());
    }

    // The seconds follow the throttle each time it is read, with one signal per change.
    void lockoutCountdownFollowsTheThrottle()
    {
        int remaining = 30;
        bool lost = false;
        LockoutCountdown countdown([&remaining] { return remaining; }, [&lost] { return lost; });
        QSignalSpy changed(&countdown, &LockoutCountdown::secondsChanged);
        QCOMPARE(countdown.seconds(), 0);
        countdown.update();
        QCOMPARE(countdown.seconds(), 30);
        QCOMPARE(changed.count(), 1);
        countdown.update();
        QCOMPARE(changed.count(), 1);
        remaining = 29;
        countdown.update();
        QCOMPARE(countdown.seconds(), 29);
        remaining = 0;
        countdown.update();
        QCOMPARE(countdown.seconds(), 0);
        QCOMPARE(changed.count(), 3);
        // A wait that began from a lost record says so while it lasts, and only then.
        lost = true;
        countdown.update();
        QVERIFY(!countdown.recordLost());
        remaining = 300;
        countdown.update();
        QVERIFY(countdown.recordLost());
        QCOMPARE(changed.count(), 4);
        lost = false;
        countdown.update();
        QVERIFY(!countdown.recordLost());
        QCOMPARE(changed.count(), 5);
        QCOMPARE(LockoutCountdown::fullWaitMinutes(), 5);
    }

    // Damage that opening does not find but the check after unlocking does: the session
    // unlocks, then closes the store and shows the damaged-store screen with the check's words,
    // and the store's bytes are as found (docs/ARCHITECTURE.md, "Opening a profile").
    void damageFoundAfterUnlockingShowsTheDamagedScreen()
    {
        Fixture f(Role::Therapist);
        test::addBulk(*f.ctx->store(), 200);
        QVERIFY(f.ctx->store()->database().checkpoint());
        f.ctx->closeStore();
        const QString path = f.ctx->profile().databasePath();
        QByteArray bytes = test::readFile(path);
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        test::writeFile(path, bytes);

        Session session(*f.ctx);
        QCOMPARE(session.state(), Session::Locked);
        session.unlock(QStringLiteral("correct horse battery"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::Damaged, 20000);
        QVERIFY(!f.ctx->store());
        QVERIFY2(session.problem().contains(QStringLiteral("backup")),
                 qPrintable(session.problem()));
        QCOMPARE(test::readFile(path), bytes);
        QVERIFY(test::readFile(path + QStringLiteral("-wal")).isEmpty());
    }

    void handoverFileForTheTherapist()
    {
        Fixture f;
        HandoverFiles files(*f.ctx);
        QCOMPARE(files.codeLength(), 12);
        QCOMPARE(files.suggestedFileName(), QStringLiteral("handover.dithandover"));
        const QString path = f.dir.filePath(QStringLiteral("out.dithandover"));
        QSignalSpy exported(&files, &HandoverFiles::exportFinished);
        // Nothing to carry yet: said at once, no file.
        files.exportForTherapist(QUrl::fromLocalFile(path), true, true, true);
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(0).toBool(), false);
        QCOMPARE(exported.first().at(1).toString(),
                 QStringLiteral("There is nothing to put in the file yet."));
        QVERIFY(!QFileInfo::exists(path));

        const MeasuresConfig config = MeasuresConfig::builtIn();
        QVERIFY(ResponseStore(f.ctx->store()->records(), config.catalogue, config.risk)
                    .submit(QStringLiteral("phq9"), 1,
                            {{QStringLiteral("44250-9"), QStringLiteral("LA6569-3")}}));
        QVERIFY(files.previewForTherapist(true, false, false)
                    .startsWith(QStringLiteral("This file will hold: ")));
        QSignalSpy code(&files, &HandoverFiles::codeChanged);
        files.exportForTherapist(QUrl::fromLocalFile(path), true, false, false);
        QVERIFY(files.busy());
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.last().at(0).toBool(), true);
        QVERIFY(!files.busy());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(code.count(), 1);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$"))
                    .match(files.code())
                    .hasMatch());
        QCOMPARE(files.codeSpoken().split(QStringLiteral(", ")).size(), 12);
        // The code is nowhere in the file's name or the message.
        QVERIFY(!path.contains(files.code()));
        QVERIFY(!exported.last().at(1).toString().contains(files.code()));
        files.clearCode();
        QVERIFY(files.code().isEmpty());
        QCOMPARE(code.count(), 2);

        // A code of the wrong shape is refused at once; a wrong code after the file is read.
        QSignalSpy imported(&files, &HandoverFiles::importFinished);
        files.importFile(QUrl::fromLocalFile(path), QStringLiteral("12"), {});
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().at(0).toBool(), false);
        QVERIFY(imported.first().at(1).toString().contains(QStringLiteral("12 letters")));
        files.importFile(QUrl::fromLocalFile(path), QStringLiteral("0000-0000-0000"), {});
        QVERIFY(imported.wait(20000));
        QCOMPARE(imported.last().at(0).toBool(), false);
        QVERIFY(!imported.last().at(1).toString().isEmpty());
    }
};

QTEST_MAIN(TestProfileViewModels)
#include "tst_profile_viewmodels.moc"
