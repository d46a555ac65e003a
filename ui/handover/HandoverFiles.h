#pragma once

#include "handover/Handover.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace dit {

class AppContext;

// Hand-over files (issue 6), on both sides: the therapist makes one for a patient (the
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

public:
    explicit HandoverFiles(AppContext &context, QObject *parent = nullptr);
    static HandoverFiles *create(QQmlEngine *, QJSEngine *);

    bool busy() const { return m_busy; }
    QString code() const { return m_code; }
    QString codeSpoken() const;
    int codeLength() const;

    // What a file would hold, as a sentence ("This file will hold: the focus (2 versions), …").
    Q_INVOKABLE QString previewForPatient(const QString &patientId, bool course, bool focus,
                                          bool letters, bool responses) const;
    Q_INVOKABLE QString previewForTherapist(bool responses, bool reply, bool notes) const;
    // Writes the file; exportFinished(ok, message) follows, and `code` is set on success.
    Q_INVOKABLE void exportForPatient(const QString &patientId, const QUrl &file, bool course,
                                      bool focus, bool letters, bool responses);
    Q_INVOKABLE void exportForTherapist(const QUrl &file, bool responses, bool reply, bool notes);
    // Brings a file in (the code as typed); importFinished(ok, message) follows. A therapist
    // names the patient whose page it was opened from.
    Q_INVOKABLE void importFile(const QUrl &file, QString code, const QString &patientId);
    Q_INVOKABLE void clearCode();
    Q_INVOKABLE QString suggestedFileName() const;

Q_SIGNALS:
    void busyChanged();
    void codeChanged();
    void exportFinished(bool ok, const QString &message);
    void importFinished(bool ok, const QString &message);

private:
    void startExport(const QString &patientId, const QUrl &file, const handover::Choice &choice);
    void setBusy(bool busy);

    AppContext &m_ctx;
    bool m_busy = false;
    QString m_code;
};

} // namespace dit
