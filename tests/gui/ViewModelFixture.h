// What the view-model tests share: an AppContext on a fresh, unlocked patient (or therapist)
// profile with a manual clock (Saturday 11 April 2026, midday) and a recording notifier.
#pragma once

#include "AppContext.h"
#include "TestSupport.h"
#include "course/CourseStore.h"
#include "testing/MemoryKeystore.h"
#include "testing/RecordingNotifier.h"

#include <QTest>

namespace dit::test {

inline QDateTime local(int m, int d, int h = 12)
{
    return QDateTime(QDate(2026, m, d), QTime(h, 0));
}

struct Fixture
{
    QTemporaryDir dir;
    ManualClock *clock = nullptr;
    RecordingNotifier *notifier = nullptr;
    std::unique_ptr<AppContext> ctx;

    explicit Fixture(Role role = Role::Patient)
    {
        auto manual = std::make_unique<ManualClock>(local(4, 11).toUTC());
        clock = manual.get();
        AppContext::Options options;
        options.profileDir = dir.filePath(QStringLiteral("profile"));
        ctx = std::make_unique<AppContext>(options, std::make_unique<MemoryKeystore>(),
                                           std::move(manual));
        auto n = std::make_unique<RecordingNotifier>();
        notifier = n.get();
        ctx->setNotifier(std::move(n));
        auto store =
            ctx->profile().create(test::secret("correct horse battery"), role, test::fastKdf());
        if (!store)
            qFatal("could not create the test profile");
        ctx->openStore(std::move(store.value()));
    }

    // Mondays at 10:00 from 2 March 2026, 16 sessions: session 7 is on 13 April.
    void saveCourse()
    {
        Course c;
        c.firstSession = QDate(2026, 3, 2);
        c.sessionTime = QTime(10, 0);
        QVERIFY(CourseStore(ctx->store()->records()).save(c));
        ctx->notifyRecordsChanged(QStringLiteral("course"));
    }
};

} // namespace dit::test
