#include "HandoverFiles.h"

#include "AppContext.h"
#include "Background.h"
#include "FileUrls.h"
#include "common/TestHooks.h"
#include "handover/HandoverCode.h"
#include "handover/HandoverFile.h"

namespace dit {

namespace {

handover::Choice toPatient(bool course, bool focus, bool letters, bool responses)
{
    handover::Choice c;
    c.course = course;
    c.focus = focus;
    c.letters = letters;
    c.responses = responses;
    return c;
}

handover::Choice toTherapist(bool responses, bool reply, bool notes)
{
    handover::Choice c;
    c.responses = responses;
    c.reply = reply;
    c.notes = notes;
    return c;
}

} // namespace

HandoverFiles::HandoverFiles(AppContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    // A code is shown once: it goes when the app locks.
    connect(&m_ctx, &AppContext::storeClosing, this, &HandoverFiles::clearCode);
    // So does a file waiting to be confirmed: opening it again needs the code.
    connect(&m_ctx, &AppContext::storeClosing, this, &HandoverFiles::clearPending);
}

HandoverFiles *HandoverFiles::create(QQmlEngine *engine, QJSEngine *)
{
    auto *h = new HandoverFiles(AppContext::of(engine));
    QJSEngine::setObjectOwnership(h, QJSEngine::CppOwnership);
    return h;
}

int HandoverFiles::codeLength() const
{
    return handover::kCodeLength;
}

QString HandoverFiles::codeSpoken() const
{
    QStringList parts;
    for (const QChar c : m_code)
        if (c != QLatin1Char('-'))
            parts << QString(c);
    return parts.join(QStringLiteral(", "));
}

void HandoverFiles::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void HandoverFiles::clearCode()
{
    if (m_code.isEmpty())
        return;
    wipeString(m_code);
    m_code.clear();
    Q_EMIT codeChanged();
}

void HandoverFiles::clearPending()
{
    if (!m_pending)
        return;
    wipeBytes(*m_pending);
    m_pending.reset();
    m_pendingPatientId.clear();
    m_pendingLabel.clear();
    m_pendingContents.clear();
    Q_EMIT pendingChanged();
}

QString HandoverFiles::suggestedFileName() const
{
    return QStringLiteral("handover") + QString::fromLatin1(handover::kFileSuffix);
}

QString HandoverFiles::previewForPatient(const QString &patientId, bool course, bool focus,
                                         bool letters, bool responses) const
{
    Store *store = m_ctx.store();
    if (!store)
        return {};
    auto prepared =
        handover::prepareExport(*store, patientId, toPatient(course, focus, letters, responses));
    if (!prepared)
        return prepared.error().message;
    wipeBytes(prepared.value().payload);
    return tr("This file will hold: %1.").arg(prepared.value().contents.describe());
}

QString HandoverFiles::previewForTherapist(bool responses, bool reply, bool notes) const
{
    Store *store = m_ctx.store();
    if (!store)
        return {};
    auto prepared = handover::prepareExport(*store, {}, toTherapist(responses, reply, notes));
    if (!prepared)
        return prepared.error().message;
    wipeBytes(prepared.value().payload);
    return tr("This file will hold: %1.").arg(prepared.value().contents.describe());
}

void HandoverFiles::exportForPatient(const QString &patientId, const QUrl &file, bool course,
                                     bool focus, bool letters, bool responses)
{
    startExport(patientId, file, toPatient(course, focus, letters, responses));
}

void HandoverFiles::exportForTherapist(const QUrl &file, bool responses, bool reply, bool notes)
{
    startExport({}, file, toTherapist(responses, reply, notes));
}

void HandoverFiles::startExport(const QString &patientId, const QUrl &file,
                                const handover::Choice &choice)
{
    Store *store = m_ctx.store();
    const QString path = localPathOf(file);
    if (!store || m_busy)
        return;
    if (path.isEmpty()) {
        Q_EMIT exportFinished(false, tr("Please choose where to save the file."));
        return;
    }
    clearCode();
    auto prepared = handover::prepareExport(*store, patientId, choice);
    if (!prepared) {
        Q_EMIT exportFinished(false, prepared.error().message);
        return;
    }
    if (prepared.value().contents.total() == 0) {
        Q_EMIT exportFinished(false, tr("There is nothing to put in the file yet."));
        return;
    }
    auto payload = std::make_shared<QByteArray>(std::move(prepared.value().payload));
    const handover::Contents contents = prepared.value().contents;
    const KdfParams kdf = kdfParamsForNewKeys();
    setBusy(true);
    runInBackground<Result<QString>>(
        this,
        [payload, path, kdf]() -> Result<QString> {
            auto code = handover::sealAndWrite(*payload, path, kdf);
            if (!code)
                return code.error();
            return handover::grouped(code.value());
        },
        [this, contents](Result<QString> &code) {
            setBusy(false);
            if (!code) {
                Q_EMIT exportFinished(false, code.error().message);
                return;
            }
            m_code = std::move(code.value()); // moved, not copied: one buffer to wipe later
            Q_EMIT codeChanged();
            Q_EMIT exportFinished(true,
                                  tr("The file is ready. It holds %1.").arg(contents.describe()));
        });
}

void HandoverFiles::importFile(const QUrl &file, QString code, const QString &patientId)
{
    // The code stays in its field until the import succeeds, to be corrected (the page
    // clears it then): so it is not wiped in place here, only this copy is (a deep copy,
    // which normalised() wipes).
    QString typed(code.constData(), code.size());
    code.clear();
    Store *store = m_ctx.store();
    const QString path = localPathOf(file);
    if (!store || m_busy) {
        wipeString(typed);
        return;
    }
    if (path.isEmpty()) {
        wipeString(typed);
        Q_EMIT importFinished(false, tr("Please choose the file."));
        return;
    }
    auto canonical = handover::normalised(typed);
    if (!canonical) {
        Q_EMIT importFinished(false, tr("A code has %1 letters and numbers, like "
                                        "7KQ2-M9XD-4HTW. Please check it.")
                                         .arg(handover::kCodeLength));
        return;
    }
    auto secret = std::make_shared<SecretBytes>(std::move(*canonical));
    clearPending();
    setBusy(true);
    runInBackground<Result<QByteArray>>(
        this, [path, secret] { return handover::readAndOpen(path, *secret); },
        [this, patientId](Result<QByteArray> &payload) {
            setBusy(false);
            Store *open = m_ctx.store();
            if (!payload || !open) {
                if (payload)
                    wipeBytes(payload.value());
                Q_EMIT importFinished(false,
                                      payload ? tr("The app is locked.") : payload.error().message);
                return;
            }
            // Checked now, saved only once the person says whom it is for.
            auto seen = handover::inspectPayload(*open, payload.value(), patientId);
            if (!seen) {
                wipeBytes(payload.value());
                Q_EMIT importFinished(false, seen.error().message);
                return;
            }
            m_pending = std::make_shared<QByteArray>(std::move(payload.value()));
            m_pendingPatientId = patientId;
            m_pendingLabel = seen.value().label;
            m_pendingContents = seen.value().added.total() == 0
                                    ? tr("Everything in it is already here.")
                                    : tr("It adds %1.").arg(seen.value().added.describe());
            Q_EMIT pendingChanged();
        });
}

void HandoverFiles::declineImport()
{
    Store *store = m_ctx.store();
    if (!m_pending)
        return;
    clearPending();
    Q_EMIT importFinished(false, store && store->role() == Role::Therapist
                                     ? tr("Nothing was brought in.")
                                     : tr("Nothing was brought in. Please give the file back to "
                                          "your therapist and ask for yours."));
}

void HandoverFiles::confirmImport()
{
    Store *store = m_ctx.store();
    if (!m_pending || !store)
        return;
    auto imported = handover::importPayload(*store, *m_pending, m_pendingPatientId);
    clearPending();
    if (!imported) {
        Q_EMIT importFinished(false, imported.error().message);
        return;
    }
    for (const QString &kind : imported.value().kinds)
        m_ctx.notifyRecordsChanged(kind); // the letter views too (LetterChanges.h)
    const handover::Imported &r = imported.value();
    QString message = r.added.total() == 0
                          ? tr("Nothing new: everything in this file is already here.")
                          : tr("Added %1.").arg(r.added.describe());
    if (r.alreadyHere > 0 && r.added.total() > 0)
        message += u' ' + tr("The rest was already here.");
    if (r.leftOut > 0)
        message += u' ' + tr("Notes on a letter that is not on this tablet were left out.");
    Q_EMIT importFinished(true, message);
}

} // namespace dit
