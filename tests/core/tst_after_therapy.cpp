// After therapy: when Home becomes the letter, and when a gentle reminder to reread it is
// due, on a manual clock.
#include "TestSupport.h"
#include "course/CourseStore.h"
#include "letters/AfterTherapy.h"
#include "letters/LetterStore.h"
#include "letters/LetterTemplate.h"

#include <QTest>

using namespace dit;
using namespace dit::letters;

namespace {

// Mondays at 10:00 from 2 March 2026: session 16 is 15 June 2026, 10:00-10:50.
Course sixteen()
{
    Course c;
    c.firstSession = QDate(2026, 3, 2);
    c.sessionTime = QTime(10, 0);
    return c;
}

QDateTime local(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

Letter aLetter()
{
    Letter l = blankLetter(LetterAuthor::Therapist);
    l.title = QStringLiteral("Our work together");
    l.date = QDate(2026, 6, 1);
    l.sections[1].text = QStringLiteral("Words.");
    return withoutEmptySections(l);
}

} // namespace

class TestAfterTherapy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void homeRule_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("hasLetter");
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("therapist");
        QTest::addColumn<bool>("expected");
        const int automatic = int(HomeChoice::Automatic);
        QTest::newRow("during therapy") << local(2026, 6, 1) << true << automatic << false << false;
        QTest::newRow("in the last session")
            << local(2026, 6, 15, 10, 30) << true << automatic << false << false;
        QTest::newRow("last session just ended")
            << local(2026, 6, 15, 10, 50) << true << automatic << false << true;
        QTest::newRow("years later") << local(2029, 1, 1) << true << automatic << false << true;
        QTest::newRow("no letter") << local(2026, 7, 1) << false << automatic << false << false;
        QTest::newRow("chose letter early")
            << local(2026, 5, 1) << true << int(HomeChoice::Letter) << false << true;
        QTest::newRow("chose letter, none yet")
            << local(2026, 5, 1) << false << int(HomeChoice::Letter) << false << false;
        QTest::newRow("chose course")
            << local(2026, 7, 1) << true << int(HomeChoice::Course) << false << false;
        QTest::newRow("therapist") << local(2026, 7, 1) << true << automatic << true << false;
    }

    void homeRule()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, hasLetter);
        QFETCH(int, choice);
        QFETCH(bool, therapist);
        QFETCH(bool, expected);
        HomeFacts f;
        f.role = therapist ? Role::Therapist : Role::Patient;
        f.hasLetter = hasLetter;
        f.course = sixteen();
        f.choice = HomeChoice(choice);
        QCOMPARE(letterIsHome(f, now), expected);
    }

    void noCourseMeansNotAutomatically()
    {
        HomeFacts f;
        f.hasLetter = true;
        QVERIFY(!letterIsHome(f, local(2030, 1, 1)));
    }

    // The same rule read from a real store, moving a manual clock past the last session.
    void homeSwitchesWhenTheClockPassesTheLastSession()
    {
        test::TempProfile t;
        t.clock.set(local(2026, 6, 15, 10, 49).toUTC());
        auto store = t.create();
        QVERIFY(CourseStore(store->records()).save(sixteen()));
        auto facts = homeFacts(*store);
        QVERIFY(facts);
        QVERIFY(!facts.value().hasLetter);
        QVERIFY(LetterStore(store->records()).create(aLetter()));
        facts = homeFacts(*store);
        QVERIFY(facts.value().hasLetter);
        QVERIFY(!letterIsHome(facts.value(), t.clock.now()));
        t.clock.advanceSeconds(60);
        QVERIFY(letterIsHome(facts.value(), t.clock.now()));
        QVERIFY(store->settings().setValue(QString::fromLatin1(kHomeChoiceSetting),
                                           homeChoiceName(HomeChoice::Course)));
        QVERIFY(!letterIsHome(homeFacts(*store).value(), t.clock.now()));
    }

    void names()
    {
        for (const HomeChoice c : {HomeChoice::Automatic, HomeChoice::Letter, HomeChoice::Course}) {
            HomeChoice back = HomeChoice::Course;
            QVERIFY(homeChoiceFromName(homeChoiceName(c), &back));
            QCOMPARE(back, c);
        }
        HomeChoice unused;
        QVERIFY(!homeChoiceFromName(QStringLiteral("sometimes"), &unused));
        RereadSchedule s;
        QVERIFY(!rereadScheduleFromName(QStringLiteral("daily"), &s));
        QVERIFY(rereadScheduleFromName(QStringLiteral("yearly"), &s));
        QCOMPARE(s, RereadSchedule::Yearly);
    }

    void rereadDates_data()
    {
        QTest::addColumn<QDate>("base");
        QTest::addColumn<int>("schedule");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");
        const int yearly = int(RereadSchedule::Yearly);
        const int quarterly = int(RereadSchedule::Quarterly);
        const QDate end(2026, 6, 15);
        QTest::newRow("first anniversary")
            << end << yearly << local(2026, 6, 16) << local(2027, 6, 15, 10);
        QTest::newRow("anniversary morning, before ten")
            << end << yearly << local(2027, 6, 15, 9, 59) << local(2027, 6, 15, 10);
        QTest::newRow("anniversary, just after ten")
            << end << yearly << local(2027, 6, 15, 10, 1) << local(2028, 6, 15, 10);
        QTest::newRow("leap day base")
            << QDate(2028, 2, 29) << yearly << local(2028, 3, 1) << local(2029, 2, 28, 10);
        QTest::newRow("leap day base, next leap year")
            << QDate(2028, 2, 29) << yearly << local(2031, 3, 1) << local(2032, 2, 29, 10);
        QTest::newRow("quarterly")
            << end << quarterly << local(2026, 6, 16) << local(2026, 9, 15, 10);
        QTest::newRow("quarterly from the 31st does not drift")
            << QDate(2026, 8, 31) << quarterly << local(2027, 3, 1) << local(2027, 5, 31, 10);
        // Across the clocks going back (25 October 2026): still 10:00 local.
        QTest::newRow("local time kept")
            << QDate(2026, 7, 27) << quarterly << local(2026, 8, 1) << local(2026, 10, 27, 10);
    }

    void rereadDates()
    {
        QFETCH(QDate, base);
        QFETCH(int, schedule);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        const auto next = nextReread(base, RereadSchedule(schedule), now);
        QVERIFY(next);
        QCOMPARE(*next, expected);
        QCOMPARE(next->time(), QTime(kRereadHour, 0));
    }

    void rereadOffOrWithoutBase()
    {
        QVERIFY(!nextReread(QDate(2026, 6, 15), RereadSchedule::Off, local(2026, 7, 1)));
        QVERIFY(!nextReread(QDate(), RereadSchedule::Yearly, local(2026, 7, 1)));
    }

    void rereadFromTheStore()
    {
        test::TempProfile t;
        t.clock.set(local(2026, 7, 1).toUTC());
        auto store = t.create();
        QVERIFY(!nextReread(*store, t.clock.now()).value()); // off by default
        QVERIFY(store->settings().setValue(QString::fromLatin1(kRereadSetting),
                                           rereadScheduleName(RereadSchedule::Yearly)));
        QVERIFY(!nextReread(*store, t.clock.now()).value()); // no letter yet
        QVERIFY(LetterStore(store->records()).create(aLetter()));
        // Without a course: from the date on the letter.
        QCOMPARE(*nextReread(*store, t.clock.now()).value(), local(2027, 6, 1, 10));
        QVERIFY(CourseStore(store->records()).save(sixteen()));
        QCOMPARE(*nextReread(*store, t.clock.now()).value(), local(2027, 6, 15, 10));
    }

    // A notification can be read off a locked screen: it must not say what it is about.
    void notificationHasNoSensitiveWords()
    {
        const QString text =
            (rereadNotificationTitle() + u' ' + rereadNotificationBody()).toLower();
        QVERIFY(!text.isEmpty());
        for (const char *word : {"letter", "therap", "session", "depress", "dit", "goodbye", "feel",
                                 "mood", "anxi", "reread", "counsel"})
            QVERIFY2(!text.contains(QLatin1String(word)), word);
    }
};

QTEST_GUILESS_MAIN(TestAfterTherapy)
#include "tst_after_therapy.moc"
