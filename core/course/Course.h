#pragma once

#include "common/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTime>

namespace dit {

// A course of therapy as agreed: how many sessions, when they are, and what happened to the
// weekly slots. Stored as a versioned record (kind "course"); editing makes a new version.
//
// Slots are weekly from the first session's date at the session time (local time). A slot can
// be a planned break or a cancellation (both move the remaining sessions a week later), a
// session moved to another day that week, or a missed session (it still counts as one of the
// course's sessions). Everything is keyed by the slot's date, because session numbers shift
// when a slot is skipped.
struct Course
{
    static constexpr int kStandardSessions = 16;
    static constexpr int kComplexCareSessions = 28;
    static constexpr int kMaxSessions = 60;

    int totalSessions = kStandardSessions;
    QDate firstSession; // date of session 1
    QTime sessionTime;  // local time, the same each week
    int sessionMinutes = 50;
    QList<QDate> breaks;          // planned breaks: no session that week
    QList<QDate> cancelled;       // cancelled and rearranged: no session that week
    QList<QDate> missed;          // held without the patient: counts as a session
    QMap<QDate, QDateTime> moved; // slot date -> when that week's session actually is

    // What happened to a weekly slot. A slot is the first session's date plus whole weeks.
    enum class SlotMark { Session, Break, Cancelled, Missed };

    // Empty if valid, otherwise a plain sentence naming the problem.
    QString problem() const;

    // Whether `date` is one of the weekly slots (the first session's date plus whole weeks).
    bool isSlot(const QDate &date) const;
    SlotMark markOf(const QDate &slot) const;
    // Marks a slot (a slot is in at most one list). A break or cancellation also drops a move.
    void setMark(const QDate &slot, SlotMark mark);
    // Changes the first session's date. Marks and moves stay in the same calendar weeks, so
    // "no session in Easter week" still means Easter week; marks before the new first
    // session are dropped.
    void setFirstSession(const QDate &first);

    QJsonObject toJson() const;
    static Result<Course> fromJson(const QJsonObject &json);
};

enum class Phase { Initial, Middle, Ending };

// The phase a session falls in. For 16 sessions: initial 1-4, middle 5-12, ending 13-16
// (docs/COURSE.md). Other lengths keep the proportions: the first and last quarter (rounded,
// at least one session each) are the initial and ending phases.
Phase phaseOf(int session, int totalSessions);
int initialPhaseLength(int totalSessions);
int endingPhaseLength(int totalSessions);
QString phaseKey(Phase phase); // "initial", "middle", "ending"

} // namespace dit
