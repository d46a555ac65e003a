#pragma once

#include <QDateTime>
#include <QString>

namespace dit {

// A patient in a therapist's caseload (docs/THERAPIST.md). The id is the `subject` of every record
// about them (course, responses, focus, letters), random and meaningless; the label is what
// the therapist sees: pseudonymous ("A.K.", "Tuesday 10am"), never a full name.
// Stored as versioned "patient" records, so a rename or an archive keeps the history.
struct Patient
{
    static constexpr int kMaxLabel = 40;

    QString id;    // the subject of their records
    QString label; // as the therapist wrote it
    bool archived = false;
    QString recordId;  // the current version
    QDateTime added;   // first version
    QDateTime changed; // current version
    int versions = 0;
};

namespace caseload {

// Empty if `label` can be saved; otherwise a plain sentence (empty, too long, on two lines).
QString labelProblem(const QString &label);
// A gentle warning when a label looks identifying: a full name ("Alex Smith"), an email
// address, a phone or NHS number, a date of birth. It can still be saved. Empty otherwise.
QString labelWarning(const QString &label);
// The label as stored: surrounding white space removed, inner runs made single spaces.
QString cleanLabel(const QString &label);

} // namespace caseload

} // namespace dit
