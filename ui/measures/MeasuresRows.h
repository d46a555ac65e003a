#pragma once

#include "measures/FormPlanner.h"

#include <QObject>
#include <QStringList>

namespace dit {

// The rows of the Measures tab's and the form's lists (RowsModel): each property is a role
// of the same name in QML.

// A past session's form (Measures.pastForms). `formState` is the core's FormState; QML names it
// as Measures.DueState (Measures.Done, Measures.Missed).
struct PastFormRow
{
    Q_GADGET
    Q_PROPERTY(int session MEMBER session)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString date MEMBER date)
    Q_PROPERTY(dit::FormState formState MEMBER formState)
    Q_PROPERTY(QString stateLabel MEMBER stateLabel)
    Q_PROPERTY(QString summary MEMBER summary)
    Q_PROPERTY(bool canCorrect MEMBER canCorrect)
    Q_PROPERTY(bool unfinished MEMBER unfinished)
    Q_PROPERTY(bool flagged MEMBER flagged)

public:
    int session = 0;
    QString title;
    QString date;
    FormState formState = FormState::None;
    QString stateLabel;
    QString summary;
    bool canCorrect = false;
    bool unfinished = false;
    bool flagged = false;
    friend bool operator==(const PastFormRow &, const PastFormRow &) = default;
};

// A session's totals in the progress table (Measures.progressRows): one cell and one range
// name per column (Measures.progressColumns).
struct ProgressRow
{
    Q_GADGET
    Q_PROPERTY(int session MEMBER session)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QStringList cells MEMBER cells)
    Q_PROPERTY(QStringList bands MEMBER bands)
    Q_PROPERTY(QString age MEMBER age)
    Q_PROPERTY(bool older MEMBER older)
    Q_PROPERTY(QString description MEMBER description)

public:
    int session = 0;
    QString label;
    QStringList cells;
    QStringList bands;
    QString age;
    bool older = false;
    QString description;
    friend bool operator==(const ProgressRow &, const ProgressRow &) = default;
};

// An answer to choose for the question shown (FormSession.options).
struct AnswerOptionRow
{
    Q_GADGET
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString prefix MEMBER prefix)
    Q_PROPERTY(bool selected MEMBER selected)
    Q_PROPERTY(int index MEMBER index)

public:
    QString code;
    QString label;
    QString prefix;
    bool selected = false;
    int index = 0;
    friend bool operator==(const AnswerOptionRow &, const AnswerOptionRow &) = default;
};

// A question and its answer in the review before sending (FormSession.review).
struct ReviewRow
{
    Q_GADGET
    Q_PROPERTY(int step MEMBER step)
    Q_PROPERTY(QString section MEMBER section)
    Q_PROPERTY(QString question MEMBER question)
    Q_PROPERTY(QString answer MEMBER answer)
    Q_PROPERTY(bool answered MEMBER answered)

public:
    int step = 0;
    QString section; // the questionnaire's title on its first question, else empty
    QString question;
    QString answer;
    bool answered = false;
    friend bool operator==(const ReviewRow &, const ReviewRow &) = default;
};

} // namespace dit
