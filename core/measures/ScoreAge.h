#pragma once

#include <QDateTime>

#include <optional>

namespace dit {

struct Course;

// The date a score was given, and whether it is older than the form window it belongs to
// (docs/MEASURES.md, "When a score is older"). Every screen and ditc that shows a score
// says its date from here, and says "older" in words, never by colour alone.
struct ScoreAge
{
    // A score with no later session held is still "older" after this many days.
    static constexpr int kOlderAfterDays = 14;

    enum class Older {
        No,
        LaterSession, // a session after the one it belongs to has begun
        Days          // given more than kOlderAfterDays days ago
    };
    Older older = Older::No;
    QDate date; // the local day it was given

    bool isOlder() const { return older != Older::No; }
    // "from Thursday, 12 March", "… — older than your last session", "… — more
    // than 2 weeks old". `toPatient` words it for the person ("your last session"), otherwise
    // for the therapist ("the last session").
    QString words(bool toPatient) const;

    // The age of a score for `session` given at `authored`, when the latest session that has
    // begun by `now` is `latestSessionBegun` (0: none, or no course).
    static ScoreAge of(int session, const QDateTime &authored, int latestSessionBegun,
                       const QDateTime &now);
    // The number of the latest session of `course` that has begun by `now`; 0 if none.
    static int latestSessionBegun(const std::optional<Course> &course, const QDateTime &now);
};

} // namespace dit
