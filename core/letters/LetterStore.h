#pragma once

#include "Letter.h"
#include "storage/RecordStore.h"

#include <QHash>

namespace dit {

// A version of a letter can be marked: "shared" (the writer gave it to the other person) or
// "final" (the agreed version). Records are immutable, so a mark is a record of its own
// (kind "letter_mark") naming the version.
enum class VersionMark { Shared, Final };
QString versionMarkName(VersionMark mark);
bool versionMarkFromName(const QString &name, VersionMark *mark);

// One stored version of a letter.
struct LetterVersion
{
    Record record; // kind "letter"; record.thread is the letter's id
    Letter letter;
    bool shared = false;
    bool final = false;
    bool isHead = false; // no later version names it as parent
};

// A letter (all versions of one thread) as a list shows it.
struct LetterSummary
{
    QString thread;
    LetterVersion current; // see LetterStore::currentVersion()
    int versionCount = 0;
    int headCount = 0; // more than one: versions were made apart from the same parent
    QDateTime firstSaved;
    QDateTime lastSaved;
};

// The letters in a profile, kept as versioned records (kind "letter"): every save is a new
// version naming its parent; two versions made from the same parent are both kept. The
// therapist's letter and the patient's reply are each a thread; a reply names the letter it
// answers (Letter::inReplyTo). Highlights and notes live apart (AnnotationStore).
class LetterStore
{
public:
    static constexpr const char *kKind = "letter";
    static constexpr const char *kMarkKind = "letter_mark";

    explicit LetterStore(RecordStore &records) : m_records(records) {}

    // A new letter (a thread of its own). Refuses a letter with a problem().
    Result<Record> create(const Letter &letter, const QString &subject = {});
    // A new version of the letter, naming `parentId` as the version it revises.
    Result<Record> revise(const QString &parentId, const Letter &letter);
    // Marks a version shared or final. Marking twice is harmless.
    Result<Record> mark(const QString &versionId, VersionMark mark);

    // Every version of one letter, oldest first, with its marks.
    Result<QList<LetterVersion>> versions(const QString &thread);
    Result<LetterVersion> version(const QString &versionId);
    // The version to show: the newest one marked final if there is one (that is what
    // "final" means, even if someone later made another version); otherwise the newest
    // head. Other heads stay listed and reachable.
    Result<LetterVersion> currentVersion(const QString &thread);
    // Every letter, oldest first.
    Result<QList<LetterSummary>> letters(const QString &subject = {});
    Result<LetterSummary> summary(const QString &thread);
    // The newest reply (author patient) to the letter `thread`, if any: its thread id.
    Result<QString> replyTo(const QString &thread, const QString &subject = {});
    // A letter's thread id from its thread id, a version id, or a unique prefix of either
    // (at least 6 characters), for ditc.
    Result<QString> resolve(const QString &idOrPrefix, const QString &subject = {});

    // Deletes the letter: every version, its marks, the highlights and notes made on it and
    // any unsaved draft of it, in one transaction. A reply to it is a letter of its own and
    // is kept. Only ever called after an explicit, confirmed request.
    Status deleteLetter(const QString &thread);

private:
    struct Marks
    {
        bool shared = false;
        bool final = false;
    };
    Result<QHash<QString, Marks>> marksOf(const QString &thread, const QString &subject);
    Result<QList<LetterVersion>> build(const QList<Record> &records, const QString &subject);

    RecordStore &m_records;
};

} // namespace dit
