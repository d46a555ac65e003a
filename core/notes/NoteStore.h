#pragma once

#include "Note.h"
#include "storage/RecordStore.h"

namespace dit {

// Notes (kind "note"). `subject` is empty for the profile owner's own notes.
class NoteStore
{
public:
    static constexpr const char *kKind = "note";

    explicit NoteStore(RecordStore &records) : m_records(records) {}

    Result<Note> add(const QString &text, bool toBring, int forSession = 0,
                     const QString &subject = {});
    // A new version with new text and "to bring" state; the rest is kept.
    Result<Note> update(const QString &id, const QString &text, bool toBring);
    Status remove(const QString &thread); // an explicit, confirmed delete: every version
    // Current versions, newest first; with a query, only those containing every word (as a
    // word start, ignoring case and accents).
    Result<QList<Note>> list(const QString &query = {}, const QString &subject = {});

private:
    RecordStore &m_records;
};

} // namespace dit
