#pragma once

#include <QObject>
#include <QQmlEngine>

namespace dit {

class AppContext;

// The sync status line for QML (docs/SYNC.md): whether this profile (or, on a therapist's
// device, the patient named by `subject`) is paired, when it last synced and why it could
// not, in plain words. Read-only: pairing itself comes with the pairing pages.
class SyncStatusView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString subject READ subject WRITE setSubject NOTIFY changed)
    Q_PROPERTY(bool paired READ paired NOTIFY changed)
    Q_PROPERTY(bool hasProblem READ hasProblem NOTIFY changed)
    Q_PROPERTY(QString line READ line NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    // Confirming the pair (docs/SYNC.md, "Confirming the pair"): the four check words once the
    // other device has joined (empty before), and when this device's person confirmed them
    // (empty until then: its records are kept back).
    Q_PROPERTY(QString checkWords READ checkWords NOTIFY changed)
    Q_PROPERTY(bool confirmed READ confirmed NOTIFY changed)
    Q_PROPERTY(QString confirmedAt READ confirmedAt NOTIFY changed)
    // When the other device's person confirmed them there, from that device's signed
    // confirmation (empty until it has arrived: the other device has not confirmed, or has
    // not synced since). The same on the tablet and on the phone.
    Q_PROPERTY(bool otherConfirmed READ otherConfirmed NOTIFY changed)
    Q_PROPERTY(QString otherConfirmedAt READ otherConfirmedAt NOTIFY changed)

public:
    explicit SyncStatusView(AppContext &context, QObject *parent = nullptr);
    static SyncStatusView *create(QQmlEngine *, QJSEngine *);

    QString subject() const { return m_subject; }
    void setSubject(const QString &subject);
    bool paired() const { return m_paired; }
    bool hasProblem() const { return m_problem; }
    QString line() const { return m_line; }
    // What is sent is not watched between sessions (CLINICAL_SAFETY.md H7); empty if unpaired.
    QString note() const { return m_paired ? m_note : QString(); }

    QString checkWords() const { return m_checkWords; }
    bool confirmed() const { return !m_confirmedAt.isEmpty(); }
    QString confirmedAt() const { return m_confirmedAt; }
    bool otherConfirmed() const { return !m_otherConfirmedAt.isEmpty(); }
    QString otherConfirmedAt() const { return m_otherConfirmedAt; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();

private:
    AppContext &m_ctx;
    QString m_subject;
    bool m_paired = false;
    bool m_problem = false;
    QString m_line;
    QString m_note;
    QString m_checkWords;
    QString m_confirmedAt;
    QString m_otherConfirmedAt;
};

} // namespace dit
