#include "AppContext.h"

#include "Background.h"
#include "SyncRunner.h"
#include "common/Logging.h"
#include "qrscan/CodeScanner.h"

namespace dit {

AppContext::AppContext(Options options, std::unique_ptr<Keystore> keystore,
                       std::unique_ptr<Clock> clock, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_keystore(std::move(keystore)),
      m_clock(std::move(clock)),
      m_profile(std::make_unique<Profile>(m_options.profileDir, *m_clock)),
      m_service(ServiceConfig::builtIn())
{
    m_profile->useKeystore(m_keystore.get(), this);
    m_syncRunner = std::make_unique<SyncRunner>(*this);
    if (!m_options.serviceDir.isEmpty()) {
        auto loaded = ServiceConfig::loadFromFolder(m_options.serviceDir);
        if (loaded) {
            m_service = loaded.value();
        } else {
            // Keep the built-in crisis contacts rather than none; say why in Settings.
            m_serviceProblem = loaded.error().message;
            qCWarning(lcService) << "service configuration rejected; using built-in defaults";
        }
    }
}

const MeasuresConfig &AppContext::measuresConfig() const
{
    if (!m_measuresConfig)
        m_measuresConfig = MeasuresConfig::load(m_options.serviceDir);
    return *m_measuresConfig;
}

AppContext::~AppContext()
{
    waitForBackgroundWork(); // their work may refer to the profile or the clock
    closeStore();
    m_syncRunner.reset();
}

void AppContext::openStore(std::unique_ptr<Store> store)
{
    m_store = std::move(store);
    Q_EMIT storeOpened();
}

void AppContext::closeStore()
{
    if (!m_store)
        return;
    Q_EMIT storeClosing();
    m_store.reset();
    m_subjectHeld = false;
    setSubject({});
    Q_EMIT storeClosed();
}

void AppContext::switchProfile(const QString &dir)
{
    closeStore();
    m_options.profileDir = dir;
    m_profile = std::make_unique<Profile>(dir, *m_clock);
    m_profile->useKeystore(m_keystore.get(), this);
    Q_EMIT profileSwitched();
}

void AppContext::setCodeScanner(std::unique_ptr<qrscan::CodeScanner> scanner)
{
    m_codeScanner = std::move(scanner);
}

void AppContext::setNotifier(std::unique_ptr<Notifier> notifier)
{
    m_reminderScheduling.reset();
    m_notifier = std::move(notifier);
    if (m_notifier)
        m_reminderScheduling = std::make_unique<ReminderScheduling>(*this);
}

void AppContext::notifyRecordsChanged(const QString &kind)
{
    Q_EMIT recordsChanged(kind);
}

bool AppContext::setSubject(const QString &subject)
{
    if (subject == m_subject)
        return true;
    if (m_subjectHeld)
        return false;
    m_subject = subject;
    Q_EMIT subjectChanged();
    return true;
}

} // namespace dit
