#pragma once

#include "storage/Record.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace dit::sharing {

// What each side of a therapist–patient pair may create, and what a record arriving from the
// other side must look like: one rule set for the hand-over file and for sync
// (docs/SECURITY.md, "Records from the other device").

// Which way a hand-over file goes.
enum class Direction {
    ToPatient,   // made on the therapist's tablet, opened on the patient's phone
    ToTherapist, // made on the patient's phone, opened on the therapist's tablet
};

// Whose device made a record.
enum class Side { Therapist, Patient };

// The largest record body (compact JSON) either channel carries: above the longest letter.
inline constexpr qsizetype kMaxBodyBytes = qsizetype(1) << 20;
// How far ahead of the receiving device's clock a record's time may be (clocks drift).
inline constexpr qint64 kMaxClockAheadMs = 2LL * 24 * 3600 * 1000;
// The newest schema version a record may name.
inline constexpr int kMaxSchema = 100;

// The record kinds a hand-over file may carry each way; anything else is refused.
const QStringList &kindsFor(Direction direction);

// Whether a record's body is what its kind must hold (any kind this app shares).
bool bodyIsValid(const Record &record);

// Whether a device of `side` may have made `record`: a letter only on its writer's side (a
// patient's only as a reply); a form response on the patient's phone, or on the therapist's
// tablet only when marked as filled in there during an in-room hand-over; marks and notes on
// a letter only by the patient; sessions, schedules, focus and letter marks by either.
bool mayCreate(Side side, const Record &record);

// Whether a hand-over file going `direction` may carry `record`: a kind of that direction
// with a valid body, made by the sending side, or a form response made on either device
// (a file carries every answer given; it says nothing about which device made a record,
// so the author rules above are for sync, whose records are signed).
bool mayCarry(Direction direction, const Record &record);

// Whether the fields around the body are in bounds: 32-hex ids, a kind, a time after 2000 and
// not more than two days after `now`, a schema from 1 to kMaxSchema, a body of at most
// kMaxBodyBytes.
bool fieldsAreValid(const Record &record, const QDateTime &now);

// Whether a record's time is more than kMaxClockAheadMs after `now` (its device's clock is
// ahead, or it is forged): sync waits for such a record rather than refusing it for good.
bool isAhead(const Record &record, const QDateTime &now);

// Whether a record fits its thread: without a parent it starts the thread (thread = id); a
// parent that is known (`find`: here or in the same delivery) has the same kind and thread.
// A parent nowhere known is allowed (the thread is as given).
bool fitsItsThread(const Record &record,
                   const std::function<std::optional<Record>(const QString &)> &find);

} // namespace dit::sharing
