#pragma once

#include <QByteArray>
#include <QDateTime>

namespace dit {

// Time since the machine started, on a clock that nobody can set (Linux CLOCK_BOOTTIME,
// which keeps counting through sleep), with the id of that boot: two readings can only be
// compared when their boot ids match.
struct BootTime
{
    QByteArray bootId;
    qint64 ms = 0;
};

// Replaceable time source: production uses SystemClock, tests a ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // For measuring waits a person must not be able to shorten by setting the clock
    // (UnlockThrottle). The system's own unless a test clock replaces it.
    virtual BootTime sinceBoot() const;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to. For tests and the demo profile. advanceSeconds()
// is time passing (both clocks move); set() is a person setting the wall clock (the boot
// clock stays); reboot() starts another boot.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    BootTime sinceBoot() const override { return m_boot; }
    void set(const QDateTime &t) { m_now = t; }
    void advanceSeconds(qint64 s)
    {
        m_now = m_now.addSecs(s);
        m_boot.ms += s * 1000;
    }
    void reboot(const QByteArray &bootId) { m_boot = {bootId, 0}; }

private:
    QDateTime m_now;
    BootTime m_boot{QByteArrayLiteral("manual-clock-boot"), 0};
};

// When this process started (taken as the library loads): files of ours left by a killed
// process are older than it.
QDateTime processStarted();

} // namespace dit
