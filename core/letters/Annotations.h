#pragma once

#include "Letter.h"
#include "storage/RecordStore.h"

#include <optional>

namespace dit {

// Where a highlight or note sits: the letter and the version it was made on, the section
// and block (paragraph, list item or quote) within it, character offsets into that block's
// plain text, and the quoted words themselves, so the passage can be found again in a
// later version where the offsets no longer fit.
struct PassageAnchor
{
    QString letter;  // the letter's thread id
    QString version; // the version it was made on
    int section = -1;
    QString sectionKey;
    int block = -1;
    int start = 0; // [start, end) in the block's plain text
    int end = 0;
    QString quote;

    QJsonObject toJson() const;
    static std::optional<PassageAnchor> fromJson(const QJsonObject &json);
};

// Where an anchored passage is in one version of the letter.
struct PassageLocation
{
    int section = -1;
    int block = -1;
    int start = 0;
    int end = 0;
    bool operator==(const PassageLocation &) const = default;
};

// A highlight or a private note on a passage. Kept apart from the letter (the letter's
// records stay exactly as written): each is its own thread of records; editing a note is a
// new version. Removing one deletes it (every version): a person's private note, once
// removed, should be gone, not kept as history.
struct Annotation
{
    enum class Type { Highlight, Note };
    Type type = Type::Highlight;
    QString id;     // the latest version's record id
    QString thread; // the annotation's own thread
    PassageAnchor anchor;
    QString note; // notes only: plain text, as typed
    QDateTime createdAt;
    QDateTime updatedAt;
};

namespace letters {

// The plain text of each block of a section, in order (what the reading view shows and
// what offsets count in). Empty if the section does not exist or does not parse.
QStringList blockTexts(const Letter &letter, int section);

// An anchor for [start, end) of a block in `letter` (the version `versionId` of the letter
// `thread`). A selection ending part-way through a word takes the whole word; white space at
// either end is left out. Fails if the range is empty or outside the block.
Result<PassageAnchor> anchorFor(const Letter &letter, const QString &thread,
                                const QString &versionId, int section, int block, int start,
                                int end);

// Finds the passage in `letter` (version `versionId`): at its offsets in the version it was
// made on; elsewhere by its quoted words, first in the same section (by key, then by
// position), then anywhere. Nothing if the words are no longer in this version.
std::optional<PassageLocation> locate(const Letter &letter, const QString &versionId,
                                      const PassageAnchor &anchor);

} // namespace letters

class AnnotationStore
{
public:
    static constexpr const char *kHighlightKind = "letter_highlight";
    static constexpr const char *kNoteKind = "letter_note";
    static constexpr int kMaxNoteLength = 5000;

    explicit AnnotationStore(RecordStore &records) : m_records(records) {}

    Result<Record> addHighlight(const PassageAnchor &anchor, const QString &subject = {});
    Result<Record> addNote(const PassageAnchor &anchor, const QString &note,
                           const QString &subject = {});
    // A new version of a note with new text.
    Result<Record> editNote(const QString &id, const QString &note);
    // Deletes the highlight or note (every version of it).
    Status remove(const QString &id);

    // The highlights and notes on a letter, oldest first.
    Result<QList<Annotation>> forLetter(const QString &letterThread, const QString &subject = {});
    // Every annotation thread on a letter (for deleting the letter).
    Result<QStringList> threadsForLetter(const QString &letterThread, const QString &subject = {});

private:
    Result<Record> latest(const QString &id);

    RecordStore &m_records;
};

} // namespace dit
