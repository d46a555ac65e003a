#pragma once

#include "Letter.h"
#include "storage/RecordStore.h"

#include <optional>

namespace dit::letters {

// A passage the person marked, as an export shows it.
struct MarkedPassage
{
    QString heading; // the section it is in, in the exported version ("" if untitled)
    QString quote;
    QString note; // empty for a highlight
    bool inThisVersion = true;
};

// Everything an export of one letter holds: the version shown (LetterStore::currentVersion),
// optionally the patient's reply, and optionally the marked passages and notes.
struct LetterExport
{
    Letter letter;
    std::optional<Letter> reply;
    QList<MarkedPassage> marks;
};

struct ExportOptions
{
    bool includeReply = true;
    bool includeMarks = false; // private notes leave the app only when asked for
};

// Gathers a letter (thread id) for export.
Result<LetterExport> gatherExport(RecordStore &records, const QString &thread,
                                  const ExportOptions &options);

// Plain text for keeping: title, date, headings underlined, paragraphs wrapped at 72
// columns, then the reply and the marked passages if included.
QString toPlainTextExport(const LetterExport &content);

// "10 June 2026" in the app's language.
QString letterDateText(const QDate &date);

// Headings an export uses; translated.
QString replyPartTitle();                 // "Your reply"
QString marksPartTitle();                 // "Passages you marked"
QString markNotInVersionText();           // said of a passage no longer in the exported version
QString authorLine(const Letter &letter); // "From your therapist" / "Your reply"

} // namespace dit::letters
