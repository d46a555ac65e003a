#include "FormPlanner.h"

#include <algorithm>

namespace dit {

QString formStateKey(FormState state)
{
    switch (state) {
    case FormState::None:
        return QStringLiteral("none");
    case FormState::NotYetOpen:
        return QStringLiteral("notYetOpen");
    case FormState::Ready:
        return QStringLiteral("ready");
    case FormState::InProgress:
        return QStringLiteral("inProgress");
    case FormState::Done:
        return QStringLiteral("done");
    case FormState::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

FormPlanner::FormPlanner(const CourseCalendar &calendar, MeasureSchedule schedule,
                         int opensHoursBefore)
    : m_calendar(calendar), m_schedule(std::move(schedule)),
      m_opensHours(std::clamp(opensHoursBefore, 0, 24 * 14))
{}

QDateTime FormPlanner::opensAt(int session) const
{
    const ScheduledSession *s = m_calendar.session(session);
    return s ? s->start.addSecs(-qint64(m_opensHours) * 3600) : QDateTime();
}

QDateTime FormPlanner::closesAt(int session) const
{
    const ScheduledSession *s = m_calendar.session(session);
    return s ? s->end : QDateTime();
}

SessionForm FormPlanner::form(int session, const QDateTime &now,
                              const QMap<int, QSet<QString>> &submitted,
                              const QSet<int> &drafts) const
{
    SessionForm f;
    const ScheduledSession *s = m_calendar.session(session);
    if (!s)
        return f;
    f.session = session;
    f.sessionStart = s->start;
    f.opensAt = opensAt(session);
    f.closesAt = closesAt(session);
    f.instruments = m_schedule.instrumentsFor(session);
    if (f.instruments.isEmpty())
        return f;
    const QSet<QString> done = submitted.value(session);
    const QSet<QString> wanted(f.instruments.begin(), f.instruments.end());
    if (done.contains(wanted))
        f.state = FormState::Done;
    else if (now >= f.closesAt)
        f.state = FormState::Missed;
    else if (now < f.opensAt)
        f.state = FormState::NotYetOpen;
    else if (drafts.contains(session))
        f.state = FormState::InProgress;
    else
        f.state = FormState::Ready;
    return f;
}

SessionForm FormPlanner::due(const QDateTime &now, const QMap<int, QSet<QString>> &submitted,
                             const QSet<int> &drafts) const
{
    const auto current = m_calendar.current(now);
    if (!current)
        return {};
    return form(current->number, now, submitted, drafts);
}

QList<SessionForm> FormPlanner::past(const QDateTime &now,
                                     const QMap<int, QSet<QString>> &submitted,
                                     const QSet<int> &drafts) const
{
    QList<SessionForm> out;
    const QList<ScheduledSession> &sessions = m_calendar.sessions();
    for (auto it = sessions.crbegin(); it != sessions.crend(); ++it) {
        if (it->end > now)
            continue;
        const SessionForm f = form(it->number, now, submitted, drafts);
        if (f.state == FormState::Done || f.state == FormState::Missed)
            out.append(f);
    }
    return out;
}

} // namespace dit
