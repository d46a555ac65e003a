#include "RecordingNotifier.h"

namespace dit {

bool RecordingNotifier::consumeFailure()
{
    const bool fail = failNext || !available;
    failNext = false;
    return fail;
}

QString RecordingNotifier::unavailableReason() const
{
    return available ? QString() : QStringLiteral("Reminders are switched off (test double).");
}

void RecordingNotifier::requestPermission(std::function<void(bool)> done)
{
    done(available && grantPermission);
}

Status RecordingNotifier::schedule(const QList<Notification> &reminders)
{
    ++m_scheduleCalls;
    if (consumeFailure())
        return makeError(ErrorCode::Io, QStringLiteral("Reminders could not be set (test)."));
    m_pending = reminders;
    return {};
}

Status RecordingNotifier::showNow(const Notification &notification)
{
    if (consumeFailure())
        return makeError(ErrorCode::Io, QStringLiteral("The reminder was not shown (test)."));
    m_shown << notification;
    return {};
}

} // namespace dit
