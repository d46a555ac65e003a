#pragma once

#include "Letter.h"
#include "WordDiff.h"

namespace dit::letters {

// How one section changed between two versions of a letter. Sections are paired by their
// template key, else by their heading, in order; the texts are compared word by word as a
// reader sees them (markup removed, so a change of emphasis alone does not show).
struct SectionDiff
{
    enum class Change { Same, Changed, Added, Removed };
    Change change = Change::Same;
    QString headingBefore;
    QString headingAfter;
    QList<DiffOp> ops;
};

struct LetterDiff
{
    QString titleBefore;
    QString titleAfter;
    QList<SectionDiff> sections;
    int insertions = 0; // runs of inserted words
    int deletions = 0;  // runs of deleted words
    bool same() const { return insertions == 0 && deletions == 0 && titleBefore == titleAfter; }
};

LetterDiff compareLetters(const Letter &before, const Letter &after);

// A section's text as a reader sees it: blocks separated by a blank line, list items with
// "- " or "1. ".
QString sectionPlainText(const LetterSection &section);

// The runs with insertions and deletions shown by words and symbols, not colour alone:
// "[+ added +]" and "[- removed -]".
QString toMarkedText(const QList<DiffOp> &ops);
// For screen readers: "(added: ...)" and "(removed: ...)", translated.
QString toSpokenText(const QList<DiffOp> &ops);
// The same as Qt StyledText for a QML Text: insertions underlined and deletions struck
// through, each inside its [+ +] / [- -] markers, in the given colours; everything escaped.
QString toStyledText(const QList<DiffOp> &ops, const QString &insertColor,
                     const QString &deleteColor);

// One side of a comparison, for reading pages that show changes as soft highlights rather
// than diff marks (docs/LETTERS.md): the later text with the words new in it, or the earlier
// text with the words that have since changed. Rich text for a QML Text: each changed run in
// a <span> on `tint` (a plain #rgb/#rrggbb, else no colour); a change of white space alone
// is not shown; no symbols, no struck-through words; everything escaped.
enum class DiffSide { Later, Earlier };
QString toHighlightedText(const QList<DiffOp> &ops, DiffSide side, const QString &tint);
// The same side for screen readers: "(new: ...)" or "(since changed: ...)", translated.
QString toSpokenText(const QList<DiffOp> &ops, DiffSide side);

} // namespace dit::letters
