#pragma once

#include "common/Clock.h"
#include "storage/Settings.h"

#include <QDateTime>
#include <QTimeZone>

namespace dit {

// What changed in the device's clock since the app last looked (docs/CLINICAL_SAFETY.md H16).
struct ClockJump
{
    bool wentBack = false;    // now is earlier than the last time seen, by more than the slack,
                              // or (in the same boot) less time passed than the boot clock says
    bool wentForward = false; // in the same boot, more time passed on the wall clock than on
                              // the boot clock (which nobody can set), by more than the slack
    bool zoneChanged = false; // the UTC offset is not the one last seen (travel, summer time)
    QDateTime lastSeen;       // UTC; invalid the first time
    int lastOffsetSeconds = 0;
    int offsetSeconds = 0;
    bool any() const { return wentBack || wentForward || zoneChanged; }
};

// Remembers the last wall time and UTC offset the app saw, with the boot clock's reading and
// the boot's id (Clock::sinceBoot), in the profile's encrypted settings, and says when the
// clock has since been moved back or forward or the offset changed. Within one boot the wall
// clock and the boot clock run together, so a gap between them is the wall clock being set;
// across a reboot only a clock set back shows. Forms are filed under the session they were
// opened for whatever the clock does; this lets the app say so when the clock has moved
// under a person.
class ClockWatch
{
public:
    // `zone`: the device's time zone (the system's unless a test gives one).
    ClockWatch(Settings &settings, const Clock &clock,
               const QTimeZone &zone = QTimeZone::systemTimeZone())
        : m_settings(settings), m_clock(clock), m_zone(zone)
    {}

    // Compares now with what remember() last kept; nothing changed if it never ran.
    ClockJump check() const;
    // Keeps now, its UTC offset and the boot clock's reading as the last seen.
    Status remember();

    // A clock moved by less than this (a network time correction) is not a change.
    static constexpr qint64 kSlackSeconds = qint64{5} * 60;
    static constexpr const char *kKey = "clock.lastSeen";

private:
    int offsetNow() const;

    Settings &m_settings;
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace dit
