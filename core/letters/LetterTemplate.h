#pragma once

#include "Letter.h"

#include <QList>
#include <QString>

namespace dit::letters {

// One section of the template a letter is written or typed in with.
struct TemplateSection
{
    QString key;     // stable: "background", "self", ... (stored in letters; never renamed)
    QString heading; // the default heading, translated
    QString prompt;  // a short hint for whoever types it in
    bool optional = false;
};

// The goodbye letter's sections, in order. The core is the headings DIT letters use
// (experiences of your self; of others; how this makes you feel and how you deal with these
// feelings; the pattern between us in therapy; what has changed; what to keep in mind;
// ending), with an optional opening for the background and referral, so a real letter
// (docs/LETTERS.md: background, self, others, feelings and coping, what was achieved,
// conclusion) fits without forcing: its headings are matched to these keys and kept as written.
QList<TemplateSection> therapistTemplate();
// A reply is usually one letter-shaped body with no headings of its own.
QList<TemplateSection> replyTemplate();
QList<TemplateSection> templateFor(LetterAuthor author);

// A letter with the template's sections and no text yet.
Letter blankLetter(LetterAuthor author);

// The template key a written heading stands for ("Conclusion" -> "ending", "Therapy so far
// and what you've achieved" -> "changed"), or empty if it is the writer's own. Case,
// punctuation and curly quotes do not matter.
QString keyForHeading(const QString &heading);
// The template's heading for a key, or empty.
QString headingForKey(const QString &key);

// Drops sections with no text (an optional opening left empty, say) so the letter can be
// saved; keeps everything that has text, in order.
Letter withoutEmptySections(Letter letter);

} // namespace dit::letters
