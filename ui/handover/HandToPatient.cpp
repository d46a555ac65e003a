#include "HandToPatient.h"

#include "AppContext.h"
#include "Background.h"
#include "caseload/PatientOverview.h"
#include "caseload/PatientStore.h"
#include "measures/MeasuresConfig.h"
#include "storage/HandedOver.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHandToPatient, "dit.caseload.handover", QtInfoMsg)

namespace dit {

HandToPatient::HandToPatient(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context),
      m_lockout([this] { return m_active ? int(m_ctx.profile().secondsUntilNextAttempt()) : 0; },
                [this] { return m_ctx.profile().attemptRecordLost(); })
{
    connect(&m_lockout, &LockoutCountdown::secondsChanged, this,
            &HandToPatient::lockoutSecondsChanged);
    connect(&m_ctx, &AppContext::storeOpened, this, &HandToPatient::onStoreOpened);
    connect(&m_ctx, &AppContext::storeClosed, this, &HandToPatient::onStoreClosed);
    connect(&m_ctx, &AppContext::profileSwitched, this, &HandToPatient::onStoreClosed);
    if (m_ctx.store())
        onStoreOpened();
}

HandToPatient *HandToPatient::create(QQmlEngine *engine, QJSEngine *)
{
    auto *h = new HandToPatient(AppContext::of(engine));
    QJSEngine::setObjectOwnership(h, QJSEngine::CppOwnership);
    return h;
}

bool HandToPatient::passphraseNeeded() const
{
    return !m_ctx.options().demo;
}

void HandToPatient::setActive(bool active)
{
    if (m_active != active) {
        m_active = active;
        Q_EMIT activeChanged();
    }
}

void HandToPatient::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void HandToPatient::setError(const QString &message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorMessageChanged();
    }
}

bool HandToPatient::start(const QString &patientId)
{
    Store *store = m_ctx.store();
    if (m_active || m_busy || !store || store->role() != Role::Therapist)
        return false;
    const MeasuresConfig &config = m_ctx.measuresConfig();
    auto overview = caseload::overview(*store, config, patientId, m_ctx.clock().now());
    if (!overview) {
        setError(overview.error().message);
        return false;
    }
    if (!overview.value().canHandOver()) {
        setError(overview.value().patient.archived
                     ? tr("This patient is archived. Restore them first.")
                     : tr("There is no form open for this patient now. A form opens a few days "
                          "before each session and closes when the session ends."));
        return false;
    }
    // The marker first: if it cannot be written, the lock would not survive a restart.
    if (Status marked = handedover::begin(m_ctx.profile().directory(), patientId); !marked) {
        setError(tr("The tablet could not be locked to the form: %1").arg(marked.error().message));
        return false;
    }
    m_ctx.setSubject(patientId);
    m_ctx.holdSubject(true);
    m_patientId = patientId;
    setError({});
    setActive(true);
    m_lockout.update();
    qCInfo(lcHandToPatient) << "tablet handed to a patient";
    return true;
}

QString HandToPatient::patientLabel() const
{
    Store *store = m_ctx.store();
    if (!m_active || !store)
        return {};
    auto patient = PatientStore(store->records()).get(m_patientId);
    return patient ? patient.value().label : QString();
}

void HandToPatient::finish(QString passphrase)
{
    if (!m_active || m_busy) {
        wipeString(passphrase);
        return;
    }
    if (!passphraseNeeded()) {
        wipeString(passphrase);
        end();
        return;
    }
    if (passphrase.isEmpty())
        return;
    auto secret = std::make_shared<SecretBytes>(SecretBytes::fromPassphrase(passphrase));
    setBusy(true);
    setError({});
    Profile *profile = &m_ctx.profile();
    runInBackground<Status>(
        this, [profile, secret] { return profile->verifyPassphrase(*secret); },
        [this](Status &s) {
            setBusy(false);
            if (!m_active)
                return; // locked meanwhile: the lock screen has taken over
            if (s) {
                end();
                return;
            }
            setError(s.error().code == ErrorCode::WrongPassphrase
                         ? tr("That is not the passphrase. Please hand the tablet back to your "
                              "therapist.")
                         : s.error().message);
            m_lockout.update();
        });
}

void HandToPatient::end()
{
    if (Status s = handedover::end(m_ctx.profile().directory()); !s)
        qCWarning(lcHandToPatient) << "the hand-over marker could not be removed";
    const QString patient = m_patientId;
    m_ctx.holdSubject(false);
    m_patientId.clear();
    setError({});
    setActive(false);
    m_lockout.update();
    qCInfo(lcHandToPatient) << "tablet back with the therapist";
    Q_EMIT returned(patient);
}

void HandToPatient::onStoreOpened()
{
    // Opened while the marker is still there (the passphrase path removes it first): the
    // tablet is still the patient's.
    const QString id = handedover::patientId(m_ctx.profile().directory());
    if (id.isEmpty())
        return;
    Store *store = m_ctx.store();
    if (!store || store->role() != Role::Therapist)
        return;
    m_ctx.setSubject(id);
    m_ctx.holdSubject(true);
    m_patientId = id;
    setActive(true);
    m_lockout.update();
}

void HandToPatient::onStoreClosed()
{
    // Locked (idle, hidden) while handed over: the marker stays, so only the passphrase
    // opens the app again, and that ends the hand-over.
    m_patientId.clear();
    setError({});
    setActive(false);
    m_lockout.update();
}

} // namespace dit
