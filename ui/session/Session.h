#pragma once

#include "AutoLock.h"
#include "LockoutCountdown.h"
#include "crypto/SecretBytes.h"

#include <QObject>
#include <QQmlEngine>

#include <memory>

namespace dit {

class AppContext;
class Store;

// The lock: whether there is a profile, whether it is open, and the actions that change that.
// Passphrases arrive as QStrings from QML; each is moved into guarded memory at once and the
// QString wiped (the page clears its field too).
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int lockoutSeconds READ lockoutSeconds NOTIFY lockoutSecondsChanged)
    // The wait began because the record of wrong passphrases was removed, damaged or put back
    // from an earlier copy; it lasts
    // lockoutFullMinutes from then (docs/SECURITY.md).
    Q_PROPERTY(bool lockoutRecordLost READ lockoutRecordLost NOTIFY lockoutSecondsChanged)
    Q_PROPERTY(int lockoutFullMinutes READ lockoutFullMinutes CONSTANT)
    Q_PROPERTY(QString role READ role NOTIFY stateChanged)
    Q_PROPERTY(bool isDemo READ isDemo CONSTANT)
    Q_PROPERTY(QString profileFolder READ profileFolder NOTIFY stateChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY
                   autoLockMinutesChanged)
    Q_PROPERTY(bool quickUnlockAvailable READ quickUnlockAvailable CONSTANT)
    Q_PROPERTY(bool quickUnlockEnabled READ quickUnlockEnabled NOTIFY quickUnlockEnabledChanged)
    // The tablet was handed to a patient when it locked (HandToPatient): only the therapist's
    // passphrase opens it; no quick unlock, no other profile.
    Q_PROPERTY(bool handedOver READ handedOver NOTIFY stateChanged)
    // Empty unless the open store could only be opened for reading (a full disk, a read-only
    // file or folder): then why, in plain words from the core (docs/ARCHITECTURE.md).
    Q_PROPERTY(QString savingPausedReason READ savingPausedReason NOTIFY stateChanged)
    // True when saving is paused for lack of room (free some space); false when it is paused
    // because the store or its folder is read-only (make it writable), or not paused at all.
    Q_PROPERTY(bool savingPausedForRoom READ savingPausedForRoom NOTIFY stateChanged)

public:
    enum State { Welcome, Locked, Unlocked, Damaged };
    Q_ENUM(State)

    explicit Session(AppContext &context, QObject *parent = nullptr);
    ~Session() override;
    static Session *create(QQmlEngine *, QJSEngine *);

    State state() const { return m_state; }
    QString problem() const { return m_problem; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_error; }
    int lockoutSeconds() const { return m_lockout.seconds(); }
    bool lockoutRecordLost() const { return m_lockout.recordLost(); }
    int lockoutFullMinutes() const { return LockoutCountdown::fullWaitMinutes(); }
    QString role() const;
    bool isDemo() const;
    QString profileFolder() const;
    int minimumPassphraseLength() const;
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    bool quickUnlockAvailable() const;
    bool quickUnlockEnabled() const;
    bool handedOver() const;
    QString savingPausedReason() const;
    bool savingPausedForRoom() const;

    // Empty if acceptable; otherwise a sentence for the person.
    Q_INVOKABLE QString passphraseProblem(const QString &passphrase,
                                          const QString &confirmation) const;
    Q_INVOKABLE void createProfile(QString passphrase, QString confirmation, const QString &role);
    Q_INVOKABLE void unlock(QString passphrase);
    Q_INVOKABLE void unlockWithDevice();
    Q_INVOKABLE void lock();
    Q_INVOKABLE void changePassphrase(QString current, QString next, QString confirmation);
    Q_INVOKABLE void setQuickUnlockEnabled(bool enabled);
    // The window was minimised or hidden.
    Q_INVOKABLE void windowHidden();

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void errorMessageChanged();
    void lockoutSecondsChanged();
    void autoLockMinutesChanged();
    void quickUnlockEnabledChanged();
    void passphraseChangeFinished(bool ok, const QString &message);

private:
    void judgeUnlock(const std::shared_ptr<SecretBytes> &secret);
    void readAheadWhileTheKeyIsDerived();
    void refreshState();
    void setState(State s, const QString &problem = {});
    void setBusy(bool busy);
    void setError(const QString &message);
    void onStoreOpened();
    void watchBackgroundCheck();
    void storeFoundDamaged(const Store *store, const QString &problem);

    AppContext &m_ctx;
    AutoLock m_autoLock;
    State m_state = Welcome;
    QString m_problem;
    bool m_busy = false;
    QString m_error;
    LockoutCountdown m_lockout;
};

} // namespace dit
