#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace dit {

// One answer a person can choose. `score` is the FHIR ordinalValue: the number the scoring
// rule adds up; items that are asked but not scored (PHQ-9's difficulty question) have none.
struct AnswerOption
{
    QString system;
    QString code;
    QString display;
    QString prefix; // what the published form prints before the answer ("0", "A"), if anything
    std::optional<int> score;
};

// FHIR Questionnaire.item.enableWhen with operator "=" or "!=" on a coded answer.
struct EnableCondition
{
    QString question;
    bool equals = true;
    QString answerCode;
};

// A question, as a person sees it on one screen. Groups in the Questionnaire are flattened:
// each question carries its group's text as `stem` ("Over the last 2 weeks, ...").
struct InstrumentItem
{
    enum class Type { Choice, Text };

    QString linkId;
    QString prefix; // "1.", "A."
    QString text;
    QString help;    // display items under the question
    QString groupId; // linkId of the enclosing group, if any
    QString stem;    // that group's text
    QString codeSystem;
    QString code; // e.g. LOINC 44250-9
    Type type = Type::Choice;
    bool required = false;
    QList<AnswerOption> options;
    QList<EnableCondition> enableWhen;

    const AnswerOption *option(const QString &code) const;
    bool isScored() const; // every option carries a score
};

// A person's answers to one instrument: linkId -> the chosen option's code, or the text
// typed for a text item.
using Answers = QMap<QString, QString>;

// An instrument as defined by a FHIR R4 Questionnaire (core/resources/instruments, or a
// service's instrument pack). Scoring rules live in C++ (Scoring.h), named by `scoringRule`.
struct Instrument
{
    QString id; // Questionnaire.id: "phq9", "gad7", ...
    QString url;
    QString version;
    QString name;
    QString title;
    QString description;
    QString publisher;
    QString copyright; // source and licence, as the definition states them
    QString source;    // the citation
    QString wordingNote;
    QString scoringRule; // "phq9", "gad7", "wsas", "sos10", "rq", "risk" or "none"
    QString codeSystem;  // the panel code, e.g. LOINC 44249-1
    QString code;
    QString codeDisplay;
    QString fileName; // where it was loaded from, for messages
    QList<InstrumentItem> items;
    QMap<QString, QString> groupTexts; // group linkId -> its text

    const InstrumentItem *item(const QString &linkId) const;
    int indexOf(const QString &linkId) const;
    // "PHQ-9" from "Patient Health Questionnaire (PHQ-9)"; the title if it has no short form.
    QString shortName() const;
    QString canonical() const { return url + QLatin1Char('|') + version; }
};

// Whether a question applies, given the answers so far (FHIR enableWhen, all conditions).
// "!=" holds when the other question is unanswered or answered differently.
bool isEnabled(const InstrumentItem &item, const Answers &answers);

} // namespace dit
