#pragma once

#include <QString>

namespace dit::text {

// Text a person types in a plain text box, and the Markdown subset (Markdown.h) it is kept
// as. A person typing a letter should never be told their text is "not allowed": only
// *emphasis* and **strong** pairs, "- " or "1. " list items and "> " quotes are taken as
// markup; everything else is kept literally (escaped where the strict parser would refuse
// it or read it as markup: "<b", "[x](y)", a leading "#" or "|", an indented line, a lone
// "*"). A single line break inside a paragraph is kept as U+2028 (QChar::LineSeparator),
// which Qt's text layout shows as a line break. The result always parses and never contains
// a heading.
QString fromTyped(const QString &typed);

// Markup back into typed text for editing: the escapes fromTyped() adds are removed, so
// fromTyped(toTyped(m)) reads the same as m.
QString toTyped(const QString &markup);

} // namespace dit::text
