#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QStringList>

namespace dit {

// The Interpersonal Affective Focus (IPAF): the repeating relational pattern a patient and
// therapist agree on, usually in session 4 (docs/COURSE.md). Stored as versioned "focus"
// records, so each refinement through the middle phase is kept. The same model serves the
// patient's "My focus" and, later, the therapist's editor; `subject` in FocusStore tells
// whose it is.
struct Focus
{
    static constexpr int kMaxText = 2000;
    static constexpr int kMaxItems = 20;
    static constexpr int kMaxItemText = 300;

    QString selfRepresentation;  // how I see myself in the pattern ("second best")
    QString otherRepresentation; // how I see others in it ("critical, unavailable")
    QString affect;              // the feeling that links them ("shame", "rage")
    QString defensiveFunction;   // what the pattern protects against
    QStringList ownWords;        // the patient's own vivid phrases
    QStringList handles;         // shared shorthand for the pattern ("smash and grab")
    QStringList goals;           // the goals agreed
    int session = 0;             // the session this version was agreed or refined in; 0 unknown
    QString writtenBy;           // "patient" or "therapist" (the role of the device's owner)

    // Empty if valid, otherwise a plain sentence naming the problem.
    QString problem() const;
    bool isEmpty() const;

    QJsonObject toJson() const;
    static Result<Focus> fromJson(const QJsonObject &json);
    bool operator==(const Focus &other) const = default;
};

} // namespace dit
