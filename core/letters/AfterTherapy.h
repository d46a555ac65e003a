#pragma once

#include "common/Result.h"
#include "course/Course.h"
#include "storage/Store.h"

#include <QDateTime>

#include <optional>

namespace dit::letters {

// What Home shows: the person's choice (a setting), default Automatic.
enum class HomeChoice {
    Automatic, // the letter once the last session has passed, if there is a letter
    Letter,    // the letter now, if there is one
    Course,    // the course as during therapy
};
inline constexpr char kHomeChoiceSetting[] = "letter_home";
QString homeChoiceName(HomeChoice choice); // "automatic", "letter", "course"
bool homeChoiceFromName(const QString &name, HomeChoice *choice);

struct HomeFacts
{
    Role role = Role::Patient;
    bool hasLetter = false; // a letter from the therapist is in the profile
    std::optional<Course> course;
    HomeChoice choice = HomeChoice::Automatic;
};

// After therapy, Home becomes the letter (docs/LETTERS.md): for a patient with a letter, when they
// chose it, or automatically once the course's last session has ended
// (CourseCalendar::finished). Never for a therapist, never without a letter.
bool letterIsHome(const HomeFacts &facts, const QDateTime &now);
// The facts from an open store (settings, course, letters).
Result<HomeFacts> homeFacts(Store &store);

// An optional gentle reminder to reread the letter: off (the default), on the anniversary
// of the last session each year, or every three months from it.
enum class RereadSchedule { Off, Yearly, Quarterly };
inline constexpr char kRereadSetting[] = "letter_reread";
QString rereadScheduleName(RereadSchedule schedule); // "off", "yearly", "quarterly"
bool rereadScheduleFromName(const QString &name, RereadSchedule *schedule);
inline constexpr int kRereadHour = 10; // local time: not first thing, not late at night

// The next reminder strictly after `now`: `base` plus whole years (or quarters), at 10:00
// local time. A 29 February base falls on 28 February in other years. Nothing when off or
// without a base date.
std::optional<QDateTime> nextReread(const QDate &base, RereadSchedule schedule,
                                    const QDateTime &now);
// The date reminders count from: the last session's date, else the date on the letter.
QDate rereadBase(const std::optional<Course> &course, const QDate &letterDate);
// From an open store: the setting, the course and the letter. Nothing if off or no letter.
Result<std::optional<QDateTime>> nextReread(Store &store, const QDateTime &now);

// What the notification says: nothing about therapy, letters or feelings, because a
// notification can be seen on a locked screen by anyone.
QString rereadNotificationTitle();
QString rereadNotificationBody();

} // namespace dit::letters
