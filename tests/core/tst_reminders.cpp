// Reminders: when they are due (with a manual clock), what they say (never anything
// sensitive), the person's choices, and the hand-over to the platform's notifier.
#include "TestSupport.h"
#include "course/CourseStore.h"
#include "demo/DemoData.h"
#include "letters/AfterTherapy.h"
#include "reminders/ReminderPlanner.h"
#include "reminders/ReminderQueue.h"
#include "reminders/ReminderScheduler.h"
#include "testing/RecordingNotifier.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace dit;

namespace {

// Mondays at 10:00 (London time) from 2 March 2026.
Course weekly(int total = 16)
{
    Course c;
    c.totalSessions = total;
    c.firstSession = QDate(2026, 3, 2);
    c.sessionTime = QTime(10, 0);
    return c;
}

QDateTime local(int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(2026, m, d), QTime(h, min));
}

// Words a reminder must never contain: anyone can see a phone's lock screen. Whole words,
// case-insensitive; "psych", "therap" and "depress" also as word starts.
const QStringList &forbidden()
{
    static const QStringList words = {
        QStringLiteral("dit"),
        QStringLiteral("dynamic"),
        QStringLiteral("interpersonal"),
        QStringLiteral("therap\\w*"),
        QStringLiteral("session\\w*"),
        QStringLiteral("depress\\w*"),
        QStringLiteral("anxi\\w*"),
        QStringLiteral("mood\\w*"),
        QStringLiteral("score\\w*"),
        QStringLiteral("form\\w*"),
        QStringLiteral("questionnaire\\w*"),
        QStringLiteral("feel\\w*"),
        QStringLiteral("psych\\w*"),
        QStringLiteral("mental"),
        QStringLiteral("health"),
        QStringLiteral("nhs"),
        QStringLiteral("clinic\\w*"),
        QStringLiteral("appointment\\w*"),
        QStringLiteral("counsel\\w*"),
        QStringLiteral("letter"),
        QStringLiteral("goodbye"),
        QStringLiteral("focus"),
        QStringLiteral("phq\\w*"),
        QStringLiteral("gad\\w*"),
        QStringLiteral("risk"),
        QStringLiteral("harm"),
        QStringLiteral("crisis"),
        QStringLiteral("suicid\\w*"),
        QStringLiteral("sad\\w*"),
        QStringLiteral("low"),
        QStringLiteral("companion"),
        QStringLiteral("\\d+"), // no session numbers either
    };
    return words;
}

void verifyNeutral(const QString &text)
{
    for (const QString &w : forbidden()) {
        const QRegularExpression re(QStringLiteral("\\b") + w + QStringLiteral("\\b"),
                                    QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!re.match(text).hasMatch(), qPrintable(text + QStringLiteral(" ~ ") + w));
    }
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // By default a form opens when the measures rule says (FormPlanner: 72 hours before).
    void formOpeningFollowsTheMeasuresDefault()
    {
        ManualClock clock(local(4, 11, 12)); // Saturday before session 7
        const QList<Notification> plan = ReminderScheduler(clock).plan(weekly(), {});
        QVERIFY(!plan.isEmpty());
        // Session 7's form opened on Friday 10:00, before now: the first is session 8's,
        // opening on Friday 17 April at 10:00 for Monday 20 April at 10:00.
        QCOMPARE(plan.first().id, QStringLiteral("form-8"));
        QCOMPARE(plan.first().at, local(4, 17).toUTC());
        QCOMPARE(plan.first().at.timeSpec(), Qt::UTC);
        for (qsizetype i = 1; i < plan.size(); ++i)
            QVERIFY(plan.at(i - 1).at <= plan.at(i).at);
    }

    // The measures feature decides when a form opens; the scheduler follows.
    void formOpeningFollowsTheMeasuresRule()
    {
        ManualClock clock(local(4, 11, 12));
        ReminderOptions options;
        options.formOpensBefore = std::chrono::hours(24);
        const QList<Notification> plan = ReminderScheduler(clock).plan(weekly(), options);
        QCOMPARE(plan.first().id, QStringLiteral("form-7"));
        QCOMPARE(plan.first().at, local(4, 12).toUTC());
    }

    void dayBeforeIsOptional()
    {
        ManualClock clock(local(4, 11, 12));
        ReminderOptions options;
        options.formOpening = false;
        options.dayBefore = true;
        const QList<Notification> plan = ReminderScheduler(clock).plan(weekly(), options);
        QCOMPARE(plan.first().id, QStringLiteral("daybefore-7"));
        QCOMPARE(plan.first().at, local(4, 12, 18).toUTC());
        options.dayBefore = false;
        QVERIFY(ReminderScheduler(clock).plan(weekly(), options).isEmpty());
    }

    // A day-before reminder close to the form-opening one is dropped: one buzz, not two.
    void closeRemindersAreMerged()
    {
        ManualClock clock(local(4, 11, 12));
        ReminderOptions options;
        options.dayBefore = true;
        options.formOpensBefore = std::chrono::hours(17); // opens Sunday 17:00
        const QList<Notification> plan = ReminderScheduler(clock).plan(weekly(), options);
        QStringList ids;
        for (const Notification &n : plan)
            ids << n.id;
        QVERIFY(ids.contains(QStringLiteral("form-7")));
        QVERIFY(!ids.contains(QStringLiteral("daybefore-7")));
        options.formOpensBefore = std::chrono::hours(48);
        ids.clear();
        for (const Notification &n : ReminderScheduler(clock).plan(weekly(), options))
            ids << n.id;
        QVERIFY(ids.contains(QStringLiteral("daybefore-7")));
        QVERIFY(ids.contains(QStringLiteral("form-8")));
    }

    // Breaks and cancellations have no reminders; moved sessions are reminded at their
    // new time.
    void followsBreaksAndMoves()
    {
        Course c = weekly();
        c.breaks = {QDate(2026, 4, 13)};
        c.moved.insert(QDate(2026, 4, 20), local(4, 22, 15));
        ManualClock clock(local(4, 11, 12));
        const QList<Notification> plan = ReminderScheduler(clock).plan(c, {});
        QCOMPARE(plan.first().id, QStringLiteral("form-7"));
        QCOMPARE(plan.first().at, local(4, 19, 15).toUTC()); // 72 h before Wed 15:00
        for (const Notification &n : plan)
            QVERIFY(n.at.toLocalTime().date() != QDate(2026, 4, 11)); // nothing for the break
    }

    void nothingWithoutACourseOrAfterTheEnd()
    {
        ManualClock clock(local(4, 11, 12));
        QVERIFY(ReminderScheduler(clock).plan(std::nullopt, {}).isEmpty());
        clock.set(local(7, 1));
        QVERIFY(ReminderScheduler(clock).plan(weekly(), {}).isEmpty());
        Course invalid = weekly();
        invalid.totalSessions = 0;
        clock.set(local(1, 1));
        QVERIFY(ReminderScheduler(clock).plan(invalid, {}).isEmpty());
    }

    void pendingIsCapped()
    {
        ManualClock clock(local(1, 1));
        ReminderOptions options;
        options.dayBefore = true;
        const auto plan = ReminderScheduler(clock).plan(weekly(28), options);
        QCOMPARE(plan.size(), options.maxPending);
        QCOMPARE(plan.first().id, QStringLiteral("form-1"));
    }

    // The words: nothing about therapy, sessions, forms, scores or feelings; the same text
    // for every session; and the app name they appear under is neutral too.
    void wordingIsNeutral()
    {
        verifyNeutral(ReminderScheduler::title());
        verifyNeutral(ReminderScheduler::formOpeningText());
        verifyNeutral(ReminderScheduler::dayBeforeText());
        verifyNeutral(
            QString::fromLatin1(kNotificationAppName)
                .replace(QStringLiteral("Companion"), QString())); // the name itself is allowed
        QVERIFY(!QString::fromLatin1(kNotificationAppName).contains(QStringLiteral("DIT")));
        ManualClock clock(local(1, 1));
        ReminderOptions options;
        options.dayBefore = true;
        QSet<QString> bodies;
        for (const Notification &n : ReminderScheduler(clock).plan(weekly(), options)) {
            verifyNeutral(n.title + u' ' + n.body);
            verifyNeutral(n.body);
            bodies.insert(n.body);
        }
        QCOMPARE(bodies.size(), 2);
    }

    // The checker itself catches what it must.
    void neutralityCheckerCatchesSensitiveWords()
    {
        for (const char *bad : {"Your DIT session is tomorrow", "Time for your form",
                                "How is your mood?", "Therapy reminder", "Session 7"}) {
            bool caught = false;
            for (const QString &w : forbidden()) {
                const QRegularExpression re(QStringLiteral("\\b") + w + QStringLiteral("\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
                caught = caught || re.match(QString::fromLatin1(bad)).hasMatch();
            }
            QVERIFY2(caught, bad);
        }
    }

    void queueShowsDueRemindersOnce()
    {
        ReminderQueue q(3600);
        const QDateTime t0 = local(4, 11, 12).toUTC();
        q.replace({{QStringLiteral("b"), t0.addSecs(120), {}, {}},
                   {QStringLiteral("a"), t0.addSecs(60), {}, {}},
                   {QStringLiteral("old"), t0.addSecs(-7200), {}, {}}});
        QCOMPARE(q.nextAt(), t0.addSecs(-7200));
        // More than the grace period late: dropped, not shown out of context.
        QVERIFY(q.takeDue(t0).isEmpty());
        QCOMPARE(q.nextAt(), t0.addSecs(60));
        const auto due = q.takeDue(t0.addSecs(90));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, QStringLiteral("a"));
        QVERIFY(q.takeDue(t0.addSecs(90)).isEmpty());
        QCOMPARE(q.takeDue(t0.addSecs(600)).size(), 1);
        QVERIFY(!q.nextAt().isValid());
    }

    void choicesAreKeptInTheStore()
    {
        test::TempProfile t;
        auto store = t.create();
        ReminderChoices c = ReminderChoices::load(store->settings());
        QVERIFY(c.formOpening);
        QVERIFY(!c.dayBefore);
        c.formOpening = false;
        c.dayBefore = true;
        QVERIFY(c.save(store->settings()));
        const ReminderChoices back = ReminderChoices::load(store->settings());
        QVERIFY(!back.formOpening);
        QVERIFY(back.dayBefore);
    }

    // After therapy there are no more forms, but the person may ask to be reminded to reread
    // the goodbye letter; it goes in the same list, since scheduling replaces the whole list.
    void plannerIncludesTheLetterRereadReminder()
    {
        test::TempProfile t;
        auto store = t.create();
        QVERIFY(demo::fill(*store, t.clock.now(), demo::Stage::After));
        RecordingNotifier notifier;
        ReminderPlanner planner(*store, notifier, t.clock);
        QVERIFY(planner.refresh());
        QVERIFY(notifier.pending().isEmpty()); // reread reminders are off by default

        QVERIFY(store->settings().setValue(QString::fromLatin1(letters::kRereadSetting),
                                           QStringLiteral("yearly")));
        QVERIFY(planner.refresh());
        QCOMPARE(notifier.pending().size(), 1);
        const Notification reread = notifier.pending().first();
        QCOMPARE(reread.id, QString::fromLatin1(kLetterRereadId));
        QCOMPARE(reread.at, *letters::nextReread(*store, t.clock.now()).value());
        QVERIFY(reread.at > t.clock.now());
        QCOMPARE(reread.body, letters::rereadNotificationBody());
        QVERIFY(!reread.body.contains(QStringLiteral("letter"), Qt::CaseInsensitive));

        QVERIFY(store->settings().setValue(QString::fromLatin1(letters::kRereadSetting),
                                           QStringLiteral("off")));
        QVERIFY(planner.refresh());
        QVERIFY(notifier.pending().isEmpty());
    }

    void plannerHandsTheScheduleToTheNotifier()
    {
        test::TempProfile t;
        auto store = t.create();
        t.clock.set(local(4, 11, 12).toUTC());
        RecordingNotifier notifier;
        ReminderPlanner planner(*store, notifier, t.clock);
        QVERIFY(planner.refresh());
        QVERIFY(notifier.pending().isEmpty()); // no course yet
        QVERIFY(CourseStore(store->records()).save(weekly()));
        QVERIFY(planner.refresh());
        QCOMPARE(notifier.pending().first().id, QStringLiteral("form-8"));
        QVERIFY(planner.refresh(std::chrono::hours(24)));
        QCOMPARE(notifier.pending().first().id, QStringLiteral("form-7"));

        ReminderChoices off;
        off.formOpening = false;
        QVERIFY(off.save(store->settings()));
        QVERIFY(planner.refresh());
        QVERIFY(notifier.pending().isEmpty());

        ReminderChoices on;
        QVERIFY(on.save(store->settings()));
        notifier.failNext = true;
        QCOMPARE(planner.refresh().error().code, ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
