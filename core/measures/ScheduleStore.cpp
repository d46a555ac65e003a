#include "ScheduleStore.h"

namespace dit {

namespace {
const Record *latest(const QList<Record> &heads)
{
    const Record *best = nullptr;
    for (const Record &r : heads)
        if (!best || r.createdAt > best->createdAt)
            best = &r;
    return best;
}
} // namespace

Result<MeasureSchedule> ScheduleStore::current(int totalSessions, const QString &subject)
{
    auto heads = m_records.heads(QString::fromLatin1(kKind), subject);
    if (!heads)
        return heads.error();
    const Record *head = latest(heads.value());
    if (!head)
        return MeasureSchedule::defaults(totalSessions);
    return MeasureSchedule::fromJson(head->body, totalSessions);
}

Result<Record> ScheduleStore::save(const MeasureSchedule &schedule, const QString &subject)
{
    auto heads = m_records.heads(QString::fromLatin1(kKind), subject);
    if (!heads)
        return heads.error();
    const Record *head = latest(heads.value());
    return m_records.append(QString::fromLatin1(kKind), schedule.toJson(), subject,
                            head ? head->id : QString());
}

} // namespace dit
