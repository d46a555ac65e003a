#pragma once

#include "ReminderScheduling.h"
#include "common/Clock.h"
#include "measures/MeasuresConfig.h"
#include "platform/Keystore.h"
#include "platform/Notifier.h"
#include "service/ServiceConfig.h"
#include "storage/Profile.h"

#include <QObject>

class QJSEngine;

#include <memory>
#include <optional>

namespace dit {

class SyncRunner;
namespace qrscan {
class CodeScanner;
}

// What the app owns and the view models share: the profile folder, the unlocked store
// (null while locked), the keystore, the clock and the service configuration. main() and the
// QML test harness each make one and install it before QML is loaded; view-model singletons
// take it in their create() (docs/DEVELOPING.md: no context properties).
class AppContext : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString profileDir;
        QString serviceDir; // a service's configuration folder; empty for the built-in one
        bool demo = false;
    };

    AppContext(Options options, std::unique_ptr<Keystore> keystore, std::unique_ptr<Clock> clock,
               QObject *parent = nullptr);
    ~AppContext() override;

    // The context a QML engine's view models use: main() and the QML test harness attach it
    // to the engine before any QML loads, and each singleton's create() takes it from there
    // (docs/ARCHITECTURE.md, "Data flow"). of() stops the program if none was attached.
    // Defined with the front end (ui/shared/AppContextEngine.cpp): this library needs no Qml.
    static void attach(QJSEngine &engine, AppContext &context);
    static AppContext &of(QJSEngine *engine);
    // The same for a view model QML makes without arguments, from its classBegin().
    static AppContext &ofQmlObject(QObject *object);

    const Options &options() const { return m_options; }
    Profile &profile() { return *m_profile; }
    Keystore &keystore() { return *m_keystore; }
    const Clock &clock() const { return *m_clock; }
    const ServiceConfig &service() const { return m_service; }
    QString serviceProblem() const { return m_serviceProblem; }
    // The questionnaires and the measures rules (the service's, else the built-in ones), read
    // on first use and then kept: each reading parses every questionnaire's definition.
    const MeasuresConfig &measuresConfig() const;

    Store *store() { return m_store.get(); }
    void openStore(std::unique_ptr<Store> store);
    void closeStore(); // locks: closes the database, wipes the key

    // Points the app at another profile folder (a new profile, or a test's fresh folder).
    void switchProfile(const QString &dir);

    // The platform's notifications for reminders; null means reminders are unavailable.
    // Setting one also starts keeping reminders scheduled (reminderScheduling()).
    Notifier *notifier() { return m_notifier.get(); }
    void setNotifier(std::unique_ptr<Notifier> notifier);
    ReminderScheduling *reminderScheduling() { return m_reminderScheduling.get(); }
    // The camera that reads the therapist's pairing QR code (qrscan::CameraScanner, or a
    // test's fake); null means this device cannot scan. Set before QML is loaded.
    qrscan::CodeScanner *codeScanner() { return m_codeScanner.get(); }
    void setCodeScanner(std::unique_ptr<qrscan::CodeScanner> scanner);
    // Background sync (docs/SYNC.md): idle unless this profile is paired.
    SyncRunner &syncRunner() { return *m_syncRunner; }
    // Records of `kind` were added or replaced from outside the view model that owns them
    // (an import, sync, a test): view models showing that kind reload.
    void notifyRecordsChanged(const QString &kind);

    // Whose records the view models show and write (Record::subject): empty for the
    // profile's owner, a patient's id while a therapist has that patient open (docs/THERAPIST.md).
    // Cleared when the store closes or the profile changes.
    QString subject() const { return m_subject; }
    // False (nothing changes) while the subject is held: the tablet is handed to a patient.
    bool setSubject(const QString &subject);
    bool subjectHeld() const { return m_subjectHeld; }
    void holdSubject(bool held) { m_subjectHeld = held; }

Q_SIGNALS:
    void storeClosing(); // about to lock: last chance to save work in progress
    void storeOpened();
    void storeClosed();
    void profileSwitched();
    void recordsChanged(const QString &kind);
    void subjectChanged();

private:
    Options m_options;
    std::unique_ptr<Keystore> m_keystore;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<ReminderScheduling> m_reminderScheduling;
    std::unique_ptr<SyncRunner> m_syncRunner;
    std::unique_ptr<qrscan::CodeScanner> m_codeScanner;
    ServiceConfig m_service;
    QString m_serviceProblem;
    mutable std::optional<MeasuresConfig> m_measuresConfig;
    QString m_subject;
    bool m_subjectHeld = false;
};

} // namespace dit
