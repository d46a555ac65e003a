#pragma once

#include "handover/Handover.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <memory>

namespace dit {

class AppContext;

// Hand-over files (docs/THERAPIST.md), on both sides: the therapist makes one for a patient (the
// focus, shared letter versions, the sessions, the answers) and brings in one from them (their
// answers, their reply, and their notes on the letter if they chose); the patient does the
// reverse. Each file is sealed under a new one-time code, shown once here (`code`) and
// forgotten when the page closes or the app locks. Argon2id runs off the UI thread; the store
// is read and written on it.
class HandoverFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The one-time code of the file just made, in groups ("7KQ2-M9XD-4HTW"); empty otherwise.
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)
    // The code spelled out for reading aloud: "7, K, Q, 2 …".
    Q_PROPERTY(QString codeSpoken READ codeSpoken NOTIFY codeChanged)
    Q_PROPERTY(int codeLength READ codeLength CONSTANT)
    // A file opened and checked, waiting for the person to say whom it is for before anything
    // is saved (docs/CLINICAL_SAFETY.md H18): confirmImport() brings it in, declineImport()
    // forgets it. `pendingLabel`: the patient's label the file carries on a phone (empty for a
    // file from an earlier version), the label of the patient it goes to on a tablet.
    Q_PROPERTY(bool awaitingConfirmation READ awaitingConfirmation NOTIFY pendingChanged)
    Q_PROPERTY(QString pendingLabel READ pendingLabel NOTIFY pendingChanged)
    Q_PROPERTY(QString pendingContents READ pendingContents NOTIFY pendingChanged)

public:
    explicit HandoverFiles(AppContext &context, QObject *parent = nullptr);
    static HandoverFiles *create(QQmlEngine *, QJSEngine *);

    bool busy() const { return m_busy; }
    QString code() const { return m_code; }
    QString codeSpoken() const;
    int codeLength() const;
    bool awaitingConfirmation() const { return m_pending != nullptr; }
    QString pendingLabel() const { return m_pendingLabel; }
    QString pendingContents() const { return m_pendingContents; }

    // What a file would hold, as a sentence ("This file will hold: the focus (2 versions), …").
    Q_INVOKABLE QString previewForPatient(const QString &patientId, bool course, bool focus,
                                          bool letters, bool responses) const;
    Q_INVOKABLE QString previewForTherapist(bool responses, bool reply, bool notes) const;
    // Writes the file; exportFinished(ok, message) follows, and `code` is set on success.
    Q_INVOKABLE void exportForPatient(const QString &patientId, const QUrl &file, bool course,
                                      bool focus, bool letters, bool responses);
    Q_INVOKABLE void exportForTherapist(const QUrl &file, bool responses, bool reply, bool notes);
    // Opens a file (the code as typed) and checks it: refused, importFinished(false, message)
    // follows; accepted, it waits for confirmImport() or declineImport() (pendingChanged).
    // A therapist names the patient whose page it was opened from.
    Q_INVOKABLE void importFile(const QUrl &file, QString code, const QString &patientId);
    // Brings the waiting file in; importFinished(ok, message) follows.
    Q_INVOKABLE void confirmImport();
    // "That's not me": the waiting file is forgotten, nothing saved; importFinished(false, …).
    Q_INVOKABLE void declineImport();
    // Forgets a waiting file without a word (the page closing).
    Q_INVOKABLE void clearPending();
    Q_INVOKABLE void clearCode();
    Q_INVOKABLE QString suggestedFileName() const;

Q_SIGNALS:
    void busyChanged();
    void codeChanged();
    void exportFinished(bool ok, const QString &message);
    void importFinished(bool ok, const QString &message);
    void pendingChanged();

private:
    void startExport(const QString &patientId, const QUrl &file, const handover::Choice &choice);
    void setBusy(bool busy);

    AppContext &m_ctx;
    bool m_busy = false;
    QString m_code;
    // The opened payload waiting for confirmation (wiped when it goes), and for whom.
    std::shared_ptr<QByteArray> m_pending;
    QString m_pendingPatientId;
    QString m_pendingLabel;
    QString m_pendingContents;
};

} // namespace dit
