#include "CourseWording.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dit::wording {

namespace {} // namespace

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Initial:
        return QCoreApplication::translate("CourseWording", "Beginning phase");
    case Phase::Middle:
        return QCoreApplication::translate("CourseWording", "Middle phase");
    case Phase::Ending:
        return QCoreApplication::translate("CourseWording", "Ending phase");
    }
    return {};
}

QString headline(const CourseSummary &s)
{
    switch (s.stage) {
    case CourseSummary::Stage::NotSetUp:
        return QCoreApplication::translate("CourseWording", "Your sessions are not set up yet");
    case CourseSummary::Stage::NotStarted:
        return QCoreApplication::translate("CourseWording", "Before your first session");
    case CourseSummary::Stage::Finished:
        return QCoreApplication::translate("CourseWording", "Your sessions have ended");
    case CourseSummary::Stage::InProgress:
        break;
    }
    if (!s.current)
        return {};
    //: "Session 7 of 16 · Middle phase"
    return QCoreApplication::translate("CourseWording", "Session %1 of %2 · %3")
        .arg(s.current->number)
        .arg(s.totalSessions)
        .arg(phaseName(s.current->phase));
}

QString clockChangeNote(const ScheduledSession &session, const QTime &planned,
                        const QLocale &locale)
{
    const QString time = timeOfDay(planned, locale);
    switch (session.clockChange) {
    case ClockChange::None:
        return {};
    case ClockChange::Skipped:
        return QCoreApplication::translate("CourseWording",
                                           "The clocks go forward that night, so %1 does not "
                                           "exist: this session is at %2.")
            .arg(time, timeOfDay(session.start.time(), locale));
    case ClockChange::Repeated:
        return QCoreApplication::translate("CourseWording",
                                           "The clocks go back that night, so %1 happens twice: "
                                           "this session is at the first %1.")
            .arg(time);
    }
    return {};
}

QString skippedTimeProblem(const QDate &date, const QTime &time, const QLocale &locale)
{
    ClockChange change = ClockChange::None;
    const QDateTime first = placeInTime(date, time, {}, &change);
    if (change != ClockChange::Skipped)
        return {};
    if (!first.isValid())
        return QCoreApplication::translate("CourseWording",
                                           "%1 on %2 does not exist here: the clocks change "
                                           "that night. Choose another time.")
            .arg(timeOfDay(time, locale), dayAndMonth(date, locale));
    return QCoreApplication::translate("CourseWording",
                                       "%1 on %2 does not exist here: the clocks go forward "
                                       "that night. Choose %3 or later.")
        .arg(timeOfDay(time, locale), dayAndMonth(date, locale), timeOfDay(first.time(), locale));
}

QString timeOfDay(const QTime &time, const QLocale &locale)
{
    // Some locales' short format (the C locale's among them) includes seconds.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

namespace {
// The locale's long date format without its year (Qt has no such format): the year and the
// separators or quoted words that join it ("yyyy", ", yyyy", " 'de' yyyy", "yyyy年").
QString longFormatWithoutYear(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression year(QStringLiteral("(?:^|[\\s,./-]+)y+年?"));
    static const QRegularExpression trailing(QStringLiteral("(?:\\s*'[^']*')*[\\s,./-]*$"));
    format.remove(year);
    format.remove(trailing);
    return format.trimmed();
}
} // namespace

QString dayAndMonth(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, longFormatWithoutYear(locale));
}

QString shortDayAndMonth(const QDate &date, const QLocale &locale)
{
    QString format = longFormatWithoutYear(locale);
    format.replace(QStringLiteral("dddd"), QStringLiteral("ddd"));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return locale.toString(date, format);
}

QString dateTime(const QDateTime &when, const QLocale &locale)
{
    const QDateTime local = when.toLocalTime();
    //: a date and a time, e.g. "Monday, 13 April 2026 at 10:00"
    return QCoreApplication::translate("CourseWording", "%1 at %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat), timeOfDay(local.time(), locale));
}

QString relativeDay(const QDate &day, const QDate &today)
{
    const qint64 days = today.daysTo(day);
    if (days < 0)
        return {};
    if (days == 0)
        return QCoreApplication::translate("CourseWording", "today");
    if (days == 1)
        return QCoreApplication::translate("CourseWording", "tomorrow");
    if (days < 14)
        return QCoreApplication::translate("CourseWording", "in %1 days").arg(days);
    return QCoreApplication::translate("CourseWording", "in %1 weeks").arg(days / 7);
}

QString nextSession(const CourseSummary &s, const QDateTime &now, const QLocale &locale)
{
    if (!s.current)
        return {};
    const QDateTime start = s.current->start.toLocalTime();
    if (s.inSessionNow)
        return QCoreApplication::translate("CourseWording",
                                           "Session %1 is happening now, until %2.")
            .arg(s.current->number)
            .arg(timeOfDay(s.current->end.toLocalTime().time(), locale));
    const QString when = dateTime(start, locale);
    const QString relative = relativeDay(start.date(), now.toLocalTime().date());
    if (s.stage == CourseSummary::Stage::NotStarted)
        //: "Your first session is on Monday, 2 March 2026 at 10:00 (in 3 days)."
        return QCoreApplication::translate("CourseWording", "Your first session is on %1 (%2).")
            .arg(when, relative);
    //: "Next session: Monday, 13 April 2026 at 10:00 (in 2 days)."
    return QCoreApplication::translate("CourseWording", "Next session: %1 (%2).")
        .arg(when, relative);
}

QString remaining(const CourseSummary &s, const QLocale &locale)
{
    switch (s.stage) {
    case CourseSummary::Stage::NotSetUp:
        return {};
    case CourseSummary::Stage::NotStarted:
        return QCoreApplication::translate(
                   "CourseWording",
                   "You have %1 sessions, once a week. Knowing from the start when therapy ends "
                   "is part of how it works.")
            .arg(s.totalSessions);
    case CourseSummary::Stage::Finished:
        return QCoreApplication::translate("CourseWording", "Your last session was on %1.")
            .arg(locale.toString(s.lastSessionEnd.toLocalTime().date(), QLocale::LongFormat));
    case CourseSummary::Stage::InProgress:
        break;
    }
    if (!s.current)
        return {};
    QString count;
    if (s.remainingAfter == 0)
        count = QCoreApplication::translate("CourseWording", "This is your last session.");
    else if (s.remainingAfter == 1)
        count = QCoreApplication::translate("CourseWording",
                                            "After this one, there is one more session.");
    else
        count = QCoreApplication::translate("CourseWording",
                                            "After this one, there are %1 more sessions.")
                    .arg(s.remainingAfter);
    QString note;
    switch (s.current->phase) {
    case Phase::Initial:
        note = QCoreApplication::translate(
            "CourseWording", "Knowing from the start when therapy ends is part of how it works.");
        break;
    case Phase::Middle:
        note = QCoreApplication::translate(
            "CourseWording",
            "There is still time. It can help to notice how you feel about the time "
            "that is left.");
        break;
    case Phase::Ending:
        note = QCoreApplication::translate(
            "CourseWording",
            "The ending is part of the work. It is fine to talk about how it feels.");
        break;
    }
    return count + u' ' + note;
}

PhaseCard phaseCard(const QString &stage)
{
    if (stage == QLatin1String("middle"))
        return {QCoreApplication::translate("CourseWording", "The middle"),
                QCoreApplication::translate(
                    "CourseWording",
                    "Your therapist may say less and listen more. They may point out the pattern "
                    "you agreed on when it seems to come up, even between the two of you. This "
                    "can feel uncomfortable at times. That is often part of the work, not a sign "
                    "that it is going wrong."),
                QStringLiteral("phase-middle")};
    if (stage == QLatin1String("ending"))
        return {QCoreApplication::translate("CourseWording", "The ending"),
                QCoreApplication::translate(
                    "CourseWording",
                    "The last sessions look back at what has changed and what is still hard. "
                    "Your therapist usually writes you a goodbye letter to read and talk about "
                    "together. Endings can stir up strong feelings. Saying so in the session "
                    "helps."),
                QStringLiteral("phase-ending")};
    if (stage == QLatin1String("after"))
        return {QCoreApplication::translate("CourseWording", "After therapy"),
                QCoreApplication::translate(
                    "CourseWording",
                    "Your sessions have ended. What you noticed and learned stays with you. "
                    "Rereading your focus or your letter can help if old patterns come back."),
                QStringLiteral("after-therapy")};
    return {QCoreApplication::translate("CourseWording", "The beginning"),
            QCoreApplication::translate(
                "CourseWording",
                "In the first sessions your therapist will ask about the people in your life and "
                "how things have been. You do not need to prepare or get anything right. By the "
                "end of this phase you agree together on a focus: a pattern in your "
                "relationships to work on."),
            QStringLiteral("phase-beginning")};
}

} // namespace dit::wording
