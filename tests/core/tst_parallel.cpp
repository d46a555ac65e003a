// forEachInParallel (core/common/Parallel.h): every item exactly once, on several threads when
// there is enough work and more than one core, on this thread alone when there is little.
#include "common/Parallel.h"

#include <QMutex>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace dit;

class TestParallel : public QObject
{
    Q_OBJECT

    // Each index's count of calls, and the threads that made them.
    struct Calls
    {
        explicit Calls(qsizetype n) : counts(size_t(n)) {}
        std::vector<std::atomic<int>> counts;
        QMutex mutex;
        QSet<std::thread::id> threads;
        void operator()(qsizetype i)
        {
            counts[size_t(i)].fetch_add(1);
            const QMutexLocker lock(&mutex);
            threads.insert(std::this_thread::get_id());
        }
        bool eachOnce() const
        {
            for (const auto &c : counts)
                if (c.load() != 1)
                    return false;
            return true;
        }
    };

private Q_SLOTS:
    void everyItemOnceOnSeveralThreads_data()
    {
        QTest::addColumn<qsizetype>("n");
        QTest::addRow("two slices") << qsizetype(128);
        QTest::addRow("uneven") << qsizetype(1001);
        QTest::addRow("many") << qsizetype(20000);
    }

    void everyItemOnceOnSeveralThreads()
    {
        QFETCH(qsizetype, n);
        Calls calls(n);
        forEachInParallel(n, [&](qsizetype i) { calls(i); });
        QVERIFY(calls.eachOnce());
        QVERIFY(calls.threads.contains(std::this_thread::get_id()));
        const auto cores = qsizetype(std::thread::hardware_concurrency());
        if (cores < 2) { // one core: everything on this thread
            QCOMPARE(calls.threads.size(), 1);
            return;
        }
        // At least this thread and another (a thread's id may be reused once it ended, so
        // there may be fewer ids than threads), never more than a slice a core.
        QVERIFY(calls.threads.size() > 1);
        QVERIFY(calls.threads.size() <= std::min(cores, n / 64));
    }

    void littleWorkStaysOnThisThread_data()
    {
        QTest::addColumn<qsizetype>("n");
        QTest::addRow("none") << qsizetype(0);
        QTest::addRow("one") << qsizetype(1);
        QTest::addRow("under two slices") << qsizetype(127);
    }

    void littleWorkStaysOnThisThread()
    {
        QFETCH(qsizetype, n);
        Calls calls(n);
        forEachInParallel(n, [&](qsizetype i) { calls(i); });
        QVERIFY(calls.eachOnce());
        QVERIFY(calls.threads.size() <= 1);
        if (n > 0)
            QVERIFY(calls.threads.contains(std::this_thread::get_id()));
    }
};

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
