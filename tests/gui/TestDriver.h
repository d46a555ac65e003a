#pragma once

#include "AppContext.h"
#include "testing/MemoryKeystore.h"

#include <QObject>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QVariantMap>

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
    // Unlocks the current profile as the core does when its store cannot be written (saving
    // paused, with this reason: for lack of room, or read-only): a test runs as root in CI, where
    // no file is read-only, so the core's own path is tested in tst_profile and this one stands in
    // for it here.
    Q_INVOKABLE bool unlockWithSavingPaused(const QString &passphrase, const QString &reason,
                                            bool noRoom = false);
    Q_INVOKABLE void advanceClock(int seconds);
    // As after the app is closed and started again: the store closes, the profile folder is
    // looked at afresh (docs/THERAPIST.md: a hand-over must survive this).
    Q_INVOKABLE void reopenProfile();
    Q_INVOKABLE void damageKeyFile();
    // Deletes the profile's count of wrong passphrases, then looks again as after a restart.
    Q_INVOKABLE bool removeAttemptRecord();
    // Keeps a copy of the count as it is now; putting it back later, then looking again as
    // after a restart, is the rollback the keystore's copy of the count is for.
    Q_INVOKABLE bool copyAttemptRecord();
    Q_INVOKABLE bool putBackAttemptRecord();
    Q_INVOKABLE void setKeystoreAvailable(bool available);
    Q_INVOKABLE bool keystoreHasAttemptCopy() const;
    Q_INVOKABLE QString profileDir() const { return m_ctx.profile().directory(); }
    Q_INVOKABLE bool keystoreHasEntries() const;
    Q_INVOKABLE QString setting(const QString &key) const;

    // Your data (docs/SECURITY.md): files outside the profile, content, and what is on disk.
    Q_INVOKABLE QString outsidePath(const QString &name) const; // a file beside the profiles
    Q_INVOKABLE bool fileExists(const QString &path) const;
    Q_INVOKABLE bool profileFolderExists() const;
    Q_INVOKABLE int addSampleContent(const QString &marker = QStringLiteral("sample"));
    Q_INVOKABLE int recordCount() const;
    // The keystore stops answering loads, as a stuck keyring does.
    Q_INVOKABLE void setKeystoreSilent(bool silent) { m_keystore.silent = silent; }
    // Quick-unlock keys in the keystore (it also holds each profile's copy of its attempt count).
    Q_INVOKABLE int quickUnlockKeyCount() const
    {
        return m_keystore.countStartingWith(QStringLiteral("quick-unlock/"));
    }
    Q_INVOKABLE void damageStore();
    // Saves a picture of `item` to DIT_QML_SCREENSHOTS/<name>.png when that is set.
    Q_INVOKABLE void screenshot(QObject *item, const QString &name);
    // Letters (docs/LETTERS.md): fill the open profile with the demo at a stage ("ending",
    // "after"), read what the store holds directly, bypassing the view models.
    Q_INVOKABLE bool fillDemo(const QString &stage);
    Q_INVOKABLE QString draftText(const QString &key) const;
    Q_INVOKABLE QString recordBody(const QString &id) const;
    Q_INVOKABLE int recordCount(const QString &kind) const;
    Q_INVOKABLE QString letterVersionId(const QString &letterId) const;
    // The course and its phases (docs/COURSE.md).
    // Saves a course in the open store ("2026-03-02", "10:00") and tells the view models.
    Q_INVOKABLE bool saveCourse(int totalSessions, const QString &firstDate, const QString &time);
    Q_INVOKABLE int courseVersions() const;
    // Sets the manual clock to a local date and time ("2026-04-11T12:00"), as a person setting
    // the phone's clock would (the boot clock stays: ClockWatch may notice). advanceClock()
    // is time passing.
    Q_INVOKABLE void setLocalNow(const QString &localDateTime);
    // Keeps a sync server's time ("2026-03-02T12:00:00Z") as a sync pass does when its
    // responses carry it (ClockWatch::rememberServerTime, with the boot clock now).
    Q_INVOKABLE bool keepServerTime(const QString &utcDateTime);
    Q_INVOKABLE int pendingReminders() const;
    Q_INVOKABLE QString firstReminderText() const;
    Q_INVOKABLE int shownReminders() const;
    Q_INVOKABLE void setRemindersAvailable(bool available);

    // Accessibility and languages (docs/DEVELOPING.md, A11yProbe.h).
    Q_INVOKABLE void setAccessibilityActive(bool active);
    Q_INVOKABLE QStringList accessibilityProblems(QQuickItem *root) const;
    // What a screen reader is told about one item: its name and whether it hides what is typed.
    Q_INVOKABLE QString accessibleName(QQuickItem *item) const;
    Q_INVOKABLE bool accessiblePasswordEdit(QQuickItem *item) const;
    Q_INVOKABLE QStringList untranslatedTexts(QQuickItem *root) const;
    Q_INVOKABLE QStringList pageKeys(const QString &articleId) const;

    // Hand-over files (H18): a therapist's tablet of its own (the demo caseload) makes a file
    // for its patient `label`, beside the profiles; returns {path, code}.
    Q_INVOKABLE QVariantMap makeHandoverFileFor(const QString &label);
    // A phone of its own that has never had a file from its therapist makes one for them.
    Q_INVOKABLE QVariantMap makeHandoverFileFromAPhone();

Q_SIGNALS:
    void storeOpenChanged();

private:
    AppContext &m_ctx;
    ManualClock &m_clock;
    MemoryKeystore &m_keystore;
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_outside; // outlives fresh profiles: backups live here
    int m_counter = 0;
    QByteArray m_attemptRecordCopy; // copyAttemptRecord
};

} // namespace dit
