#include "Commands.h"
#include "Unlock.h"
#include "common/Clock.h"
#include "course/CourseCalendar.h"
#include "course/CourseStore.h"
#include "course/CourseSummary.h"
#include "course/CourseWording.h"
#include "storage/Profile.h"

#include <QJsonArray>
#include <QLocale>

namespace dit::cli {

namespace {

Result<std::unique_ptr<Store>> unlockProfile(Context &ctx, const Clock &clock)
{
    Profile profile(ctx.profileDir, clock);
    return openProfile(ctx, profile);
}

QString clockChangeKey(const ScheduledSession &session)
{
    switch (session.clockChange) {
    case ClockChange::Skipped:
        return QStringLiteral("skipped");
    case ClockChange::Repeated:
        return QStringLiteral("repeated");
    case ClockChange::None:
        break;
    }
    return QStringLiteral("none");
}

QString stageKey(CourseSummary::Stage stage)
{
    switch (stage) {
    case CourseSummary::Stage::NotSetUp:
        return QStringLiteral("not-set-up");
    case CourseSummary::Stage::NotStarted:
        return QStringLiteral("not-started");
    case CourseSummary::Stage::InProgress:
        return QStringLiteral("in-progress");
    case CourseSummary::Stage::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

// Everything `course set` was asked to change, parsed before the passphrase is read.
struct CourseEdit
{
    std::optional<int> sessions;
    std::optional<QDate> first;
    std::optional<QTime> time;
    std::optional<int> minutes;
    bool clearMarks = false;
    QList<QPair<QDate, Course::SlotMark>> marks;
    QMap<QDate, QDateTime> moves;
};

// All values of a repeatable option, in order.
QStringList takeAll(Args &args, const QString &name)
{
    QStringList values;
    while (auto v = args.takeOption(name))
        values << *v;
    return values;
}

std::optional<QDate> parseDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return std::nullopt;
    return d;
}

// Parses the options of `course set`; on a problem returns the one-line reason.
QString parseEdit(Args &args, CourseEdit *edit)
{
    if (auto v = args.takeOption(QStringLiteral("--sessions"))) {
        bool ok = false;
        edit->sessions = v->toInt(&ok);
        if (!ok)
            return QStringLiteral("--sessions needs a whole number (16, 28, ...)");
    }
    if (auto v = args.takeOption(QStringLiteral("--first"))) {
        edit->first = parseDate(*v);
        if (!edit->first)
            return QStringLiteral("--first needs a date like 2026-03-02");
    }
    if (auto v = args.takeOption(QStringLiteral("--time"))) {
        const QTime t = QTime::fromString(*v, QStringLiteral("HH:mm"));
        if (!t.isValid())
            return QStringLiteral("--time needs a 24-hour time like 10:00");
        edit->time = t;
    }
    if (auto v = args.takeOption(QStringLiteral("--minutes"))) {
        bool ok = false;
        edit->minutes = v->toInt(&ok);
        if (!ok)
            return QStringLiteral("--minutes needs a whole number");
    }
    edit->clearMarks = args.takeFlag(QStringLiteral("--clear-marks"));
    const QList<QPair<const char *, Course::SlotMark>> markOptions = {
        {"--break", Course::SlotMark::Break},
        {"--cancel", Course::SlotMark::Cancelled},
        {"--missed", Course::SlotMark::Missed},
        {"--unmark", Course::SlotMark::Session}};
    for (const auto &[option, mark] : markOptions) {
        for (const QString &value : takeAll(args, QString::fromLatin1(option))) {
            const auto d = parseDate(value);
            if (!d)
                return QStringLiteral("%1 needs a date like 2026-04-06").arg(QLatin1String(option));
            edit->marks.append({*d, mark});
        }
    }
    for (const QString &value : takeAll(args, QStringLiteral("--move"))) {
        const QStringList parts = value.split(u'=');
        const auto slot = parts.size() == 2 ? parseDate(parts.at(0)) : std::nullopt;
        const QStringList whenParts = parts.size() == 2 ? parts.at(1).split(u'T') : QStringList();
        const auto day = whenParts.size() == 2 ? parseDate(whenParts.at(0)) : std::nullopt;
        const QTime time = whenParts.size() == 2
                               ? QTime::fromString(whenParts.at(1), QStringLiteral("HH:mm"))
                               : QTime();
        if (!slot || !day || !time.isValid())
            return QStringLiteral("--move needs WEEK=WHEN, like 2026-03-09=2026-03-11T15:30");
        // A time the clocks skip is named as such, with the first time that exists.
        if (QString p = wording::skippedTimeProblem(*day, time, QLocale()); !p.isEmpty())
            return p;
        edit->moves.insert(*slot, placeInTime(*day, time));
    }
    if (!args.problem().isEmpty())
        return args.problem();
    return {};
}

Result<Course> applyEdit(const std::optional<Course> &current, const CourseEdit &edit)
{
    Course c = current.value_or(Course());
    if (!current && (!edit.first || !edit.time))
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("a new course needs --first DATE and --time HH:MM"));
    if (edit.sessions)
        c.totalSessions = *edit.sessions;
    if (edit.first)
        c.setFirstSession(*edit.first);
    if (edit.time)
        c.sessionTime = *edit.time;
    if (edit.minutes)
        c.sessionMinutes = *edit.minutes;
    if (edit.clearMarks) {
        c.breaks.clear();
        c.cancelled.clear();
        c.missed.clear();
        c.moved.clear();
    }
    for (const auto &[date, mark] : edit.marks) {
        if (!c.isSlot(date))
            return makeError(
                ErrorCode::BadInput,
                QStringLiteral("%1 is not one of the weekly session dates (the "
                               "first is %2)")
                    .arg(date.toString(Qt::ISODate), c.firstSession.toString(Qt::ISODate)));
        c.setMark(date, mark);
        if (mark == Course::SlotMark::Session)
            c.moved.remove(date);
    }
    for (auto it = edit.moves.constBegin(); it != edit.moves.constEnd(); ++it)
        c.moved.insert(it.key(), it.value());
    if (const QString p = c.problem(); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    return c;
}

void printCourse(Context &ctx, const std::optional<Course> &course, int versions,
                 const QDateTime &now)
{
    const CourseSummary s = summarize(course, now);
    QJsonObject json{{QStringLiteral("stage"), stageKey(s.stage)},
                     {QStringLiteral("versions"), versions}};
    if (!course) {
        json.insert(QStringLiteral("course"), QJsonValue::Null);
        ctx.print(json, {QStringLiteral("No course has been set up yet."),
                         QStringLiteral("Set one with: ditc course set --first DATE --time "
                                        "HH:MM")});
        return;
    }
    const QLocale locale;
    QStringList plain;
    plain << QStringLiteral("Course: %1 sessions of %2 minutes, weekly at %3, first on %4")
                 .arg(course->totalSessions)
                 .arg(course->sessionMinutes)
                 .arg(course->sessionTime.toString(QStringLiteral("HH:mm")),
                      course->firstSession.toString(Qt::ISODate));
    plain << QStringLiteral("Now: %1").arg(wording::headline(s));
    if (const QString next = wording::nextSession(s, now, locale); !next.isEmpty())
        plain << next;
    plain << wording::remaining(s, locale);
    json.insert(QStringLiteral("course"), course->toJson());
    json.insert(QStringLiteral("completed"), s.completed);
    json.insert(QStringLiteral("remainingAfterCurrent"), s.remainingAfter);
    if (s.current) {
        json.insert(QStringLiteral("current"), s.current->number);
        json.insert(QStringLiteral("phase"), phaseKey(s.current->phase));
        json.insert(QStringLiteral("inSessionNow"), s.inSessionNow);
    }
    json.insert(QStringLiteral("contentStage"), s.contentStage());

    const CourseCalendar calendar(*course);
    QJsonArray sessions;
    plain << QStringLiteral("Sessions:");
    for (const ScheduledSession &session : calendar.sessions()) {
        const bool moved = course->moved.contains(session.slot);
        sessions.append(QJsonObject{{QStringLiteral("number"), session.number},
                                    {QStringLiteral("slot"), session.slot.toString(Qt::ISODate)},
                                    {QStringLiteral("start"), isoLocal(session.start)},
                                    {QStringLiteral("end"), isoLocal(session.end)},
                                    {QStringLiteral("phase"), phaseKey(session.phase)},
                                    {QStringLiteral("missed"), session.missed},
                                    {QStringLiteral("moved"), moved},
                                    {QStringLiteral("clockChange"), clockChangeKey(session)}});
        QString line = QStringLiteral("  %1  %2  %3")
                           .arg(session.number, 2)
                           .arg(session.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                phaseKey(session.phase));
        if (session.missed)
            line += QStringLiteral("  missed");
        if (moved)
            line += QStringLiteral("  moved");
        plain << line;
        const QTime planned =
            moved ? course->moved.value(session.slot).time() : course->sessionTime;
        if (const QString note = wording::clockChangeNote(session, planned, locale);
            !note.isEmpty())
            plain << QStringLiteral("      ") + note;
    }
    QJsonArray skipped;
    for (const SkippedSlot &slot : calendar.skipped()) {
        const QString reason = slot.reason == SkippedSlot::Reason::Break
                                   ? QStringLiteral("break")
                                   : QStringLiteral("cancelled");
        skipped.append(QJsonObject{{QStringLiteral("date"), slot.slot.toString(Qt::ISODate)},
                                   {QStringLiteral("reason"), reason}});
        plain << QStringLiteral("      %1        %2").arg(slot.slot.toString(Qt::ISODate), reason);
    }
    json.insert(QStringLiteral("sessions"), sessions);
    json.insert(QStringLiteral("skipped"), skipped);
    plain << QStringLiteral("Versions saved: %1").arg(versions);
    ctx.print(json, plain);
}

int runCourseShow(Context &ctx, Args &args)
{
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    SystemClock clock;
    auto store = unlockProfile(ctx, clock);
    if (!store)
        return ctx.fail(store.error());
    CourseStore courses(store.value()->records());
    auto current = courses.current();
    if (!current)
        return ctx.fail(current.error());
    auto history = courses.history();
    if (!history)
        return ctx.fail(history.error());
    printCourse(ctx, current.value(), int(history.value().size()), clock.now());
    return kOk;
}

int runCourseSet(Context &ctx, Args &args)
{
    CourseEdit edit;
    if (const QString problem = parseEdit(args, &edit); !problem.isEmpty())
        return ctx.usage(problem);
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    SystemClock clock;
    auto store = unlockProfile(ctx, clock);
    if (!store)
        return ctx.fail(store.error());
    CourseStore courses(store.value()->records());
    auto current = courses.current();
    if (!current)
        return ctx.fail(current.error());
    auto next = applyEdit(current.value(), edit);
    if (!next)
        return ctx.fail(next.error());
    const bool changed = !current.value() || current.value()->toJson() != next.value().toJson();
    if (changed) {
        if (auto saved = courses.save(next.value()); !saved)
            return ctx.fail(saved.error());
    }
    auto history = courses.history();
    if (!history)
        return ctx.fail(history.error());
    if (!ctx.json)
        std::puts(changed ? "Saved a new version of the course." : "No change: nothing saved.");
    printCourse(ctx, next.value(), int(history.value().size()), clock.now());
    return kOk;
}

} // namespace

int runCourse(Context &ctx, Args &args)
{
    const QString action = args.takePositional();
    if (action == QLatin1String("show"))
        return runCourseShow(ctx, args);
    if (action == QLatin1String("set"))
        return runCourseSet(ctx, args);
    return ctx.usage(action.isEmpty() ? QStringLiteral("course needs show or set")
                                      : QStringLiteral("unknown course action %1").arg(action));
}

} // namespace dit::cli
