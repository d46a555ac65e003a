#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <chrono>

namespace dit {

class AppContext;

// Reminder settings and scheduling: the person's choices (in the encrypted store), whether
// this device can show reminders, and handing the schedule to AppContext's Notifier when the
// store opens, the course changes, a choice changes, and every hour. Locking keeps what is
// already scheduled (the words are neutral; on phones the system holds them anyway).
class Reminders : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool formOpening READ formOpening WRITE setFormOpening NOTIFY changed)
    Q_PROPERTY(bool dayBefore READ dayBefore WRITE setDayBefore NOTIFY changed)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY changed)
    Q_PROPERTY(QString nextText READ nextText NOTIFY changed)
    Q_PROPERTY(QString wordingText READ wordingText CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit Reminders(AppContext &context, QObject *parent = nullptr);
    static Reminders *create(QQmlEngine *, QJSEngine *);

    // How long before a session its form opens. INTEGRATION: the measures feature owns this
    // rule; return its value here so reminders and forms agree.
    static std::chrono::hours formOpensBefore();

    bool formOpening() const;
    void setFormOpening(bool on);
    bool dayBefore() const;
    void setDayBefore(bool on);
    bool available() const;
    QString unavailableReason() const;
    QString nextText() const;
    QString wordingText() const;
    QString message() const { return m_message; }

    // Shows a reminder now, so the person sees exactly what one looks like.
    Q_INVOKABLE void showExample();
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    void setChoice(bool formOpening, bool on);

    AppContext &m_ctx;
    QTimer m_hourly;
    QString m_message;
};

} // namespace dit
