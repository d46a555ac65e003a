#pragma once

#include "platform/Notifier.h"

namespace dit {

// Test double: remembers what was scheduled and shown, answers synchronously. `available`,
// `grantPermission` and `failNext` let tests walk the unhappy paths.
class RecordingNotifier final : public Notifier
{
public:
    bool available = true;
    bool grantPermission = true;
    bool failNext = false;

    bool isAvailable() const override { return available; }
    QString unavailableReason() const override;
    void requestPermission(std::function<void(bool)> done) override;
    Status schedule(const QList<Notification> &reminders) override;
    void cancelAll() override { m_pending.clear(); }
    Status showNow(const Notification &notification) override;
    QList<Notification> pending() const override { return m_pending; }

    const QList<Notification> &shown() const { return m_shown; }
    int scheduleCalls() const { return m_scheduleCalls; }

private:
    bool consumeFailure();
    QList<Notification> m_pending;
    QList<Notification> m_shown;
    int m_scheduleCalls = 0;
};

} // namespace dit
