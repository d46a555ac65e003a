// Session and phase arithmetic across breaks, cancellations, moves and non-16 lengths.
#include "TestSupport.h"
#include "course/CourseCalendar.h"
#include "course/CourseStore.h"
#include "course/CourseSummary.h"
#include "course/CourseWording.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace dit;

namespace {

// Mondays at 10:00 from 2 March 2026.
Course weekly(int total = 16)
{
    Course c;
    c.totalSessions = total;
    c.firstSession = QDate(2026, 3, 2);
    c.sessionTime = QTime(10, 0);
    return c;
}

QDateTime at(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

} // namespace

class TestCourse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // docs/COURSE.md: initial 1-4, middle 5-12, ending 13-16.
    void phasesOfSixteen_data()
    {
        QTest::addColumn<int>("session");
        QTest::addColumn<int>("phase");
        QTest::newRow("1") << 1 << int(Phase::Initial);
        QTest::newRow("4") << 4 << int(Phase::Initial);
        QTest::newRow("5") << 5 << int(Phase::Middle);
        QTest::newRow("12") << 12 << int(Phase::Middle);
        QTest::newRow("13") << 13 << int(Phase::Ending);
        QTest::newRow("16") << 16 << int(Phase::Ending);
    }

    void phasesOfSixteen()
    {
        QFETCH(int, session);
        QFETCH(int, phase);
        QCOMPARE(int(phaseOf(session, 16)), phase);
    }

    void phasesScaleForOtherLengths()
    {
        // 28 sessions (complex care): 7 / 14 / 7.
        QCOMPARE(phaseOf(7, 28), Phase::Initial);
        QCOMPARE(phaseOf(8, 28), Phase::Middle);
        QCOMPARE(phaseOf(21, 28), Phase::Middle);
        QCOMPARE(phaseOf(22, 28), Phase::Ending);
        // 12 sessions: 3 / 6 / 3.
        QCOMPARE(phaseOf(3, 12), Phase::Initial);
        QCOMPARE(phaseOf(4, 12), Phase::Middle);
        QCOMPARE(phaseOf(10, 12), Phase::Ending);
        // Very short courses still have a beginning and an ending.
        QCOMPARE(phaseOf(1, 1), Phase::Initial);
        QCOMPARE(phaseOf(1, 2), Phase::Initial);
        QCOMPARE(phaseOf(2, 2), Phase::Ending);
        QCOMPARE(phaseOf(2, 3), Phase::Middle);
    }

    void weeklySessions()
    {
        const CourseCalendar cal(weekly());
        QCOMPARE(cal.sessions().size(), 16);
        QCOMPARE(cal.session(1)->start, at(2026, 3, 2, 10));
        QCOMPARE(cal.session(1)->end, at(2026, 3, 2, 10, 50));
        QCOMPARE(cal.session(16)->start, at(2026, 6, 15, 10));
        QVERIFY(!cal.session(0));
        QVERIFY(!cal.session(17));
    }

    // The example: heading to session 7 of 16 in the middle phase, nine to go after it.
    void whereAmI()
    {
        const CourseCalendar cal(weekly());
        const QDateTime saturdayBefore7 = at(2026, 4, 11); // session 6 was Monday 6 April
        auto cur = cal.current(saturdayBefore7);
        QVERIFY(cur);
        QCOMPARE(cur->number, 7);
        QCOMPARE(cur->phase, Phase::Middle);
        QCOMPARE(cal.remainingAfterCurrent(saturdayBefore7), 9);
        QCOMPARE(cal.completed(saturdayBefore7), 6);
    }

    void currentSessionBoundaries()
    {
        const CourseCalendar cal(weekly());
        QVERIFY(!cal.started(at(2026, 3, 2, 9, 59)));
        QCOMPARE(cal.current(at(2026, 3, 1))->number, 1);
        QVERIFY(cal.started(at(2026, 3, 2, 10)));
        QCOMPARE(cal.current(at(2026, 3, 2, 10, 49))->number, 1); // still in session 1
        QCOMPARE(cal.current(at(2026, 3, 2, 10, 50))->number, 2); // it has ended
        QVERIFY(!cal.finished(at(2026, 6, 15, 10, 49)));
        QVERIFY(cal.finished(at(2026, 6, 15, 10, 50)));
        QVERIFY(!cal.current(at(2026, 6, 15, 10, 50)));
        QCOMPARE(cal.remainingAfterCurrent(at(2027, 1, 1)), 0);
    }

    void breaksAndCancellationsMoveTheRestLater()
    {
        Course c = weekly();
        c.breaks = {QDate(2026, 4, 6)};    // Easter week
        c.cancelled = {QDate(2026, 5, 4)}; // rearranged
        const CourseCalendar cal(c);
        QCOMPARE(cal.sessions().size(), 16);
        QCOMPARE(cal.session(5)->start, at(2026, 3, 30, 10));
        QCOMPARE(cal.session(6)->start, at(2026, 4, 13, 10)); // after the break
        QCOMPARE(cal.session(8)->start, at(2026, 4, 27, 10));
        QCOMPARE(cal.session(9)->start, at(2026, 5, 11, 10));  // after the cancellation
        QCOMPARE(cal.session(16)->start, at(2026, 6, 29, 10)); // two weeks later than planned
        QCOMPARE(cal.skipped().size(), 2);
        QCOMPARE(cal.skipped().at(0).reason, SkippedSlot::Reason::Break);
        QCOMPARE(cal.skipped().at(1).reason, SkippedSlot::Reason::Cancelled);
        // During the break week, the next session is still number 6.
        QCOMPARE(cal.current(at(2026, 4, 8))->number, 6);
    }

    void missedSessionsStillCount()
    {
        Course c = weekly();
        c.missed = {QDate(2026, 3, 16)};
        const CourseCalendar cal(c);
        QVERIFY(cal.session(3)->missed);
        QVERIFY(!cal.session(4)->missed);
        QCOMPARE(cal.session(16)->start, at(2026, 6, 15, 10));
        QCOMPARE(cal.completed(at(2026, 3, 20)), 3);
    }

    void movedSessionKeepsItsNumber()
    {
        Course c = weekly();
        c.moved.insert(QDate(2026, 3, 9), at(2026, 3, 11, 15, 30));
        const CourseCalendar cal(c);
        QCOMPARE(cal.session(2)->start, at(2026, 3, 11, 15, 30));
        QCOMPARE(cal.session(3)->start, at(2026, 3, 16, 10));
        QCOMPARE(cal.current(at(2026, 3, 10))->number, 2);
    }

    void complexCareLength()
    {
        const CourseCalendar cal(weekly(Course::kComplexCareSessions));
        QCOMPARE(cal.sessions().size(), 28);
        QCOMPARE(cal.session(28)->phase, Phase::Ending);
        QCOMPARE(cal.session(28)->start, at(2026, 3, 2, 10).addDays(27 * 7));
    }

    void invalidCoursesAreNamed()
    {
        Course c = weekly();
        c.totalSessions = 0;
        QVERIFY(c.problem().contains(QStringLiteral("between 1 and")));
        QVERIFY(CourseCalendar(c).sessions().isEmpty());
        c = weekly();
        c.firstSession = QDate();
        QVERIFY(c.problem().contains(QStringLiteral("first session")));
        c = weekly();
        c.moved.insert(QDate(2026, 3, 9), at(2026, 3, 30, 10));
        QVERIFY(c.problem().contains(QStringLiteral("same week")));
    }

    void jsonRoundTrip()
    {
        Course c = weekly(20);
        c.breaks = {QDate(2026, 4, 6)};
        c.cancelled = {QDate(2026, 5, 4)};
        c.missed = {QDate(2026, 3, 16)};
        c.moved.insert(QDate(2026, 3, 9), at(2026, 3, 11, 15, 30));
        auto back = Course::fromJson(c.toJson());
        QVERIFY(back);
        QCOMPARE(back.value().toJson(), c.toJson());
        QCOMPARE(back.value().totalSessions, 20);

        QJsonObject broken = c.toJson();
        broken.insert(QStringLiteral("breaks"), QJsonArray{QStringLiteral("not a date")});
        QCOMPARE(Course::fromJson(broken).error().code, ErrorCode::BadInput);
    }

    void marksMustFallOnWeeklySlots()
    {
        Course c = weekly();
        c.breaks = {QDate(2026, 4, 7)}; // a Tuesday: not a slot of a Monday course
        QVERIFY(c.problem().contains(QStringLiteral("2026-04-07")));
        c = weekly();
        c.breaks = {QDate(2026, 2, 23)}; // the week before the first session
        QVERIFY(!c.problem().isEmpty());
        c = weekly();
        c.breaks = {QDate(2026, 4, 6)};
        c.missed = {QDate(2026, 4, 6)};
        QVERIFY(c.problem().contains(QStringLiteral("two ways")));
        c = weekly();
        c.cancelled = {QDate(2026, 4, 6)};
        c.moved.insert(QDate(2026, 4, 6), at(2026, 4, 8, 10));
        QVERIFY(c.problem().contains(QStringLiteral("moved")));
    }

    void setMarkKeepsASlotInOneList()
    {
        Course c = weekly();
        const QDate slot(2026, 4, 6);
        QVERIFY(c.isSlot(slot));
        QVERIFY(!c.isSlot(slot.addDays(1)));
        c.moved.insert(slot, at(2026, 4, 8, 10));
        c.setMark(slot, Course::SlotMark::Missed);
        QCOMPARE(c.markOf(slot), Course::SlotMark::Missed);
        QVERIFY(c.moved.contains(slot)); // a moved session can still be missed
        c.setMark(slot, Course::SlotMark::Break);
        QCOMPARE(c.markOf(slot), Course::SlotMark::Break);
        QVERIFY(c.missed.isEmpty());
        QVERIFY(!c.moved.contains(slot)); // no session that week, so nothing to move
        c.setMark(slot, Course::SlotMark::Cancelled);
        QCOMPARE(c.breaks.size(), 0);
        QCOMPARE(c.cancelled, QList<QDate>{slot});
        c.setMark(slot, Course::SlotMark::Session);
        QCOMPARE(c.markOf(slot), Course::SlotMark::Session);
        QVERIFY(c.problem().isEmpty());
    }

    // Changing the weekday keeps breaks in the same calendar weeks.
    void changingTheFirstDateKeepsMarksInTheirWeeks()
    {
        Course c = weekly();
        c.breaks = {QDate(2026, 4, 6)};                         // Monday of Easter week
        c.missed = {QDate(2026, 3, 2)};                         // the first session
        c.moved.insert(QDate(2026, 3, 16), at(2026, 3, 18, 9)); // to the Wednesday
        c.setFirstSession(QDate(2026, 3, 4));                   // Wednesdays instead
        QCOMPARE(c.breaks, QList<QDate>{QDate(2026, 4, 8)});
        QCOMPARE(c.missed, QList<QDate>{QDate(2026, 3, 4)});
        QVERIFY(c.moved.contains(QDate(2026, 3, 18)));
        QVERIFY(c.problem().isEmpty());
        // A later start drops marks that now fall before it.
        c.setFirstSession(QDate(2026, 3, 11));
        QVERIFY(c.missed.isEmpty());
        QCOMPARE(c.breaks, QList<QDate>{QDate(2026, 4, 8)});
        QVERIFY(c.problem().isEmpty());
    }

    void summaryStages()
    {
        QCOMPARE(summarize(std::nullopt, at(2026, 3, 1)).stage, CourseSummary::Stage::NotSetUp);
        QCOMPARE(summarize(std::nullopt, at(2026, 3, 1)).contentStage(), QStringLiteral("initial"));
        const std::optional<Course> c = weekly();
        const CourseSummary before = summarize(c, at(2026, 2, 27));
        QCOMPARE(before.stage, CourseSummary::Stage::NotStarted);
        QCOMPARE(before.current->number, 1);
        QCOMPARE(before.contentStage(), QStringLiteral("initial"));
        const CourseSummary during = summarize(c, at(2026, 4, 13, 10, 20));
        QCOMPARE(during.stage, CourseSummary::Stage::InProgress);
        QVERIFY(during.inSessionNow);
        QCOMPARE(during.current->number, 7);
        QCOMPARE(during.contentStage(), QStringLiteral("middle"));
        const CourseSummary ending = summarize(c, at(2026, 5, 30));
        QCOMPARE(ending.current->number, 14);
        QCOMPARE(ending.contentStage(), QStringLiteral("ending"));
        const CourseSummary after = summarize(c, at(2026, 7, 1));
        QCOMPARE(after.stage, CourseSummary::Stage::Finished);
        QVERIFY(!after.current);
        QCOMPARE(after.completed, 16);
        QCOMPARE(after.contentStage(), QStringLiteral("after"));
    }

    // The wording: "Session 7 of 16 · Middle phase", the next session in the locale,
    // and the remaining sessions said gently.
    void homeWording()
    {
        const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
        const std::optional<Course> c = weekly();
        const QDateTime saturday = at(2026, 4, 11);
        const CourseSummary s = summarize(c, saturday);
        QCOMPARE(wording::headline(s), QStringLiteral("Session 7 of 16 · Middle phase"));
        QCOMPARE(wording::nextSession(s, saturday, uk),
                 QStringLiteral("Next session: Monday, 13 April 2026 at 10:00 (in 2 days)."));
        QVERIFY(wording::remaining(s).startsWith(
            QStringLiteral("After this one, there are 9 more sessions.")));
        const CourseSummary last = summarize(c, at(2026, 6, 14));
        QVERIFY(wording::remaining(last).startsWith(QStringLiteral("This is your last session.")));
        QVERIFY(wording::remaining(summarize(c, at(2026, 6, 7)))
                    .startsWith(QStringLiteral("After this one, there is one more session.")));
        const CourseSummary now = summarize(c, at(2026, 4, 13, 10, 5));
        QCOMPARE(wording::nextSession(now, at(2026, 4, 13, 10, 5), uk),
                 QStringLiteral("Session 7 is happening now, until 10:50."));
        QCOMPARE(wording::headline(summarize(c, at(2026, 2, 27))),
                 QStringLiteral("Before your first session"));
        QVERIFY(wording::nextSession(summarize(c, at(2026, 2, 27)), at(2026, 2, 27), uk)
                    .startsWith(QStringLiteral("Your first session is on Monday, 2 March 2026")));
        const CourseSummary done = summarize(c, at(2026, 7, 1));
        QCOMPARE(wording::headline(done), QStringLiteral("Your sessions have ended"));
        QCOMPARE(wording::remaining(done, uk),
                 QStringLiteral("Your last session was on Monday, 15 June 2026."));
        QVERIFY(wording::nextSession(done, at(2026, 7, 1), uk).isEmpty());
    }

    void timesHaveNoSeconds()
    {
        QCOMPARE(wording::timeOfDay(QTime(10, 0), QLocale::c()), QStringLiteral("10:00"));
        QCOMPARE(
            wording::timeOfDay(QTime(15, 30), QLocale(QLocale::English, QLocale::UnitedKingdom)),
            QStringLiteral("15:30"));
        QVERIFY(wording::timeOfDay(QTime(15, 30), QLocale(QLocale::English, QLocale::UnitedStates))
                    .startsWith(QStringLiteral("3:30")));
    }

    // A day near now is said the same way on every page, in the locale's order and words,
    // without the year (expected values: Qt 6.4's CLDR long date formats for these locales).
    void daysWithoutTheYear()
    {
        const QDate day(2026, 11, 24); // a Tuesday
        const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale es(QLocale::Spanish, QLocale::Spain);
        const QLocale ja(QLocale::Japanese, QLocale::Japan);
        QCOMPARE(wording::dayAndMonth(day, gb),
                 gb.toString(day, QLocale::LongFormat).remove(QStringLiteral(" 2026")));
        QCOMPARE(wording::dayAndMonth(day, us), QStringLiteral("Tuesday, November 24"));
        QCOMPARE(wording::dayAndMonth(day, de), QStringLiteral("Dienstag, 24. November"));
        QCOMPARE(wording::dayAndMonth(day, es), QStringLiteral("martes, 24 de noviembre"));
        QCOMPARE(wording::dayAndMonth(day, ja), QStringLiteral("11月24日火曜日"));
        QCOMPARE(wording::shortDayAndMonth(day, us), QStringLiteral("Tue, Nov 24"));
        QVERIFY(wording::shortDayAndMonth(day, gb).startsWith(QStringLiteral("Tue")));
        QVERIFY(wording::shortDayAndMonth(day, gb).contains(QStringLiteral("24 Nov")));
        for (const QLocale &l : {gb, us, de, es, ja, QLocale::c()}) {
            QVERIFY2(!wording::dayAndMonth(day, l).contains(QStringLiteral("2026")),
                     qPrintable(l.name()));
            QVERIFY2(!wording::shortDayAndMonth(day, l).contains(QStringLiteral("2026")),
                     qPrintable(l.name()));
        }
    }

    void relativeDays()
    {
        const QDate today(2026, 4, 11);
        QCOMPARE(wording::relativeDay(today, today), QStringLiteral("today"));
        QCOMPARE(wording::relativeDay(today.addDays(1), today), QStringLiteral("tomorrow"));
        QCOMPARE(wording::relativeDay(today.addDays(13), today), QStringLiteral("in 13 days"));
        QCOMPARE(wording::relativeDay(today.addDays(15), today), QStringLiteral("in 2 weeks"));
        QVERIFY(wording::relativeDay(today.addDays(-1), today).isEmpty());
    }

    // Each stage has its own card, in plain words, pointing at a library piece.
    void phaseCards()
    {
        QSet<QString> articles;
        for (const char *stage : {"initial", "middle", "ending", "after"}) {
            const wording::PhaseCard card = wording::phaseCard(QString::fromLatin1(stage));
            QVERIFY(!card.title.isEmpty());
            QVERIFY(card.text.size() > 80);
            articles.insert(card.articleId);
        }
        QCOMPARE(articles.size(), 4);
        QVERIFY(wording::phaseCard(QStringLiteral("middle"))
                    .text.contains(QStringLiteral("say less and listen more")));
    }

    void editsKeepHistory()
    {
        test::TempProfile t;
        auto store = t.create();
        CourseStore courses(store->records());
        QVERIFY(!courses.current().value().has_value());
        QVERIFY(courses.save(weekly()));
        t.clock.advanceSeconds(60);
        Course edited = weekly();
        edited.breaks = {QDate(2026, 4, 6)};
        QVERIFY(courses.save(edited));
        QCOMPARE(courses.current().value()->breaks.size(), 1);
        QCOMPARE(courses.history().value().size(), 2);
        // Caseload courses are kept apart by subject.
        QVERIFY(!courses.current(QStringLiteral("patient-a")).value().has_value());
        Course bad = weekly();
        bad.totalSessions = 99;
        QCOMPARE(courses.save(bad).error().code, ErrorCode::BadInput);
    }

    // Clock changes (docs/COURSE.md, "Clock changes"). In Europe/London the clocks go forward
    // at 01:00 GMT on 29 March 2026 (01:00-01:59 does not exist) and back at 02:00 BST on
    // 25 October 2026 (01:00-01:59 happens twice): the EU/UK summer-time rule, last Sundays
    // of March and October.
    void aSessionInTheSkippedHourIsAtTheNextTimeThatExists()
    {
        const QTimeZone london("Europe/London");
        QVERIFY(london.isValid());
        Course c = weekly();
        c.firstSession = QDate(2026, 3, 1); // Sundays
        c.sessionTime = QTime(1, 30);
        const CourseCalendar calendar(c, london);
        QCOMPARE(calendar.sessions().size(), 16);
        const ScheduledSession &fifth = calendar.sessions().at(4);
        QCOMPARE(fifth.slot, QDate(2026, 3, 29));
        QVERIFY(fifth.start.isValid());
        QCOMPARE(fifth.start.date(), QDate(2026, 3, 29));
        QCOMPARE(fifth.start.time(), QTime(2, 0));
        QCOMPARE(fifth.start.toUTC(), QDateTime(QDate(2026, 3, 29), QTime(1, 0), QTimeZone::utc()));
        QCOMPARE(fifth.clockChange, ClockChange::Skipped);
        QCOMPARE(fifth.end.time(), QTime(2, 50));
        // The weeks either side are as planned, and nothing is lost from the count.
        QCOMPARE(calendar.sessions().at(3).start.time(), QTime(1, 30));
        QCOMPARE(calendar.sessions().at(3).clockChange, ClockChange::None);
        QCOMPARE(calendar.sessions().at(5).start.time(), QTime(1, 30));
        // Heading to session 5 on the Saturday before: it is next, not session 6.
        const auto next = calendar.current(QDateTime(QDate(2026, 3, 28), QTime(12, 0), london));
        QVERIFY(next);
        QCOMPARE(next->number, 5);
    }

    void aSessionInTheRepeatedHourIsAtTheFirstOfTheTwo()
    {
        const QTimeZone london("Europe/London");
        Course c = weekly();
        c.firstSession = QDate(2026, 10, 18);
        c.sessionTime = QTime(1, 30);
        const CourseCalendar calendar(c, london);
        const ScheduledSession &second = calendar.sessions().at(1);
        QCOMPARE(second.slot, QDate(2026, 10, 25));
        QCOMPARE(second.start.time(), QTime(1, 30));
        QCOMPARE(second.clockChange, ClockChange::Repeated);
        // The first 01:30 is still summer time: 00:30 UTC.
        QCOMPARE(second.start.toUTC(),
                 QDateTime(QDate(2026, 10, 25), QTime(0, 30), QTimeZone::utc()));
        QCOMPARE(calendar.sessions().at(0).clockChange, ClockChange::None);
        // A time clear of the change is not marked.
        ClockChange change = ClockChange::Skipped;
        placeInTime(QDate(2026, 10, 25), QTime(10, 0), london, &change);
        QCOMPARE(change, ClockChange::None);
    }

    // Boundaries of the gap in another zone (America/New_York: 8 March 2026, 02:00 -> 03:00).
    void skippedHourBoundaries()
    {
        const QTimeZone newYork("America/New_York");
        QVERIFY(newYork.isValid());
        const QDate day(2026, 3, 8);
        ClockChange change = ClockChange::None;
        QCOMPARE(placeInTime(day, QTime(1, 59), newYork, &change).time(), QTime(1, 59));
        QCOMPARE(change, ClockChange::None);
        QCOMPARE(placeInTime(day, QTime(2, 0), newYork, &change).time(), QTime(3, 0));
        QCOMPARE(change, ClockChange::Skipped);
        QCOMPARE(placeInTime(day, QTime(2, 59), newYork, &change).time(), QTime(3, 0));
        QCOMPARE(change, ClockChange::Skipped);
        QCOMPARE(placeInTime(day, QTime(3, 0), newYork, &change).time(), QTime(3, 0));
        QCOMPARE(change, ClockChange::None);
    }

    // A session moved into the skipped hour is placed the same way.
    void aMoveIntoTheSkippedHour()
    {
        const QTimeZone london("Europe/London");
        Course c = weekly();
        // Only the wall-clock time of a move counts (UTC here so the machine's zone cannot
        // refuse it).
        c.moved.insert(QDate(2026, 3, 23),
                       QDateTime(QDate(2026, 3, 29), QTime(1, 15), QTimeZone::utc()));
        const CourseCalendar calendar(c, london);
        const ScheduledSession *s = calendar.session(4);
        QVERIFY(s);
        QCOMPARE(s->start.time(), QTime(2, 0));
        QCOMPARE(s->clockChange, ClockChange::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestCourse)
#include "tst_course.moc"
