#pragma once

#include "ReminderScheduler.h"
#include "storage/Store.h"

namespace dit {

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

    // `formOpensBefore` is the measures feature's rule (default 48 hours).
    Status refresh(std::chrono::hours formOpensBefore = std::chrono::hours(48));

private:
    Store &m_store;
    Notifier &m_notifier;
    const Clock &m_clock;
};

} // namespace dit
