#include "CourseWeeksModel.h"

#include "course/CourseCalendar.h"
#include "course/CourseWording.h"

#include <QLocale>
#include <QVariantMap>

#include <algorithm>

namespace dit {

CourseWeeksModel::CourseWeeksModel(QObject *parent) : QAbstractListModel(parent) {}

int CourseWeeksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QDate CourseWeeksModel::slotAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).slot : QDate();
}

void CourseWeeksModel::setCourse(const Course &course, const QDateTime &now)
{
    beginResetModel();
    m_course = course;
    m_rows.clear();
    const CourseCalendar calendar(course);
    for (const ScheduledSession &s : calendar.sessions()) {
        Row r;
        r.slot = s.slot;
        r.number = s.number;
        r.start = s.start;
        r.past = s.start <= now;
        r.clockNote = wording::clockChangeNote(s, course.moved.contains(s.slot)
                                                      ? course.moved.value(s.slot).time()
                                                      : course.sessionTime);
        r.mark = s.missed                        ? Mark::Missed
                 : course.moved.contains(s.slot) ? Mark::Moved
                                                 : Mark::Session;
        m_rows << r;
    }
    for (const SkippedSlot &k : calendar.skipped()) {
        Row r;
        r.slot = k.slot;
        r.start = placeInTime(k.slot, course.sessionTime);
        r.past = r.start <= now;
        r.mark = k.reason == SkippedSlot::Reason::Break ? Mark::Break : Mark::Cancelled;
        m_rows << r;
    }
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row &a, const Row &b) { return a.slot < b.slot; });
    endResetModel();
}

QVariant CourseWeeksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case SlotRole:
        return r.slot.toString(Qt::ISODate);
    case DateTextRole:
        return locale.toString(r.slot, QLocale::LongFormat);
    case TitleRole:
        return r.number > 0 ? tr("Session %1").arg(r.number) : tr("No session this week");
    case DetailRole: {
        const QString time = wording::timeOfDay(r.start.time(), locale);
        if (r.mark == Mark::Break)
            return tr("Planned break. The sessions after it move a week later.");
        if (r.mark == Mark::Cancelled)
            return tr("Cancelled. The sessions after it move a week later.");
        if (r.mark == Mark::Missed)
            return tr("Missed. It still counts as one of your sessions.");
        const QString note = r.clockNote.isEmpty() ? QString() : QLatin1Char(' ') + r.clockNote;
        if (r.mark == Mark::Moved)
            return QString(tr("Moved to %1 at %2.")
                               .arg(locale.toString(r.start.date(), QLocale::LongFormat), time) +
                           note);
        return QString(tr("At %1.").arg(time) + note);
    }
    case MarkRole:
        return int(r.mark);
    case ChoicesRole: {
        const auto choice = [](Mark mark, const QString &label) {
            return QVariantMap{{QStringLiteral("key"), int(mark)},
                               {QStringLiteral("label"), label}};
        };
        QVariantList choices{
            choice(Mark::Session, tr("As planned")), choice(Mark::Moved, tr("Moved")),
            choice(Mark::Break, tr("Planned break")), choice(Mark::Cancelled, tr("Cancelled"))};
        if (r.past || r.mark == Mark::Missed)
            choices << choice(Mark::Missed, tr("Missed"));
        return choices;
    }
    case MoveDaysRole: {
        QVariantList days;
        for (int offset = -3; offset <= 3; ++offset)
            days << QVariantMap{
                {QStringLiteral("offset"), offset},
                {QStringLiteral("label"), wording::dayAndMonth(r.slot.addDays(offset), locale)}};
        return days;
    }
    case MovedOffsetRole:
        return m_course.moved.contains(r.slot)
                   ? int(r.slot.daysTo(m_course.moved.value(r.slot).date()))
                   : 0;
    case MovedHourRole:
        return r.start.time().hour();
    case MovedMinuteRole:
        return r.start.time().minute();
    default:
        return {};
    }
}

QHash<int, QByteArray> CourseWeeksModel::roleNames() const
{
    return {{SlotRole, "slot"},           {DateTextRole, "dateText"},
            {TitleRole, "title"},         {DetailRole, "detail"},
            {MarkRole, "mark"},           {ChoicesRole, "choices"},
            {MoveDaysRole, "moveDays"},   {MovedOffsetRole, "movedOffset"},
            {MovedHourRole, "movedHour"}, {MovedMinuteRole, "movedMinute"}};
}

} // namespace dit
