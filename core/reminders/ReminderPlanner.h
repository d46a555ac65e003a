#pragma once

#include "ReminderScheduler.h"
#include "measures/FormPlanner.h"
#include "storage/Store.h"

namespace dit {

// The notification id of the reminder to reread the goodbye letter.
inline constexpr char kLetterRereadId[] = "letter-reread";

// The person's reminder choices, kept in the profile's encrypted settings.
struct ReminderChoices
{
    bool formOpening = true; // on by default: the wording is neutral (docs/COURSE.md)
    bool dayBefore = false;

    static ReminderChoices load(const Settings &settings);
    Status save(Settings &settings) const;
};

// Recomputes the reminders from the stored course and choices and hands them to the
// platform, replacing whatever was pending. Called when the store opens, the course or the
// choices change, and from time to time while the app runs.
class ReminderPlanner
{
public:
    ReminderPlanner(Store &store, Notifier &notifier, const Clock &clock)
        : m_store(store), m_notifier(notifier), m_clock(clock)
    {}

    // `formOpensBefore` is the measures feature's rule (FormPlanner, default 72 hours).
    // Also plans the letter's reread reminder when the person asked for one.
    Status
    refresh(std::chrono::hours formOpensBefore = std::chrono::hours(kDefaultFormOpensHoursBefore));

private:
    Store &m_store;
    Notifier &m_notifier;
    const Clock &m_clock;
};

} // namespace dit
