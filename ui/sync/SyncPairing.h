#pragma once

#include "sync/Pairing.h"
#include "sync/ShortCode.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <memory>
#include <optional>

namespace dit {

class AppContext;

// The pairing pages' view model (docs/SYNC.md, "In the app"). On the therapist's tablet:
// pair the open patient with one pair slot from the service's IT (the tablet never holds the
// server's admin account) and show the code as a QR code, as typed groups and the four check words,
// and a short code when the service has a rendezvous on that server. On the patient's phone: read
// a typed or pasted code (a short one is looked up on the service's server), show its four
// words, pair on confirmation. Unpairing on either side. Network work runs off the UI thread.
class SyncPairing : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString serverAddress READ serverAddress WRITE setServerAddress NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(bool hasCode READ hasCode NOTIFY changed)
    Q_PROPERTY(QStringList codeGroups READ codeGroups NOTIFY changed)
    Q_PROPERTY(QString spokenCode READ spokenCode NOTIFY changed)
    Q_PROPERTY(QString phrase READ phrase NOTIFY changed)
    Q_PROPERTY(int qrWidth READ qrWidth NOTIFY changed)
    Q_PROPERTY(QVariantList qrModules READ qrModules NOTIFY changed)
    // The short code (docs/SYNC.md, "Short code"): on the tablet, the code shown beside the QR
    // code while it is being made and once made, or why there is none; on the phone, whether
    // the service's configuration lets a short code be looked up at all.
    Q_PROPERTY(QString shortCode READ shortCode NOTIFY changed)
    Q_PROPERTY(QStringList shortCodeGroups READ shortCodeGroups NOTIFY changed)
    Q_PROPERTY(QString spokenShortCode READ spokenShortCode NOTIFY changed)
    Q_PROPERTY(bool makingShortCode READ makingShortCode NOTIFY changed)
    Q_PROPERTY(QString shortCodeProblem READ shortCodeProblem NOTIFY changed)
    Q_PROPERTY(int shortCodeMinutes READ shortCodeMinutes CONSTANT)
    Q_PROPERTY(bool shortCodesAccepted READ shortCodesAccepted CONSTANT)
    // Therapist: the slot file the pair was made from, while it still exists (empty
    // otherwise): the page offers to delete it (docs/SYNC.md, "Setting up the server").
    Q_PROPERTY(QString usedSlotFile READ usedSlotFile NOTIFY changed)

public:
    explicit SyncPairing(AppContext &context, QObject *parent = nullptr);
    ~SyncPairing() override;
    static SyncPairing *create(QQmlEngine *, QJSEngine *);

    QString serverAddress() const;
    void setServerAddress(const QString &address);
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_error; }
    bool hasCode() const { return m_shown.has_value(); }
    QStringList codeGroups() const;
    // The groups with spaces between, for a screen reader.
    QString spokenCode() const { return codeGroups().join(QLatin1Char(' ')); }
    QString phrase() const { return m_phrase; }
    int qrWidth() const { return m_qrWidth; }
    QVariantList qrModules() const { return m_qrModules; }
    QString shortCode() const { return m_shortCode ? m_shortCode->typed() : QString(); }
    // The groups, each but the last with its dash, so a narrow screen breaks between groups.
    QStringList shortCodeGroups() const;
    QString spokenShortCode() const;
    bool makingShortCode() const { return m_makingShortCode; }
    QString shortCodeProblem() const { return m_shortCodeProblem; }
    static int shortCodeMinutes();
    bool shortCodesAccepted() const;
    QString usedSlotFile() const { return m_usedSlotFile; }

    // Therapist: keeps the pair that one pair slot from the service's IT names (docs/SYNC.md,
    // "Setting up the server") for this patient, and shows its code; the short code follows
    // off the UI thread when the service has one. Ends with `provisioned` or an errorMessage.
    Q_INVOKABLE void provision(const QString &patientId, const QString &label, QString slot);
    // Therapist: the same with a slot file from the service's IT (a regular file holding one
    // slot); on success `usedSlotFile` names it, for deleteSlotFile.
    Q_INVOKABLE void provisionFromFile(const QString &patientId, const QString &label,
                                       const QString &path);
    // Therapist: deletes the slot file the pair was made from; false (errorMessage) if it
    // could not be deleted.
    Q_INVOKABLE bool deleteSlotFile();
    // Therapist: shows the code of this patient's active pair again; false if there is none.
    Q_INVOKABLE bool showExisting(const QString &patientId);
    // Patient: reads a typed or pasted code, long or short. A whole long code: true and
    // `phrase` set at once. A short code is looked up on the service's server off the UI
    // thread: false now, then `codeAccepted` (phrase set) or an errorMessage. Either way a
    // code that is accepted is followed by `codeAccepted`.
    Q_INVOKABLE bool checkCode(QString code);
    // Patient: pairs this profile with the code checkCode accepted.
    Q_INVOKABLE bool confirmPairing();
    // Either side: ends the active pair for `subject` (empty on the patient's phone). The
    // other device hears of it on its next sync; here the key is gone at once.
    Q_INVOKABLE void unpair(const QString &subject);
    // Either side, once the other device has joined (docs/SYNC.md, "Confirming the pair"):
    // this device's person says both screens show the same four check words; the other
    // device's records are accepted from the pass that follows at once.
    Q_INVOKABLE bool confirmWords(const QString &subject);
    // Forgets the code on screen (leaving the page).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    void provisioned();
    void paired();
    void codeAccepted();
    void unpaired();

private:
    void show(const sync::PairingPayload &payload);
    void fail(const QString &message);
    std::optional<QString> activePairFor(const QString &subject);
    void publishShortCode(const sync::PairingPayload &payload);
    void withdrawShortCode();
    void accept(sync::PairingPayload payload);
    // Keeps the pair a slot names for this patient and shows its code; false if it failed
    // (errorMessage says why).
    bool keepSlot(const QString &patientId, const QString &label,
                  Result<sync::PairingPayload> payload);

    AppContext &m_ctx;
    std::optional<sync::PairingPayload> m_shown;   // therapist: the code on screen
    std::optional<sync::PairingPayload> m_pending; // patient: the code awaiting confirmation
    QString m_phrase;
    QString m_error;
    int m_qrWidth = 0;
    QVariantList m_qrModules;
    bool m_busy = false;
    std::shared_ptr<sync::ShortCode> m_shortCode; // therapist: the short code on screen
    QUrl m_shortCodeServer;
    bool m_makingShortCode = false;
    QString m_shortCodeProblem;
    int m_generation = 0; // a short code made for a page already closed is withdrawn at once
    QString m_usedSlotFile;
};

} // namespace dit
