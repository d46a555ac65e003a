#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace dit {

class AppContext;

// After therapy, Home becomes the letter (core/letters/AfterTherapy.h holds the rule). Also
// the person's choices: what Home shows, and whether to be reminded, gently, to reread it.
class LetterHome : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY settingsChanged)
    Q_PROPERTY(QString reread READ reread WRITE setReread NOTIFY settingsChanged)
    Q_PROPERTY(QString nextRereadText READ nextRereadText NOTIFY settingsChanged)

public:
    explicit LetterHome(AppContext &context, QObject *parent = nullptr);
    static LetterHome *create(QQmlEngine *, QJSEngine *);

    // Whether Home shows the letter now (read fresh from the store and the clock).
    bool active() const;
    QString choice() const; // "automatic", "letter" or "course"
    void setChoice(const QString &choice);
    QString reread() const; // "off", "yearly" or "quarterly"
    void setReread(const QString &schedule);
    // When the next reminder is due, or invalid when off. For the notifier (see
    // docs/LETTERS.md, "Reminder"): schedule it with the core's neutral title and body.
    QDateTime nextReread() const;
    QString nextRereadText() const;

    // Re-reads the rule (the clock moved, a letter arrived); emits activeChanged if it
    // changed.
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void activeChanged();
    void settingsChanged();
    // The reminder moved: schedule it for `next`, or cancel it when `next` is invalid.
    void rereadScheduleChanged(const QDateTime &next);

private:
    AppContext &m_ctx;
    QTimer m_tick;
    bool m_active = false;
    QDateTime m_nextReread;
};

} // namespace dit
