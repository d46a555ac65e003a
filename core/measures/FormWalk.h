#pragma once

#include "FormDraftStore.h"
#include "InstrumentCatalogue.h"

namespace dit {

// One question of a form being filled in.
struct FormStep
{
    const Instrument *instrument = nullptr;
    const InstrumentItem *item = nullptr;

    // Where a draft saved at this question says it was: "instrument/linkId" ("phq9/9").
    QString key() const;
};

// The walk through a form: one step per question that applies given the answers so far
// (isEnabled), the instruments in the form's order. A draft keeps where the person was as a
// position: a step's key, or "review" for the review of every answer (docs/MEASURES.md,
// "Drafts, responses, corrections"). The form page (FormSession) and the due form's card both
// count from here.
class FormWalk
{
public:
    FormWalk(const InstrumentCatalogue &catalogue, const QStringList &instruments,
             const QMap<QString, Answers> &answers);
    FormWalk(const InstrumentCatalogue &catalogue, const FormDraft &draft);

    // The position a draft holds while its review is showing.
    static QString reviewPosition();
    static bool isReview(const QString &position) { return position == reviewPosition(); }

    const QList<FormStep> &steps() const { return m_steps; }
    int count() const { return int(m_steps.size()); }
    // The step a position names; -1 for the review, an empty position or a question that no
    // longer applies.
    int stepOf(const QString &position) const;
    // The step asking `item`; -1 when it does not apply.
    int stepOf(const InstrumentItem *item) const;
    // The position to save: the review's, a step's key, or empty for no step.
    QString positionOf(int step, bool reviewing) const;
    // Where a position stands, counting questions from 1; 0 at the review or when unknown.
    int questionNumber(const QString &position) const { return stepOf(position) + 1; }

private:
    QList<FormStep> m_steps;
};

// Chooses `code` for `item` of `instrument` (choosing the chosen answer again clears it).
// An answer can make another question not apply (WSAS: not working leaves out the work
// question); its answer goes, so a form never holds an answer that does not count.
void chooseAnswer(const Instrument &instrument, Answers &answers, const InstrumentItem &item,
                  const QString &code);

// About how long a form of `questions` questions takes, in whole minutes: 12 seconds a
// question, never less than 2 minutes (docs/MEASURES.md, "The Measures overview").
int formMinutes(int questions);

} // namespace dit
