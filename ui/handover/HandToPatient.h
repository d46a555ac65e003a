#pragma once

#include "LockoutCountdown.h"

#include <QObject>
#include <QQmlEngine>

namespace dit {

class AppContext;

// In-room hand-over (docs/THERAPIST.md): the therapist hands the tablet to a patient to fill in
// their form. While active the window shows only that patient's due form (HandOverPage): the
// caseload shell is destroyed, so nothing of it can be reached, and whose records are shown
// is held on that patient (AppContext::holdSubject). Crisis support works as for a patient.
// Only the therapist's passphrase ends it, checked without closing the store, with the same
// throttle as the lock screen. A marker file in the profile folder (storage/HandedOver.h)
// keeps it across locking, a crash or a restart: the lock screen then offers only the
// passphrase, and if the store is opened any other way the form comes back.
class HandToPatient : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(int lockoutSeconds READ lockoutSeconds NOTIFY lockoutSecondsChanged)
    // As Session's: the wait began because the record of wrong passphrases was lost.
    Q_PROPERTY(bool lockoutRecordLost READ lockoutRecordLost NOTIFY lockoutSecondsChanged)
    Q_PROPERTY(int lockoutFullMinutes READ lockoutFullMinutes CONSTANT)
    // The demo has no passphrase anyone knows: there, returning needs none (and says so).
    Q_PROPERTY(bool passphraseNeeded READ passphraseNeeded CONSTANT)
    // The label of the patient the tablet is handed to, for "This form is for: …".
    Q_PROPERTY(QString patientLabel READ patientLabel NOTIFY activeChanged)

public:
    explicit HandToPatient(AppContext &context, QObject *parent = nullptr);
    static HandToPatient *create(QQmlEngine *, QJSEngine *);

    bool active() const { return m_active; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_error; }
    int lockoutSeconds() const { return m_lockout.seconds(); }
    bool lockoutRecordLost() const { return m_lockout.recordLost(); }
    int lockoutFullMinutes() const { return LockoutCountdown::fullWaitMinutes(); }
    bool passphraseNeeded() const;
    QString patientId() const { return m_patientId; }
    QString patientLabel() const;

    // Hands the tablet to this patient for their due form. False (errorMessage says why)
    // unless this is a therapist's profile, the patient is in the caseload and not archived,
    // and their form is open (ready or part done).
    Q_INVOKABLE bool start(const QString &patientId);
    // The therapist's passphrase: when right, the tablet comes back (returned()).
    Q_INVOKABLE void finish(QString passphrase);

Q_SIGNALS:
    void activeChanged();
    void busyChanged();
    void errorMessageChanged();
    void lockoutSecondsChanged();
    // Back with the therapist, on this patient's page.
    void returned(const QString &patientId);

private:
    void setActive(bool active);
    void setBusy(bool busy);
    void setError(const QString &message);
    void onStoreOpened();
    void onStoreClosed();
    void end();

    AppContext &m_ctx;
    bool m_active = false;
    bool m_busy = false;
    QString m_patientId;
    QString m_error;
    LockoutCountdown m_lockout;
};

} // namespace dit
