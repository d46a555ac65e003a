#include "Letters.h"

#include "AppContext.h"
#include "BookFont.h"
#include "FileUrls.h"
#include "LetterChanges.h"
#include "LetterPdf.h"
#include "common/Ids.h"
#include "common/Logging.h"
#include "letters/Annotations.h"
#include "letters/LetterDrafts.h"
#include "letters/LetterExport.h"
#include "storage/AtomicFile.h"

namespace dit {

namespace {

constexpr int kDeleteConfirmSeconds = 5 * 60;

bool hasDraft(LetterDrafts &drafts, const QString &key)
{
    auto d = drafts.load(key);
    return d && d.value().has_value();
}

} // namespace

Letters::Letters(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_library(this), m_moments(this)
{
    connect(&m_ctx, &AppContext::storeOpened, this, &Letters::refresh);
    connect(&m_ctx, &AppContext::storeClosed, this, &Letters::refresh);
    connect(&m_ctx, &AppContext::subjectChanged, this, &Letters::refresh); // another patient
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        if (letters::isLetterKind(kind))
            refresh();
    });
    refresh();
}

Letters *Letters::create(QQmlEngine *engine, QJSEngine *)
{
    auto *l = new Letters(AppContext::of(engine));
    QJSEngine::setObjectOwnership(l, QJSEngine::CppOwnership);
    return l;
}

void Letters::setError(const QString &message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorMessageChanged();
    }
}

void Letters::refresh()
{
    Store *store = m_ctx.store();
    m_letterId.clear();
    m_replyId.clear();
    m_replyDraft = m_paperDraft = false;
    if (!store) {
        m_library.setLetters({});
        m_moments.clear();
        m_pendingDelete = {};
        Q_EMIT changed();
        return;
    }
    const QString subject = m_ctx.subject();
    LetterStore letters(store->records());
    auto all = letters.letters(subject);
    if (!all) {
        qCWarning(lcLetters) << "could not list letters";
        setError(all.error().message);
        m_library.setLetters({});
        m_moments.clear();
        Q_EMIT changed();
        return;
    }
    m_library.setLetters(all.value());
    for (const LetterSummary &s : all.value())
        if (s.current.letter.author == LetterAuthor::Therapist)
            m_letterId = s.thread; // the newest therapist letter
    LetterDrafts drafts(store->database(), m_ctx.clock());
    m_paperDraft = hasDraft(drafts, LetterDrafts::keyForNew(LetterAuthor::Therapist, subject));
    if (!m_letterId.isEmpty()) {
        auto reply = letters.replyTo(m_letterId, subject);
        m_replyId = reply ? reply.value() : QString();
        const QString replyKey = m_replyId.isEmpty() ? LetterDrafts::keyForReply(m_letterId)
                                                     : LetterDrafts::keyForRevision(m_replyId);
        m_replyDraft = hasDraft(drafts, replyKey);
        auto marks = AnnotationStore(store->records()).forLetter(m_letterId, subject);
        if (const LetterSummary *s = summaryOf(m_letterId); s && marks)
            m_moments.set(s->current, marks.value());
        else
            m_moments.clear();
    } else {
        m_moments.clear();
    }
    Q_EMIT changed();
}

const LetterSummary *Letters::summaryOf(const QString &thread) const
{
    for (const LetterSummary &s : m_library.letters())
        if (s.thread == thread)
            return &s;
    return nullptr;
}

QString Letters::letterTitle() const
{
    const LetterSummary *s = summaryOf(m_letterId);
    return s ? s->current.letter.title : QString();
}

QString Letters::letterDateText() const
{
    const LetterSummary *s = summaryOf(m_letterId);
    return s ? letters::letterDateText(s->current.letter.date) : QString();
}

QString Letters::letterStatus() const
{
    const LetterSummary *s = summaryOf(m_letterId);
    return s ? LetterLibraryModel::statusText(*s) : QString();
}

int Letters::letterVersionCount() const
{
    const LetterSummary *s = summaryOf(m_letterId);
    return s ? s->versionCount : 0;
}

QString Letters::replyTitle() const
{
    const LetterSummary *s = summaryOf(m_replyId);
    return s ? s->current.letter.title : QString();
}

QString Letters::replyDateText() const
{
    const LetterSummary *s = summaryOf(m_replyId);
    return s ? letters::letterDateText(s->current.letter.date) : QString();
}

QString Letters::readingFamily()
{
    return bookFontFamily();
}

QString Letters::deletionSummary(const QString &letterId) const
{
    Store *store = m_ctx.store();
    const LetterSummary *s = summaryOf(letterId);
    if (!store || !s)
        return {};
    auto annotations = AnnotationStore(store->records()).forLetter(letterId, m_ctx.subject());
    const int marks = annotations ? int(annotations.value().size()) : 0;
    QString text = s->versionCount == 1
                       ? tr("This deletes “%1” from this device.").arg(s->current.letter.title)
                       : tr("This deletes “%1” from this device, with all %2 of its versions.")
                             .arg(s->current.letter.title)
                             .arg(s->versionCount);
    if (marks > 0)
        text += u' ' + (marks == 1
                            ? tr("The passage you marked in it goes too.")
                            : tr("The %1 passages and notes you marked in it go too.").arg(marks));
    if (s->current.letter.author == LetterAuthor::Therapist && letterId == m_letterId &&
        !m_replyId.isEmpty())
        text += u' ' + tr("Your reply is a letter of its own and is kept.");
    text += u' ' + tr("It cannot be undone. If you might want it again, save a copy first.");
    return text;
}

QString Letters::beginDelete(const QString &letterId)
{
    if (!m_ctx.store() || !summaryOf(letterId))
        return {};
    m_pendingDelete = {letterId, newRandomId(), m_ctx.clock().now().addSecs(kDeleteConfirmSeconds)};
    return m_pendingDelete.token;
}

bool Letters::deleteLetter(const QString &letterId, const QString &token)
{
    Store *store = m_ctx.store();
    const PendingDelete pending = m_pendingDelete;
    m_pendingDelete = {};
    const bool confirmed = store && !token.isEmpty() && pending.token == token &&
                           pending.letterId == letterId && m_ctx.clock().now() <= pending.expires;
    if (!confirmed) {
        setError(tr("The letter was not deleted: please confirm again."));
        return false;
    }
    if (Status s = LetterStore(store->records()).deleteLetter(letterId); !s) {
        setError(s.error().message);
        return false;
    }
    qCInfo(lcLetters) << "a letter was deleted after confirmation";
    setError({});
    letters::notifyLetterChanged(m_ctx);
    return true;
}

QString Letters::exportFileName(const QString &format) const
{
    // Nothing identifying in the name either: it may show in a file list or a share sheet.
    return format == QLatin1String("txt") ? QStringLiteral("letter.txt")
                                          : QStringLiteral("letter.pdf");
}

bool Letters::exportLetter(const QString &letterId, const QString &format, bool includeReply,
                           bool includeMarks, const QUrl &file)
{
    setError(writeExport(letterId, format, includeReply, includeMarks, file));
    return m_error.isEmpty();
}

QString Letters::writeExport(const QString &letterId, const QString &format, bool includeReply,
                             bool includeMarks, const QUrl &file) const
{
    Store *store = m_ctx.store();
    if (!store)
        return tr("The app is locked.");
    const QString path = localPathOf(file);
    if (path.isEmpty())
        return tr("Please choose where to save the file.");
    auto content = letters::gatherExport(store->records(), letterId, {includeReply, includeMarks});
    if (!content)
        return content.error().message;
    Status written;
    // The save dialog has asked before replacing a file; the write itself is atomic.
    if (format == QLatin1String("pdf")) {
        auto pdf = documents::letterPdf(content.value());
        written = pdf ? writeFileAtomically(path, pdf.value()) : Status(pdf.error());
    } else if (format == QLatin1String("txt")) {
        written = writeFileAtomically(path, letters::toPlainTextExport(content.value()).toUtf8());
    } else {
        return tr("That file type is not offered.");
    }
    if (!written)
        return written.error().message;
    qCInfo(lcLetters) << "a letter was exported";
    return {};
}

} // namespace dit
