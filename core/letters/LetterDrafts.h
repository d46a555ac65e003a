#pragma once

#include "Letter.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <optional>

namespace dit {

// A letter being written or typed in, saved to the `drafts` table as the person types so a
// killed app loses nothing; it becomes an immutable version when they save it. Section
// texts are kept exactly as typed (see text/TypedText.h), not yet converted to markup.
struct LetterDraft
{
    QString key;
    QString parent; // the version this will revise; empty for a new letter
    Letter letter;
    QString dateText; // the date as typed; it may not be a date yet
    QDateTime updatedAt;
};

class LetterDrafts
{
public:
    static constexpr const char *kKind = "letter";

    LetterDrafts(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Keys: one draft per thing being written.
    static QString keyForNew(LetterAuthor author); // a paper letter being typed in
    // A new letter for a patient in a therapist's caseload (one each); with an empty
    // subject, keyForNew(author).
    static QString keyForNew(LetterAuthor author, const QString &subject);
    static QString keyForReply(const QString &letter);    // a first reply to a letter
    static QString keyForRevision(const QString &thread); // a new version of a letter

    Status save(const LetterDraft &draft, const QString &subject = {});
    Result<std::optional<LetterDraft>> load(const QString &key);
    Status remove(const QString &key);
    // Every draft that belongs to a letter (its revision and a first reply to it).
    static Status removeForLetter(Database &db, const QString &thread);
    Result<QList<LetterDraft>> all(const QString &subject = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dit
