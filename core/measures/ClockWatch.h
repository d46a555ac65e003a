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
    // The clock disagrees with the sync server's time by more than kServerToleranceSeconds:
    // in the same boot, with the server's time last seen carried on by the boot clock; after
    // a restart, only a clock earlier than the server's time last seen shows. Never set
    // without a server time (an unpaired phone has none).
    bool offFromServer = false;
    qint64 serverOffSeconds = 0; // now minus the server's time carried on; 0 when not known
    // Moved since last seen (offFromServer is a clock wrong now, moved or not).
    bool any() const { return wentBack || wentForward || zoneChanged; }
};

// Remembers the last wall time and UTC offset the app saw, with the boot clock's reading and
// the boot's id (Clock::sinceBoot), in the profile's encrypted settings, and says when the
// clock has since been moved back or forward or the offset changed. Within one boot the wall
// clock and the boot clock run together, so a gap between them is the wall clock being set;
// across a reboot only a clock set back shows. Forms are filed under the session they were
// opened for whatever the clock does; this lets the app say so when the clock has moved
// under a person. It also keeps the sync server's time (its HTTP `Date` header, which the
// person cannot set) with the boot clock's reading when it was seen, so a clock wrong from the
// start, or changed across a restart, shows too.
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
    // Keeps `serverUtc` (a sync server's time just received) with the boot clock's reading now.
    Status rememberServerTime(const QDateTime &serverUtc);

    // A clock moved by less than this (a network time correction) is not a change.
    static constexpr qint64 kSlackSeconds = qint64{5} * 60;
    static constexpr const char *kKey = "clock.lastSeen";
    // A clock further than this from the sync server's time is wrong (a time zone set wrongly
    // by whole hours shows; the minutes a sync takes, or a server a little out, do not).
    static constexpr qint64 kServerToleranceSeconds = qint64{2} * 3600;
    static constexpr const char *kServerKey = "clock.server";

private:
    int offsetNow() const;
    void compareWithServer(ClockJump &jump) const;

    Settings &m_settings;
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace dit
