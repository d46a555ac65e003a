// The app services without Qt Quick or Qt Gui (services/, docs/ARCHITECTURE.md): the context's
// subject while a tablet is handed over, its change notices, and background work coming back
// on the context's thread, or not at all once the context is gone; a sync pass keeping the
// server's time for the clock's check (docs/CLINICAL_SAFETY.md H16).
#include "AppContext.h"
#include "Background.h"
#include "SyncRunner.h"
#include "TestSupport.h"
#include "measures/ClockWatch.h"
#include "sync/HttpClient.h"
#include "testing/MemoryKeystore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dit;

class TestAppContext : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<AppContext> makeContext()
    {
        AppContext::Options options;
        options.profileDir = m_dir.path() + QStringLiteral("/profile");
        return std::make_unique<AppContext>(
            options, std::make_unique<MemoryKeystore>(),
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)));
    }

private Q_SLOTS:
    void theSubjectStaysWhileHeld()
    {
        const auto ctx = makeContext();
        QSignalSpy changed(ctx.get(), &AppContext::subjectChanged);
        QVERIFY(ctx->setSubject(QStringLiteral("P-1")));
        QCOMPARE(changed.count(), 1);
        ctx->holdSubject(true); // the tablet is in the patient's hands
        QVERIFY(!ctx->setSubject(QStringLiteral("P-2")));
        QCOMPARE(ctx->subject(), QStringLiteral("P-1"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(ctx->setSubject(QStringLiteral("P-1"))); // the same one: nothing to refuse
        ctx->holdSubject(false);
        QVERIFY(ctx->setSubject(QStringLiteral("P-2")));
        QCOMPARE(ctx->subject(), QStringLiteral("P-2"));
        QCOMPARE(changed.count(), 2);
    }

    // The measures configuration is read when first asked for (not when the app starts), then
    // kept for the run and shared: the reminders and every view model read one copy, and its
    // questionnaires are parsed once (docs/PERFORMANCE.md, "Unlock").
    void measuresConfigIsReadOnceThenShared()
    {
        AppContext::Options options;
        options.profileDir = m_dir.path() + QStringLiteral("/profile-measures");
        options.serviceDir = m_dir.path() + QStringLiteral("/service-measures");
        AppContext ctx(
            options, std::make_unique<MemoryKeystore>(),
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)));
        const auto writeRule = [&](int hours) {
            QFile rule(options.serviceDir + QStringLiteral("/measures.json"));
            QVERIFY(rule.open(QIODevice::WriteOnly | QIODevice::Truncate));
            rule.write(QStringLiteral(R"({"format": "dit-companion-measures", "version": 1,
                                          "formOpensHoursBefore": %1})")
                           .arg(hours)
                           .toUtf8());
        };
        QVERIFY(QDir().mkpath(options.serviceDir));
        writeRule(24); // after the context was made: read when first asked for
        const MeasuresConfig &first = ctx.measuresConfig();
        QCOMPARE(first.formOpensHoursBefore, 24);
        QVERIFY(first.catalogue.find(QStringLiteral("phq9")));
        writeRule(48);
        QCOMPARE(&ctx.measuresConfig(), &first);
        QCOMPARE(ctx.measuresConfig().formOpensHoursBefore, 24);
    }

    void recordChangesReachListeners()
    {
        const auto ctx = makeContext();
        QSignalSpy changed(ctx.get(), &AppContext::recordsChanged);
        ctx->notifyRecordsChanged(QStringLiteral("note"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("note"));
    }

    void backgroundWorkComesBackOnTheContextsThread()
    {
        const auto ctx = makeContext();
        int result = 0;
        QThread *workedOn = nullptr;
        QThread *deliveredOn = nullptr;
        runInBackground<int>(
            ctx.get(),
            [&workedOn] {
                workedOn = QThread::currentThread();
                return 42;
            },
            [&](int &value) {
                result = value;
                deliveredOn = QThread::currentThread();
            });
        waitForBackgroundWork();
        QTRY_COMPARE(result, 42); // delivered through the event loop
        QVERIFY(workedOn != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void backgroundResultIsDroppedWhenItsContextIsGone()
    {
        auto owner = std::make_unique<QObject>();
        bool delivered = false;
        runInBackground<int>(
            owner.get(), [] { return 1; }, [&delivered](int &) { delivered = true; });
        owner.reset();
        waitForBackgroundWork();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    // The newest time the sync server gave (its Date header) is kept with the boot clock at
    // the end of a pass, so a clock wrong from the start shows (docs/CLINICAL_SAFETY.md H16).
    void syncPassKeepsTheServersTime()
    {
        AppContext::Options options;
        options.profileDir = m_dir.path() + QStringLiteral("/synced");
        AppContext ctx(
            options, std::make_unique<MemoryKeystore>(),
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC)));
        auto store = ctx.profile().create(test::secret("correct horse battery"), Role::Patient,
                                          test::fastKdf());
        QVERIFY(store);
        ctx.openStore(std::move(store.value()));
        class DatedServer final : public sync::HttpClient
        {
        public:
            sync::HttpResponse send(const sync::HttpRequest &) override
            {
                sync::HttpResponse r;
                r.status = 200;
                r.date = ++m_sent == 1 ? "Mon, 05 Jan 2026 12:00:00 GMT"
                                       : "Mon, 05 Jan 2026 11:00:00 GMT"; // overtaken
                return r;
            }

        private:
            int m_sent = 0;
        };
        ctx.syncRunner().setHttpFactory([] { return std::make_unique<DatedServer>(); });
        bool done = false;
        ctx.syncRunner().runWorker(
            [](sync::PairStore &, sync::HttpClient &http) -> Status {
                http.send({});
                http.send({});
                return {};
            },
            [&done](const Status &) { done = true; });
        waitForBackgroundWork();
        QTRY_VERIFY(done);
        // This device says 09:00 UTC, the server 12:00: three hours out.
        const ClockJump jump = ClockWatch(ctx.store()->settings(), ctx.clock()).check();
        QVERIFY(jump.offFromServer);
        QCOMPARE(jump.serverOffSeconds, -3 * 3600);
        ctx.closeStore();
    }
};

QTEST_GUILESS_MAIN(TestAppContext)
#include "tst_app_context.moc"
