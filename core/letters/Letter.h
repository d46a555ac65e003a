#pragma once

#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dit {

// Who wrote a letter: the therapist's goodbye letter, or the patient's reply.
enum class LetterAuthor { Therapist, Patient };
QString letterAuthorName(LetterAuthor author); // "therapist", "patient"
bool letterAuthorFromName(const QString &name, LetterAuthor *author);

// One section of a letter: a heading as written (it may differ from the template's, as a
// real letter's does) and its text in the core/text Markdown subset (paragraphs, lists,
// quotes, *emphasis*, **strong**; no headings: the section heading is the only one).
// `key` names the template section it stands for ("self", "others", ...; see
// LetterTemplate.h), or is empty for a section of the writer's own.
struct LetterSection
{
    QString key;
    QString heading; // may be empty: a reply is often one untitled body
    QString text;

    bool operator==(const LetterSection &) const = default;
};

// A letter as one version holds it. Every save is an immutable "letter" record naming the
// version it revises (LetterStore); this struct is that record's body.
struct Letter
{
    static constexpr int kMaxSections = 40;
    static constexpr int kMaxTitleLength = 200;
    static constexpr qsizetype kMaxTextLength = 200000; // all sections together

    LetterAuthor author = LetterAuthor::Therapist;
    QString title;
    QDate date;        // the date written on the letter
    QString inReplyTo; // a reply names the letter (thread id) it answers
    QString source;    // how it came to this device: "typed", "file", "sync"; informational
    QList<LetterSection> sections;

    // Empty if the letter can be saved, otherwise a plain sentence naming the problem.
    QString problem() const;

    QJsonObject toJson() const;
    static Result<Letter> fromJson(const QJsonObject &json);

    // Index of the first section with this key, or -1.
    int sectionIndex(const QString &key) const;

    bool operator==(const Letter &) const = default;
};

} // namespace dit
