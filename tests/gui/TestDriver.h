#pragma once

#include "AppContext.h"
#include "testing/MemoryKeystore.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace dit {

// What QML tests may do that a person cannot: start from a fresh profile, move the clock,
// damage files. Lives only in the QML test executable.
class TestDriver : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool storeOpen READ storeOpen NOTIFY storeOpenChanged)

public:
    TestDriver(AppContext &context, ManualClock &clock, MemoryKeystore &keystore);

    bool storeOpen() const { return m_ctx.store() != nullptr; }

    // A new empty profile folder; the app shows the welcome page.
    Q_INVOKABLE void freshProfile();
    // A new profile with this passphrase, created directly and left locked.
    Q_INVOKABLE bool lockedProfile(const QString &passphrase,
                                   const QString &role = QStringLiteral("patient"));
    Q_INVOKABLE void advanceClock(int seconds);
    Q_INVOKABLE void damageKeyFile();
    Q_INVOKABLE void setKeystoreAvailable(bool available);
    Q_INVOKABLE QString profileDir() const { return m_ctx.profile().directory(); }
    Q_INVOKABLE bool keystoreHasEntries() const;
    Q_INVOKABLE QString setting(const QString &key) const;

    // The course and its phases (issue 4).
    // Saves a course in the open store ("2026-03-02", "10:00") and tells the view models.
    Q_INVOKABLE bool saveCourse(int totalSessions, const QString &firstDate, const QString &time);
    Q_INVOKABLE int courseVersions() const;
    // Sets the manual clock to a local date and time ("2026-04-11T12:00").
    Q_INVOKABLE void setLocalNow(const QString &localDateTime);
    Q_INVOKABLE int recordCount(const QString &kind) const;
    Q_INVOKABLE int pendingReminders() const;
    Q_INVOKABLE QString firstReminderText() const;
    Q_INVOKABLE int shownReminders() const;
    Q_INVOKABLE void setRemindersAvailable(bool available);

Q_SIGNALS:
    void storeOpenChanged();

private:
    AppContext &m_ctx;
    ManualClock &m_clock;
    MemoryKeystore &m_keystore;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};

} // namespace dit
