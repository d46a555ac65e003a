#pragma once

#include "common/Result.h"
#include "letters/LetterExport.h"

#include <QByteArray>

namespace dit::documents {

// The letter (and, if included, the reply and the marked passages) as an A4 PDF set like a
// book: a serif face, a comfortable measure, headings, page numbers. The document's
// metadata names nobody: no title, author, subject, keywords or creator (the PDF writer
// adds only its own producer string, "Qt <version>", and the creation time).
// Needs a QGuiApplication (ditc makes one with the offscreen platform).
Result<QByteArray> letterPdf(const letters::LetterExport &content);

// The same, written atomically to `path` (a reader sees no half-written file). Refuses to
// replace an existing file.
Status writeLetterPdf(const letters::LetterExport &content, const QString &path);

} // namespace dit::documents
