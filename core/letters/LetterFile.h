#pragma once

#include "Letter.h"

#include <QByteArray>

namespace dit::letters {

// The letter file format, for typing a letter in elsewhere and importing it (ditc letter
// import), and for exporting it so it can be kept or moved (ditc letter export --format md).
// UTF-8 text in the app's Markdown subset, documented in docs/LETTERS.md:
//
//   # Title of the letter
//   Author: therapist            (or patient; optional, therapist if left out)
//   Date: 2026-06-10             (required, YYYY-MM-DD)
//   In-Reply-To: <letter id>     (optional; a reply names the letter it answers)
//
//   ## Experiences of your self
//
//   Paragraphs, "- " list items, "> " quotes, *emphasis* and **strong**.
//
//   ## Experiences of others
//   ...
//
// A line ending in a backslash keeps its line break (a sign-off: "With warm wishes,\" then
// "Ruth"). Text before the first "##" heading is an untitled opening section. Headings are matched
// to the template (LetterTemplate.h) and kept as written.
inline constexpr qsizetype kMaxLetterFileBytes = qsizetype(1) << 20; // 1 MiB

// Reads a letter file. A malformed file is refused with a sentence naming the line and the
// problem; nothing partial is returned.
Result<Letter> parseLetterFile(const QByteArray &bytes);

// Writes a letter in the file format; parseLetterFile() reads it back as the same letter.
QString toLetterFile(const Letter &letter);

} // namespace dit::letters
