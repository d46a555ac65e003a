#include "Session.h"

#include "AppContext.h"
#include "Background.h"
#include "common/Logging.h"
#include "common/TestHooks.h"
#include "storage/BackgroundCheck.h"
#include "storage/HandedOver.h"
#include "storage/PassphrasePolicy.h"
#include "storage/ProfileFolders.h"

#include <QPointer>
#include <QTimer>

namespace dit {

namespace {
const QString kAutoLockKey = QStringLiteral("autolock_minutes");
constexpr int kDefaultAutoLockMinutes = 5;
// How long a try waits for the keystore's copy of the attempt count.
constexpr int kAttemptCopyWaitMs = 2000;
using StoreResult = Result<std::unique_ptr<Store>>;

QString keystoreName(const QString &profileId)
{
    return QStringLiteral("quick-unlock/") + profileId;
}
} // namespace

Session::Session(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context),
      m_lockout(
          [this] { return m_state == Locked ? int(m_ctx.profile().secondsUntilNextAttempt()) : 0; },
          [this] { return m_ctx.profile().attemptRecordLost(); })
{
    connect(&m_lockout, &LockoutCountdown::secondsChanged, this, &Session::lockoutSecondsChanged);
    connect(&m_autoLock, &AutoLock::lockRequested, this, &Session::lock);
    connect(&m_ctx, &AppContext::storeOpened, this, &Session::onStoreOpened);
    connect(&m_ctx, &AppContext::storeClosed, this, &Session::refreshState);
    connect(&m_ctx, &AppContext::profileSwitched, this, &Session::refreshState);
    if (m_ctx.store())
        onStoreOpened();
    else
        refreshState();
}

Session::~Session()
{
    // The check's thread must not call into a Session that is gone.
    if (Store *store = m_ctx.store(); store && store->backgroundCheck())
        store->backgroundCheck()->onFailure({});
}

Session *Session::create(QQmlEngine *engine, QJSEngine *)
{
    auto *s = new Session(AppContext::of(engine));
    QJSEngine::setObjectOwnership(s, QJSEngine::CppOwnership);
    return s;
}

void Session::refreshState()
{
    m_autoLock.setArmed(false);
    if (m_ctx.store()) {
        setState(Unlocked);
        return;
    }
    const Profile::Inspection found = m_ctx.profile().inspect();
    switch (found.state) {
    case Profile::State::Missing:
        setState(Welcome);
        break;
    case Profile::State::Ready:
        setState(Locked);
        // The keystore's copy of the count, against a file put back from earlier
        // (docs/SECURITY.md); its answer may change the wait shown.
        m_ctx.profile().loadAttemptCopy([guard = QPointer<Session>(this)] {
            if (guard)
                guard->m_lockout.update();
        });
        break;
    case Profile::State::Damaged:
        setState(Damaged, found.problem);
        break;
    }
    m_lockout.update();
    Q_EMIT quickUnlockEnabledChanged();
}

void Session::onStoreOpened()
{
    m_autoLock.setIdleMinutes(autoLockMinutes());
    m_autoLock.setArmed(!isDemo());
    setError({});
    setState(Unlocked);
    Q_EMIT autoLockMinutesChanged();
    Q_EMIT quickUnlockEnabledChanged();
    watchBackgroundCheck();
}

void Session::watchBackgroundCheck()
{
    Store *store = m_ctx.store();
    BackgroundCheck *check = store ? store->backgroundCheck() : nullptr;
    if (!check)
        return;
    // Damage the integrity check finds after the store opened closes it and shows the
    // damaged-store screen, as damage found before opening does; nothing was written meanwhile
    // (docs/ARCHITECTURE.md, "Opening a profile"). Called on the check's thread.
    check->onFailure([this, store](const Error &found) {
        QMetaObject::invokeMethod(
            this, [this, store, problem = found.message] { storeFoundDamaged(store, problem); },
            Qt::QueuedConnection);
    });
}

void Session::storeFoundDamaged(const Store *store, const QString &problem)
{
    if (m_ctx.store() != store)
        return; // closed meanwhile: the next unlock checks it again before opening
    qCWarning(lcProfile) << "the store failed its integrity check after unlocking; closed";
    m_ctx.closeStore();
    setState(Damaged, problem);
}

void Session::setState(State s, const QString &problem)
{
    if (m_state == s && m_problem == problem)
        return;
    m_state = s;
    m_problem = problem;
    Q_EMIT stateChanged();
}

void Session::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void Session::setError(const QString &message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorMessageChanged();
    }
}

QString Session::role() const
{
    auto *store = m_ctx.store();
    return store ? roleName(store->role()) : QString();
}

bool Session::isDemo() const
{
    return m_ctx.options().demo;
}

QString Session::profileFolder() const
{
    return m_ctx.profile().directory();
}

int Session::minimumPassphraseLength() const
{
    return passphrase::kMinLength;
}

int Session::autoLockMinutes() const
{
    auto *store = m_ctx.store();
    return store ? store->settings().intValue(kAutoLockKey, kDefaultAutoLockMinutes)
                 : kDefaultAutoLockMinutes;
}

void Session::setAutoLockMinutes(int minutes)
{
    auto *store = m_ctx.store();
    if (!store || minutes < 1 || minutes == autoLockMinutes())
        return;
    if (Status s = store->settings().setValue(kAutoLockKey, QString::number(minutes)); !s) {
        setError(s.error().message);
        return;
    }
    m_autoLock.setIdleMinutes(minutes);
    Q_EMIT autoLockMinutesChanged();
}

bool Session::quickUnlockAvailable() const
{
    return m_ctx.keystore().isAvailable();
}

bool Session::quickUnlockEnabled() const
{
    return m_state != Welcome && m_state != Damaged && !handedOver() &&
           m_ctx.profile().hasQuickUnlock();
}

bool Session::handedOver() const
{
    return handedover::active(m_ctx.profile().directory());
}

QString Session::savingPausedReason() const
{
    auto *store = m_ctx.store();
    return store && store->savingPaused() ? store->savingPausedReason() : QString();
}

bool Session::savingPausedForRoom() const
{
    auto *store = m_ctx.store();
    return store && store->savingPausedBy() == Store::Pause::NoRoom;
}

QString Session::passphraseProblem(const QString &passphrase, const QString &confirmation) const
{
    return passphrase::problemWith(passphrase, confirmation);
}

void Session::createProfile(QString passphrase, QString confirmation, const QString &roleText)
{
    const QString problem = passphrase::problemWith(passphrase, confirmation);
    // Both may share one buffer: convert, then wipe (SecretBytes.h).
    auto secret = std::make_shared<SecretBytes>(SecretBytes::fromText(passphrase));
    wipeString(passphrase);
    wipeString(confirmation);
    Role role = Role::Patient;
    if (!problem.isEmpty() || !roleFromName(roleText, &role) || m_busy) {
        setError(problem);
        return;
    }
    setBusy(true);
    setError({});
    Profile *profile = &m_ctx.profile();
    runInBackground<StoreResult>(
        this,
        [profile, secret, role] {
            return profile->create(*secret, role, kdfParamsForNewKeyFile());
        },
        [this](StoreResult &result) {
            setBusy(false);
            if (!result) {
                setError(result.error().message);
                refreshState();
                return;
            }
            ProfileFolders::of(m_ctx.profile().directory())
                .setLastUsed(m_ctx.profile().directory());
            m_ctx.openStore(std::move(result.value()));
        });
    readAheadWhileTheKeyIsDerived();
}

void Session::unlock(QString passphrase)
{
    if (m_busy || m_state != Locked) {
        wipeString(passphrase);
        return;
    }
    auto secret = std::make_shared<SecretBytes>(SecretBytes::fromPassphrase(passphrase));
    setBusy(true);
    setError({});
    // The try is judged with the keystore's copy of the count read again just before
    // (docs/SECURITY.md): another process may have counted since the page opened. A keyring
    // that does not answer in time (stuck, or waiting on its own prompt) does not hold the
    // person at the lock screen: the try is judged as without a keystore, never with the copy
    // lowered.
    auto judged = std::make_shared<bool>(false);
    auto judge = [guard = QPointer<Session>(this), secret, judged] {
        if (*judged || !guard)
            return;
        *judged = true;
        guard->judgeUnlock(secret);
    };
    m_ctx.profile().loadAttemptCopy(judge);
    if (!*judged)
        QTimer::singleShot(kAttemptCopyWaitMs, this, judge);
}

void Session::judgeUnlock(const std::shared_ptr<SecretBytes> &secret)
{
    if (m_state != Locked) { // the profile changed while the keystore answered
        setBusy(false);
        return;
    }
    Profile *profile = &m_ctx.profile();
    runInBackground<StoreResult>(
        this,
        [profile, secret] {
            return profile->unlock(*secret, Profile::IntegrityCheck::InBackground);
        },
        [this](StoreResult &result) {
            setBusy(false);
            if (result) {
                // The passphrase is what ends a hand-over to a patient (HandToPatient).
                if (Status s = handedover::end(m_ctx.profile().directory()); !s)
                    qCWarning(lcProfile) << "the hand-over marker could not be removed";
                ProfileFolders::of(m_ctx.profile().directory())
                    .setLastUsed(m_ctx.profile().directory());
                m_ctx.openStore(std::move(result.value()));
                return;
            }
            if (result.error().code == ErrorCode::Damaged) {
                setState(Damaged, result.error().message);
                return;
            }
            setError(result.error().message);
            m_lockout.update();
        });
    readAheadWhileTheKeyIsDerived();
}

void Session::readAheadWhileTheKeyIsDerived()
{
    // The main thread waits for the key derivation (about half a second) on its own thread:
    // what the first pages need whatever the store holds is read now, not after the store
    // opens (docs/PERFORMANCE.md, "Unlock").
    (void)m_ctx.measuresConfig();
}

void Session::unlockWithDevice()
{
    auto keyFile = KeyFile::read(m_ctx.profile().keyFilePath());
    if (!keyFile || m_busy)
        return;
    if (handedOver()) {
        setError(tr("This tablet was handed to a patient. Please use the passphrase."));
        return;
    }
    setBusy(true);
    m_ctx.keystore().load(keystoreName(keyFile.value().profileId()),
                          [this](Result<SecretBytes> key) {
                              setBusy(false);
                              if (!key) {
                                  setError(tr("This device could not unlock the app. Please use "
                                              "your passphrase."));
                                  return;
                              }
                              auto store = m_ctx.profile().unlockWithKeystoreKey(
                                  key.value(), Profile::IntegrityCheck::InBackground);
                              if (!store) {
                                  setError(store.error().message);
                                  return;
                              }
                              m_ctx.openStore(std::move(store.value()));
                          });
}

void Session::lock()
{
    if (isDemo())
        return; // the demo profile has no passphrase to come back with
    m_ctx.closeStore();
}

void Session::windowHidden()
{
    if (m_state == Unlocked)
        lock();
}

void Session::changePassphrase(QString current, QString next, QString confirmation)
{
    const QString problem = passphrase::problemWith(next, confirmation);
    // Any of the three may share one buffer: convert, then wipe (SecretBytes.h).
    auto oldSecret = std::make_shared<SecretBytes>(SecretBytes::fromText(current));
    auto newSecret = std::make_shared<SecretBytes>(SecretBytes::fromText(next));
    wipeString(current);
    wipeString(next);
    wipeString(confirmation);
    if (!problem.isEmpty() || m_busy || m_state != Unlocked) {
        Q_EMIT passphraseChangeFinished(false, problem);
        return;
    }
    setBusy(true);
    Profile *profile = &m_ctx.profile();
    runInBackground<Status>(
        this,
        [profile, oldSecret, newSecret] {
            return profile->changePassphrase(*oldSecret, *newSecret, kdfParamsForNewKeyFile());
        },
        [this](Status &s) {
            setBusy(false);
            Q_EMIT passphraseChangeFinished(s.ok(), s.ok() ? tr("Your passphrase has been changed.")
                                                           : s.error().message);
        });
}

void Session::setQuickUnlockEnabled(bool enabled)
{
    Store *store = m_ctx.store();
    if (!store || enabled == quickUnlockEnabled())
        return;
    const QString name = keystoreName(store->profileId());
    if (!enabled) {
        if (Status s = m_ctx.profile().disableQuickUnlock(); !s)
            setError(s.error().message);
        m_ctx.keystore().remove(name, [](const Status &) {});
        Q_EMIT quickUnlockEnabledChanged();
        return;
    }
    auto deviceKey = std::make_shared<SecretBytes>(SecretBytes::random(32));
    m_ctx.keystore().store(name, *deviceKey, [this, deviceKey](Status s) {
        Store *open = m_ctx.store();
        if (s && open)
            s = m_ctx.profile().enableQuickUnlock(*open, *deviceKey);
        if (!s)
            setError(tr("Quick unlock could not be turned on: %1").arg(s.error().message));
        Q_EMIT quickUnlockEnabledChanged();
    });
}

} // namespace dit
