#pragma once

#include "Course.h"
#include "storage/RecordStore.h"

#include <optional>

namespace dit {

// The course, kept as versioned "course" records so every edit is kept. `subject` is empty for
// a patient's own course and a patient id in a therapist's caseload.
class CourseStore
{
public:
    static constexpr const char *kKind = "course";

    explicit CourseStore(RecordStore &records) : m_records(records) {}

    // The latest version, or nothing if no course has been set up yet.
    Result<std::optional<Course>> current(const QString &subject = {});
    // Saves a new version (replacing the latest, which stays in the history).
    Result<Record> save(const Course &course, const QString &subject = {});
    // Every version, oldest first.
    Result<QList<Record>> history(const QString &subject = {});

private:
    RecordStore &m_records;
};

} // namespace dit
