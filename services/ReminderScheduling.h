#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace dit {

class AppContext;

// Keeps the platform's pending reminders in step with the course and the person's choices:
// when the store opens, when a course record arrives, and every hour. Owned by AppContext
// from the moment it has a Notifier, so reminders are scheduled whether or not any page that
// shows them has been opened. Locking keeps what is already scheduled (the words are neutral;
// on phones the system holds them anyway).
class ReminderScheduling : public QObject
{
    Q_OBJECT

public:
    explicit ReminderScheduling(AppContext &context, QObject *parent = nullptr);

    // How long before a session its form opens: the measures rule (the service's
    // measures.json, default 72 hours), so the reminder and the form agree. From the context's
    // measures configuration, read when first asked (a store opens), not when the app starts
    // (docs/PERFORMANCE.md).
    std::chrono::hours formOpensBefore() const;

    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    AppContext &m_ctx;
    QTimer m_hourly;
};

} // namespace dit
