#pragma once

#include <QObject>
#include <QQmlEngine>

namespace dit {

class AppContext;

// Reminder settings: the person's choices (in the encrypted store), whether this device can
// show reminders, and what is planned. Scheduling itself is AppContext's
// ReminderScheduling, which runs whether or not this is ever created.
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
    QString m_message;
};

} // namespace dit
