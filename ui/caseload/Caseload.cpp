#include "Caseload.h"

#include "AppContext.h"
#include "Background.h"
#include "FileUrls.h"
#include "caseload/CaseloadExport.h"
#include "caseload/PatientOverview.h"
#include "caseload/PatientStore.h"
#include "measures/MeasuresConfig.h"
#include "storage/AtomicFile.h"

namespace dit {

namespace {

QString riskText(int count)
{
    if (count == 0)
        return {};
    return count == 1 ? Caseload::tr("1 risk answer to review")
                      : Caseload::tr("%1 risk answers to review").arg(count);
}

} // namespace

Caseload::Caseload(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_patients(this)
{
    // "Today 14:00" must stay true: look again every minute while open.
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &Caseload::refresh);
    connect(&m_ctx, &AppContext::storeOpened, this, &Caseload::refresh);
    connect(&m_ctx, &AppContext::storeOpened, &m_tick, qOverload<>(&QTimer::start));
    connect(&m_ctx, &AppContext::storeClosed, &m_tick, &QTimer::stop);
    connect(&m_ctx, &AppContext::storeClosed, this, [this] {
        m_search.clear();
        m_showArchived = false;
        refresh();
    });
    connect(&m_ctx, &AppContext::recordsChanged, this, &Caseload::refresh);
    if (m_ctx.store())
        m_tick.start();
    refresh();
}

Caseload *Caseload::create(QQmlEngine *engine, QJSEngine *)
{
    auto *c = new Caseload(AppContext::of(engine));
    QJSEngine::setObjectOwnership(c, QJSEngine::CppOwnership);
    return c;
}

void Caseload::setError(const QString &message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT changed();
    }
}

void Caseload::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    Q_EMIT searchChanged();
    refresh();
}

void Caseload::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    Q_EMIT showArchivedChanged();
    refresh();
}

int Caseload::maxLabelLength() const
{
    return Patient::kMaxLabel;
}

QString Caseload::summary() const
{
    QString text = m_activeCount == 1 ? tr("1 patient") : tr("%1 patients").arg(m_activeCount);
    if (m_needingReview == 1)
        text += tr(" · 1 with a risk answer to review");
    else if (m_needingReview > 1)
        text += tr(" · %1 with a risk answer to review").arg(m_needingReview);
    return text;
}

QString Caseload::emptyTitle() const
{
    if (m_patients.count() > 0)
        return {};
    if (!m_search.trimmed().isEmpty())
        return tr("No patient matches “%1”").arg(m_search.trimmed());
    return m_activeCount + m_archivedCount == 0 ? tr("No patients yet") : tr("Nobody here");
}

QString Caseload::emptyText() const
{
    if (m_patients.count() > 0)
        return {};
    if (!m_search.trimmed().isEmpty())
        return m_archivedCount > 0 && !m_showArchived
                   ? tr("Archived patients are not searched unless they are shown.")
                   : QString();
    return m_activeCount + m_archivedCount == 0
               ? tr("Add the people you see, each with a short label such as their initials. "
                    "Their forms, focus and letter are kept here, on this tablet only.")
               : tr("Everyone in the caseload is archived.");
}

void Caseload::refresh()
{
    Store *store = m_ctx.store();
    QList<PatientRow> rows;
    m_activeCount = m_archivedCount = m_needingReview = 0;
    if (store && store->role() == Role::Therapist) {
        ++m_builds;
        const QDateTime now = m_ctx.clock().now();
        auto everyone = caseload::caseloadRows(*store, now);
        if (!everyone) {
            setError(everyone.error().message);
        } else {
            for (const caseload::CaseloadRow &r : everyone.value()) {
                (r.patient.archived ? m_archivedCount : m_activeCount) += 1;
                if (r.unacknowledged > 0 && !r.patient.archived)
                    ++m_needingReview;
            }
            for (const caseload::CaseloadRow &r :
                 caseload::filterRows(everyone.value(), m_showArchived, m_search)) {
                const QString course = caseload::courseLine(r.summary);
                const QString next = caseload::nextSessionShort(r.summary, now);
                QStringList spoken{r.patient.label};
                if (r.patient.archived)
                    spoken << tr("archived");
                spoken << course;
                if (!next.isEmpty())
                    spoken << tr("next session %1").arg(next);
                if (r.unacknowledged > 0)
                    spoken << riskText(r.unacknowledged);
                rows.append({.patientId = r.patient.id,
                             .label = r.patient.label,
                             .archived = r.patient.archived,
                             .courseLine = course,
                             .nextSession = next,
                             .riskCount = r.unacknowledged,
                             .riskText = riskText(r.unacknowledged),
                             .description = spoken.join(QStringLiteral(", "))});
            }
            m_error.clear();
        }
    }
    m_patients.setRows(rows);
    Q_EMIT changed();
}

QString Caseload::labelProblem(const QString &label) const
{
    return caseload::labelProblem(label);
}

QString Caseload::labelWarning(const QString &label) const
{
    return caseload::labelWarning(label);
}

QString Caseload::add(const QString &label)
{
    Store *store = m_ctx.store();
    if (!store || store->role() != Role::Therapist) {
        setError(tr("The app is locked."));
        return {};
    }
    auto added = PatientStore(store->records()).add(label);
    if (!added) {
        setError(added.error().message);
        return {};
    }
    setError({});
    m_ctx.notifyRecordsChanged(QString::fromLatin1(PatientStore::kKind));
    return added.value().id;
}

bool Caseload::rename(const QString &patientId, const QString &label)
{
    return applyChange([&](PatientStore &p) { return p.rename(patientId, label); });
}

bool Caseload::archive(const QString &patientId)
{
    return applyChange([&](PatientStore &p) { return p.setArchived(patientId, true); });
}

bool Caseload::restore(const QString &patientId)
{
    return applyChange([&](PatientStore &p) { return p.setArchived(patientId, false); });
}

bool Caseload::applyChange(const std::function<Result<Patient>(PatientStore &)> &change)
{
    Store *store = m_ctx.store();
    if (!store) {
        setError(tr("The app is locked."));
        return false;
    }
    PatientStore patients(store->records());
    const auto done = change(patients);
    if (!done) {
        setError(done.error().message);
        return false;
    }
    setError({});
    m_ctx.notifyRecordsChanged(QString::fromLatin1(PatientStore::kKind));
    return true;
}

QString Caseload::labelOf(const QString &patientId) const
{
    Store *store = m_ctx.store();
    if (!store)
        return {};
    auto p = PatientStore(store->records()).get(patientId);
    return p ? p.value().label : QString();
}

QString Caseload::exportFileName(const QString &format) const
{
    return format == QLatin1String("csv") ? QStringLiteral("caseload.csv")
                                          : QStringLiteral("caseload.json");
}

void Caseload::exportAll(const QString &format, const QUrl &file, QString passphrase)
{
    Store *store = m_ctx.store();
    const QString path = localPathOf(file);
    if (!store || m_busy) {
        wipeString(passphrase);
        return;
    }
    if (path.isEmpty() || (format != QLatin1String("fhir") && format != QLatin1String("csv"))) {
        wipeString(passphrase);
        Q_EMIT exportFinished(false, tr("Please choose where to save the file."));
        return;
    }
    auto secret = std::make_shared<SecretBytes>(SecretBytes::fromPassphrase(passphrase));
    m_busy = true;
    Q_EMIT busyChanged();
    Profile *profile = &m_ctx.profile();
    runInBackground<Status>(
        this, [profile, secret] { return profile->verifyPassphrase(*secret); },
        [this, format, path](Status &verified) {
            m_busy = false;
            Q_EMIT busyChanged();
            Store *open = m_ctx.store();
            if (!verified || !open) {
                Q_EMIT exportFinished(false, verified ? tr("The app is locked.")
                                                      : verified.error().message);
                return;
            }
            const MeasuresConfig &config = m_ctx.measuresConfig();
            auto bytes = caseload::exportResponses(*open, config.catalogue, {},
                                                   format == QLatin1String("csv")
                                                       ? caseload::ExportFormat::Csv
                                                       : caseload::ExportFormat::Fhir,
                                                   m_ctx.clock().now());
            Status written =
                bytes ? writeFileAtomically(path, bytes.value()) : Status(bytes.error());
            Q_EMIT exportFinished(written.ok(),
                                  written ? tr("Saved. This file is not protected by your "
                                               "passphrase: keep it somewhere safe, and delete "
                                               "it when the service has it.")
                                          : written.error().message);
        });
}

} // namespace dit
