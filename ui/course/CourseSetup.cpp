#include "CourseSetup.h"

#include "AppContext.h"
#include "course/CourseCalendar.h"
#include "course/CourseStore.h"
#include "course/CourseWording.h"

#include <QLocale>

#include <algorithm>

namespace dit {

CourseSetup::CourseSetup(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_weeks(this)
{
    connect(&m_ctx, &AppContext::storeOpened, this, &CourseSetup::reset);
    connect(&m_ctx, &AppContext::storeClosed, this, &CourseSetup::reset);
    connect(&m_ctx, &AppContext::subjectChanged, this, &CourseSetup::reset); // another patient
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String(CourseStore::kKind) && !dirty())
            reset();
    });
    reset();
}

CourseSetup *CourseSetup::create(QQmlEngine *engine, QJSEngine *)
{
    auto *s = new CourseSetup(AppContext::of(engine));
    QJSEngine::setObjectOwnership(s, QJSEngine::CppOwnership);
    return s;
}

void CourseSetup::reset()
{
    m_error.clear();
    Course course;
    course.firstSession = m_ctx.clock().now().toLocalTime().date();
    course.sessionTime = QTime(10, 0);
    m_isNew = true;
    if (Store *store = m_ctx.store()) {
        auto current = CourseStore(store->records()).current(m_ctx.subject());
        if (current && current.value()) {
            course = *current.value();
            m_isNew = false;
        }
    }
    m_draft = course;
    m_saved = course;
    update();
}

bool CourseSetup::dirty() const
{
    return m_isNew || m_draft.toJson() != m_saved.toJson();
}

void CourseSetup::update()
{
    m_problem = m_draft.problem();
    m_weeks.setCourse(m_draft, m_ctx.clock().now());
    Q_EMIT changed();
}

void CourseSetup::setTotalSessions(int total)
{
    if (total == m_draft.totalSessions)
        return;
    m_draft.totalSessions = total;
    update();
}

void CourseSetup::setSessionMinutes(int minutes)
{
    if (minutes == m_draft.sessionMinutes)
        return;
    m_draft.sessionMinutes = minutes;
    update();
}

QString CourseSetup::applyFirstDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return tr("That date does not exist. Please check the day and month.");
    if (date != m_draft.firstSession) {
        m_draft.setFirstSession(date);
        update();
    }
    return {};
}

QString CourseSetup::applyTime(int hour, int minute)
{
    const QTime time(hour, minute);
    if (!time.isValid())
        return tr("That time does not exist.");
    if (time != m_draft.sessionTime) {
        m_draft.sessionTime = time;
        update();
    }
    return {};
}

QString CourseSetup::applyWeekMark(int row, CourseWeeksModel::Mark weekMark)
{
    const QDate slot = m_weeks.slotAt(row);
    if (!slot.isValid())
        return tr("That week is not part of the course.");
    using Week = CourseWeeksModel::Mark;
    if (weekMark == Week::Moved) {
        if (!m_draft.moved.contains(slot))
            return applyMoveWeek(row, 1, m_draft.sessionTime.hour(), m_draft.sessionTime.minute());
        return {};
    }
    Course::SlotMark mark = Course::SlotMark::Session;
    switch (weekMark) {
    case Week::Session:
    case Week::Moved:
        break;
    case Week::Break:
        mark = Course::SlotMark::Break;
        break;
    case Week::Cancelled:
        mark = Course::SlotMark::Cancelled;
        break;
    case Week::Missed:
        mark = Course::SlotMark::Missed;
        break;
    default:
        return tr("That is not something a week can be marked as.");
    }
    m_draft.setMark(slot, mark);
    if (mark == Course::SlotMark::Session)
        m_draft.moved.remove(slot);
    update();
    return {};
}

QString CourseSetup::applyMoveWeek(int row, int dayOffset, int hour, int minute)
{
    const QDate slot = m_weeks.slotAt(row);
    const QTime time(hour, minute);
    if (!slot.isValid() || !time.isValid() || dayOffset < -3 || dayOffset > 3)
        return tr("Please choose a day in the same week and a time.");
    m_draft.setMark(slot, m_draft.markOf(slot) == Course::SlotMark::Missed
                              ? Course::SlotMark::Missed
                              : Course::SlotMark::Session);
    m_draft.moved.insert(slot, QDateTime(slot.addDays(dayOffset), time));
    update();
    return {};
}

bool CourseSetup::report(const QString &problem)
{
    if (problem != m_error) {
        m_error = problem;
        Q_EMIT changed();
    }
    return problem.isEmpty();
}

bool CourseSetup::setFirstDate(int year, int month, int day)
{
    return report(applyFirstDate(year, month, day));
}

bool CourseSetup::setTime(int hour, int minute)
{
    return report(applyTime(hour, minute));
}

bool CourseSetup::setWeekMark(int row, CourseWeeksModel::Mark mark)
{
    return report(applyWeekMark(row, mark));
}

bool CourseSetup::moveWeek(int row, int dayOffset, int hour, int minute)
{
    return report(applyMoveWeek(row, dayOffset, hour, minute));
}

bool CourseSetup::save()
{
    return report(applySave());
}

QString CourseSetup::preview() const
{
    if (!m_problem.isEmpty())
        return {};
    const CourseCalendar calendar(m_draft);
    if (calendar.sessions().isEmpty())
        return {};
    const QLocale locale;
    const QString first =
        locale.toString(calendar.sessions().first().start.date(), QLocale::LongFormat);
    const QString last =
        locale.toString(calendar.sessions().last().start.date(), QLocale::LongFormat);
    const QString weekday = locale.dayName(m_draft.firstSession.dayOfWeek());
    const QString time = wording::timeOfDay(m_draft.sessionTime, locale);
    if (m_draft.totalSessions == 1)
        return tr("One session, on %1 at %2.").arg(first, time);
    return tr("%1 sessions, once a week on %2 at %3. The first is on %4 and the last on %5.")
        .arg(m_draft.totalSessions)
        .arg(weekday, time, first, last);
}

QVariantList CourseSetup::yearChoices() const
{
    const int now = m_ctx.clock().now().toLocalTime().date().year();
    QVariantList years;
    const int first = std::min(now - 1, m_draft.firstSession.year());
    const int last = std::max(now + 2, m_draft.firstSession.year());
    for (int y = first; y <= last; ++y)
        years << y;
    return years;
}

QString CourseSetup::marksSummary() const
{
    QStringList parts;
    if (const qsizetype n = m_draft.breaks.size(); n > 0)
        parts << (n == 1 ? tr("1 planned break") : tr("%1 planned breaks").arg(n));
    if (const qsizetype n = m_draft.cancelled.size(); n > 0)
        parts << (n == 1 ? tr("1 cancelled") : tr("%1 cancelled").arg(n));
    if (const qsizetype n = m_draft.missed.size(); n > 0)
        parts << (n == 1 ? tr("1 missed") : tr("%1 missed").arg(n));
    if (const qsizetype n = m_draft.moved.size(); n > 0)
        parts << (n == 1 ? tr("1 moved") : tr("%1 moved").arg(n));
    if (parts.isEmpty())
        return tr("No breaks or changes yet.");
    return parts.join(QStringLiteral(", ")) + u'.';
}

QString CourseSetup::applySave()
{
    Store *store = m_ctx.store();
    if (!store)
        return tr("The app is locked.");
    if (!m_problem.isEmpty())
        return m_problem;
    if (!dirty())
        return {};
    auto stored = CourseStore(store->records()).save(m_draft, m_ctx.subject());
    if (!stored)
        return stored.error().message;
    m_saved = m_draft;
    m_isNew = false;
    Q_EMIT changed();
    m_ctx.notifyRecordsChanged(QString::fromLatin1(CourseStore::kKind));
    Q_EMIT saved();
    return {};
}

} // namespace dit
