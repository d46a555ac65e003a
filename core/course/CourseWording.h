#pragma once

#include "CourseSummary.h"

#include <QLocale>
#include <QString>

namespace dit::wording {

// The words Home and ditc use about the course: plain, gentle, translatable, and tested.
// Dates and times follow `locale`.

QString phaseName(Phase phase); // "Beginning phase", "Middle phase", "Ending phase"
// "Session 7 of 16 · Middle phase", "Before your first session", ...
QString headline(const CourseSummary &summary);
// "10:00" or "10:00 AM": the locale's short time, never with seconds.
QString timeOfDay(const QTime &time, const QLocale &locale = QLocale());
// "Tuesday, 24 November" (en_GB), "Tuesday, November 24" (en_US): the locale's long date
// without the year, for dates near now. Every page says a day this way.
QString dayAndMonth(const QDate &date, const QLocale &locale = QLocale());
// "Tue, 24 Nov" / "Tue, Nov 24": the same, abbreviated, for tables and lists.
QString shortDayAndMonth(const QDate &date, const QLocale &locale = QLocale());
// "Monday, 13 April 2026 at 10:00"
QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());
// "today", "tomorrow", "in 3 days", "in 2 weeks"
QString relativeDay(const QDate &day, const QDate &today);
// Why a session is not at the planned time when the clocks change that night, or empty:
// "The clocks go forward that night, so 01:30 does not exist: this session is at 02:00."
QString clockChangeNote(const ScheduledSession &session, const QTime &planned,
                        const QLocale &locale = QLocale());
// Why a moved time cannot be used, or empty: a time the clocks skip, with the first that
// exists.
QString skippedTimeProblem(const QDate &date, const QTime &time, const QLocale &locale = QLocale());
// When the next session is, or that it is happening now; empty when there is none.
QString nextSession(const CourseSummary &summary, const QDateTime &now,
                    const QLocale &locale = QLocale());
// The sessions that remain, said gently (in DIT the ending is present from the beginning).
QString remaining(const CourseSummary &summary, const QLocale &locale = QLocale());

// One short card about what this part of therapy is like, in our own words, and the
// library piece that says more.
struct PhaseCard
{
    QString title;
    QString text;
    QString articleId;
};
// `stage` is CourseSummary::contentStage(): "initial", "middle", "ending" or "after".
PhaseCard phaseCard(const QString &stage);

} // namespace dit::wording
