// The sync status line as QML sees it (SyncStatusView): unpaired, paired and never synced,
// synced, failing with a reason, unpaired by the other side, locked.
#include "AppContext.h"
#include "SyncStatusView.h"
#include "TestSupport.h"
#include "sync/PairStore.h"
#include "sync/SyncStatus.h"
#include "testing/MemoryKeystore.h"

#include <QSignalSpy>
#include <QTest>

using namespace dit;

class TestSyncStatusView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhenAndWhy()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTemporaryDir dir;
        auto manual =
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 5, 4), QTime(15, 0), Qt::UTC));
        ManualClock *clock = manual.get();
        AppContext::Options options;
        options.profileDir = dir.filePath(QStringLiteral("profile"));
        AppContext ctx(options, std::make_unique<MemoryKeystore>(), std::move(manual));
        auto store = ctx.profile().create(test::secret("correct horse battery"), Role::Patient,
                                          test::fastKdf());
        QVERIFY(store);
        ctx.openStore(std::move(store.value()));

        SyncStatusView view(ctx);
        QVERIFY(!view.paired());
        QVERIFY(view.line().isEmpty());
        QVERIFY(view.note().isEmpty()); // nothing to say about sync when there is none

        sync::PairStore pairs(*ctx.store());
        auto pair =
            pairs.add(QStringLiteral("https://sync.example"), SecretBytes::random(32), {}, {});
        QVERIFY(pair);
        const QString id = pair.value().id;
        QSignalSpy changed(&view, &SyncStatusView::changed);
        view.reload();
        QCOMPARE(changed.size(), 1);
        QVERIFY(view.paired());
        QCOMPARE(view.line(), QStringLiteral("Not synced yet."));
        QVERIFY(view.note().contains(QStringLiteral("does not watch")));

        QVERIFY(pairs.setSynced(id, clock->now().addSecs(-3600)));
        view.reload();
        QCOMPARE(view.line(), QStringLiteral("Last synced today at 15:00.")); // 14:00 UTC, BST
        QVERIFY(!view.hasProblem());

        QVERIFY(pairs.setFailure(id, sync::status::notReachable()));
        view.reload();
        QVERIFY(view.hasProblem());
        QCOMPARE(view.line(), QStringLiteral("Last synced today at 15:00; server not reachable."));

        QVERIFY(pairs.markUnpaired(id, sync::status::peerUnpaired()));
        view.reload();
        QVERIFY(!view.paired());
        QCOMPARE(view.line(), QStringLiteral("Not syncing: the other device unpaired."));

        // Another subject (a therapist's other patient) has no pair here.
        view.setSubject(QStringLiteral("patient-9"));
        QVERIFY(view.line().isEmpty());

        ctx.closeStore();
        QVERIFY(!view.paired());
        QVERIFY(view.line().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncStatusView)
#include "tst_sync_status_view.moc"
