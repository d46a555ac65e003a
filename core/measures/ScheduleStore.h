#pragma once

#include "MeasureSchedule.h"
#include "storage/RecordStore.h"

namespace dit {

// A course's form schedule, kept as versioned "measure-schedule" records like the course
// itself: every edit is a new version, the history stays.
class ScheduleStore
{
public:
    static constexpr const char *kKind = "measure-schedule";

    explicit ScheduleStore(RecordStore &records) : m_records(records) {}

    // The latest edits applied to the default for a course of `totalSessions`.
    Result<MeasureSchedule> current(int totalSessions, const QString &subject = {});
    Result<Record> save(const MeasureSchedule &schedule, const QString &subject = {});

private:
    RecordStore &m_records;
};

} // namespace dit
