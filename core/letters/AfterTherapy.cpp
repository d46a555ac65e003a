#include "AfterTherapy.h"

#include "LetterStore.h"
#include "course/CourseCalendar.h"
#include "course/CourseStore.h"

#include <QCoreApplication>

namespace dit::letters {

namespace {

// The newest therapist letter's current version, if any.
Result<std::optional<LetterVersion>> therapistLetter(Store &store)
{
    auto all = LetterStore(store.records()).letters();
    if (!all)
        return all.error();
    std::optional<LetterVersion> found;
    for (const LetterSummary &s : all.value())
        if (s.current.letter.author == LetterAuthor::Therapist)
            found = s.current;
    return found;
}

} // namespace

QString homeChoiceName(HomeChoice choice)
{
    switch (choice) {
    case HomeChoice::Letter:
        return QStringLiteral("letter");
    case HomeChoice::Course:
        return QStringLiteral("course");
    case HomeChoice::Automatic:
        break;
    }
    return QStringLiteral("automatic");
}

bool homeChoiceFromName(const QString &name, HomeChoice *choice)
{
    for (const HomeChoice c : {HomeChoice::Automatic, HomeChoice::Letter, HomeChoice::Course})
        if (homeChoiceName(c) == name) {
            *choice = c;
            return true;
        }
    return false;
}

bool letterIsHome(const HomeFacts &facts, const QDateTime &now)
{
    if (facts.role != Role::Patient || !facts.hasLetter)
        return false;
    switch (facts.choice) {
    case HomeChoice::Letter:
        return true;
    case HomeChoice::Course:
        return false;
    case HomeChoice::Automatic:
        break;
    }
    return facts.course && CourseCalendar(*facts.course).finished(now);
}

Result<HomeFacts> homeFacts(Store &store)
{
    HomeFacts f;
    f.role = store.role();
    homeChoiceFromName(store.settings().value(QString::fromLatin1(kHomeChoiceSetting)), &f.choice);
    auto letter = therapistLetter(store);
    if (!letter)
        return letter.error();
    f.hasLetter = letter.value().has_value();
    auto course = CourseStore(store.records()).current();
    if (!course)
        return course.error();
    f.course = course.value();
    return f;
}

QString rereadScheduleName(RereadSchedule schedule)
{
    switch (schedule) {
    case RereadSchedule::Yearly:
        return QStringLiteral("yearly");
    case RereadSchedule::Quarterly:
        return QStringLiteral("quarterly");
    case RereadSchedule::Off:
        break;
    }
    return QStringLiteral("off");
}

bool rereadScheduleFromName(const QString &name, RereadSchedule *schedule)
{
    for (const RereadSchedule s :
         {RereadSchedule::Off, RereadSchedule::Yearly, RereadSchedule::Quarterly})
        if (rereadScheduleName(s) == name) {
            *schedule = s;
            return true;
        }
    return false;
}

std::optional<QDateTime> nextReread(const QDate &base, RereadSchedule schedule,
                                    const QDateTime &now)
{
    if (schedule == RereadSchedule::Off || !base.isValid())
        return std::nullopt;
    // Counting from the base each time (not adding to the last one) keeps a 31st or a
    // 29 February from drifting.
    constexpr int kLimit = 100 * 4;
    for (int n = 1; n <= kLimit; ++n) {
        const QDate day =
            schedule == RereadSchedule::Yearly ? base.addYears(n) : base.addMonths(3 * n);
        const QDateTime at(day, QTime(kRereadHour, 0));
        if (at > now)
            return at;
    }
    return std::nullopt;
}

QDate rereadBase(const std::optional<Course> &course, const QDate &letterDate)
{
    if (course && course->problem().isEmpty()) {
        const QDateTime end = CourseCalendar(*course).lastSessionEnd();
        if (end.isValid())
            return end.toLocalTime().date();
    }
    return letterDate;
}

Result<std::optional<QDateTime>> nextReread(Store &store, const QDateTime &now)
{
    RereadSchedule schedule = RereadSchedule::Off;
    rereadScheduleFromName(store.settings().value(QString::fromLatin1(kRereadSetting)), &schedule);
    if (schedule == RereadSchedule::Off)
        return std::optional<QDateTime>();
    auto letter = therapistLetter(store);
    if (!letter)
        return letter.error();
    if (!letter.value())
        return std::optional<QDateTime>();
    auto course = CourseStore(store.records()).current();
    if (!course)
        return course.error();
    return nextReread(rereadBase(course.value(), letter.value()->letter.date), schedule, now);
}

QString rereadNotificationTitle()
{
    return QCoreApplication::translate("AfterTherapy", "A moment for you");
}

QString rereadNotificationBody()
{
    return QCoreApplication::translate("AfterTherapy",
                                       "Something you kept is here whenever you want it.");
}

} // namespace dit::letters
