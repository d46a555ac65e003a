#pragma once

#include "Focus.h"
#include "storage/RecordStore.h"

#include <optional>

namespace dit {

// One saved version of the focus.
struct FocusVersion
{
    QString id; // the record id
    QDateTime savedAt;
    Focus focus;
};

// The patient's own thoughts beside the focus: separate records, so the focus itself stays
// as agreed. Editing a reflection makes a new version of it.
struct FocusReflection
{
    QString id;     // the current version's record id
    QString thread; // shared by every version of this reflection
    QString text;
    QString focusVersion; // the focus version it was written beside (may be empty)
    QDateTime written;    // first version
    QDateTime edited;     // this version
    static constexpr int kMaxText = 5000;
};

// The focus (kind "focus") and reflections on it (kind "focus-reflection"). `subject` is
// empty for the profile owner's own focus and a patient id in a therapist's caseload.
class FocusStore
{
public:
    static constexpr const char *kKind = "focus";
    static constexpr const char *kReflectionKind = "focus-reflection";

    explicit FocusStore(RecordStore &records) : m_records(records) {}

    // The latest version, or nothing before a focus has been written down.
    Result<std::optional<FocusVersion>> current(const QString &subject = {});
    // Whether two versions were made apart (say on two devices) and both are current. The
    // latest is shown; both are kept in versions().
    Result<bool> hasDivergedVersions(const QString &subject = {});
    // Saves a new version that revises the latest one.
    Result<FocusVersion> save(const Focus &focus, const QString &subject = {});
    // Every version, oldest first. A record that cannot be read is skipped, not fatal.
    Result<QList<FocusVersion>> versions(const QString &subject = {});

    Result<FocusReflection> addReflection(const QString &text, const QString &subject = {});
    Result<FocusReflection> editReflection(const QString &id, const QString &text);
    Status removeReflection(const QString &thread); // every version of it
    // Current versions, newest first.
    Result<QList<FocusReflection>> reflections(const QString &subject = {});

private:
    RecordStore &m_records;
};

} // namespace dit
