#pragma once

#include "common/Clock.h"
#include "storage/Settings.h"

#include <QDateTime>
#include <QSet>

namespace dit {

// Which library pieces a person has read, kept in the encrypted store's settings (what
// someone reads about their therapy is private too). One JSON value: id -> when first read.
class ReadState
{
public:
    ReadState(Settings &settings, const Clock &clock) : m_settings(settings), m_clock(clock) {}

    QSet<QString> readIds() const;
    bool isRead(const QString &id) const { return readIds().contains(id); }
    QDateTime readAt(const QString &id) const;
    Status markRead(const QString &id);   // keeps the first time it was read
    Status markUnread(const QString &id); // "mark as not read" puts it back in the list

    static constexpr const char *kKey = "learn.read";

private:
    Settings &m_settings;
    const Clock &m_clock;
};

} // namespace dit
