#include "LetterReading.h"

#include "AppContext.h"
#include "LetterChanges.h"
#include "common/Logging.h"
#include "course/CourseWording.h"
#include "letters/LetterExport.h"

#include <QLocale>

namespace dit {

namespace {

QString savedText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return LetterReading::tr("saved %1 at %2")
        .arg(letters::letterDateText(local.date()), wording::timeOfDay(local.time()));
}

QString stateText(const LetterVersion &v)
{
    if (v.final)
        return LetterReading::tr("Final");
    if (v.shared)
        return LetterReading::tr("Shared");
    return LetterReading::tr("Draft");
}

} // namespace

LetterReading::LetterReading(QObject *parent) : QObject(parent), m_rows(this) {}

LetterReading::LetterReading(AppContext &context, QObject *parent) : LetterReading(parent)
{
    useContext(context);
}

void LetterReading::classBegin()
{
    useContext(AppContext::ofQmlObject(this));
}

void LetterReading::useContext(AppContext &context)
{
    m_ctx = &context;
    connect(m_ctx, &AppContext::storeOpened, this, &LetterReading::reload);
    connect(m_ctx, &AppContext::storeClosed, this, &LetterReading::reload);
    connect(m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        if (letters::isLetterKind(kind))
            reload();
    });
}

void LetterReading::setLetterId(const QString &id)
{
    if (id == m_letterId)
        return;
    m_letterId = id;
    m_versionId.clear();
    Q_EMIT letterChanged();
    reload();
}

void LetterReading::setVersionId(const QString &id)
{
    if (id == m_versionId)
        return;
    m_versionId = id;
    Q_EMIT letterChanged();
    reload();
}

void LetterReading::setHighlightColor(const QColor &colour)
{
    if (colour == m_highlight)
        return;
    m_highlight = colour;
    m_rows.setHighlightColor(colour.name(QColor::HexRgb));
    Q_EMIT highlightColorChanged();
}

void LetterReading::setError(const QString &message)
{
    if (message != m_error) {
        m_error = message;
        Q_EMIT errorMessageChanged();
    }
}

void LetterReading::reload()
{
    m_versions.clear();
    m_shown.reset();
    m_markCount = 0;
    Store *store = m_ctx ? m_ctx->store() : nullptr;
    if (!store || m_letterId.isEmpty()) {
        m_rows.clear();
        Q_EMIT contentChanged();
        return;
    }
    LetterStore letters(store->records());
    auto versions = letters.versions(m_letterId);
    auto current =
        m_versionId.isEmpty() ? letters.currentVersion(m_letterId) : letters.version(m_versionId);
    if (!versions || !current) {
        m_rows.clear();
        Q_EMIT contentChanged();
        return;
    }
    m_versions = versions.value();
    m_shown = current.value();
    auto marks = AnnotationStore(store->records()).forLetter(m_letterId);
    const QList<Annotation> annotations = marks ? marks.value() : QList<Annotation>();
    m_markCount = int(annotations.size());
    m_rows.setHighlightColor(m_highlight.name(QColor::HexRgb));
    m_rows.set(*m_shown, annotations);
    Q_EMIT contentChanged();
}

bool LetterReading::isReply() const
{
    return m_shown && m_shown->letter.author == LetterAuthor::Patient;
}

QString LetterReading::title() const
{
    return m_shown ? m_shown->letter.title : QString();
}

QString LetterReading::byline() const
{
    if (!m_shown)
        return {};
    return letters::authorLine(m_shown->letter) + QStringLiteral(" · ") +
           letters::letterDateText(m_shown->letter.date);
}

QString LetterReading::dateText() const
{
    return m_shown ? letters::letterDateText(m_shown->letter.date) : QString();
}

QString LetterReading::shownVersionId() const
{
    return m_shown ? m_shown->record.id : QString();
}

QString LetterReading::earlierVersionId() const
{
    return m_shown ? m_shown->record.parent : QString();
}

QString LetterReading::versionText() const
{
    if (!m_shown || m_versions.size() < 2)
        return m_shown && m_shown->final ? tr("Final version") : QString();
    int number = 0;
    for (int i = 0; i < m_versions.size(); ++i)
        if (m_versions.at(i).record.id == m_shown->record.id)
            number = i + 1;
    return tr("Version %1 of %2 (%3)").arg(number).arg(m_versions.size()).arg(stateText(*m_shown));
}

QString LetterReading::versionNotice() const
{
    if (!m_shown)
        return {};
    int heads = 0;
    for (const LetterVersion &v : m_versions)
        heads += v.isHead ? 1 : 0;
    if (heads > 1)
        return tr("%1 versions of this letter were made separately from the same earlier one. "
                  "All of them are kept; you can read each under Versions.")
            .arg(heads);
    if (!m_shown->isHead && m_shown->final)
        return tr("This is the version marked final. A later version exists; you can read it "
                  "under Versions.");
    return {};
}

QVariantList LetterReading::versions() const
{
    QVariantList out;
    for (int i = 0; i < m_versions.size(); ++i) {
        const LetterVersion &v = m_versions.at(i);
        QString parent;
        for (int j = 0; j < m_versions.size(); ++j)
            if (m_versions.at(j).record.id == v.record.parent)
                parent = tr(", made from version %1").arg(j + 1);
        out.append(QVariantMap{
            {QStringLiteral("id"), v.record.id},
            {QStringLiteral("label"), tr("Version %1").arg(i + 1)},
            {QStringLiteral("detail"),
             QString(stateText(v) + QStringLiteral(", ") + savedText(v.record.createdAt) + parent)},
            {QStringLiteral("shown"), m_shown && m_shown->record.id == v.record.id},
            {QStringLiteral("isFinal"), v.final},
            {QStringLiteral("isShared"), v.shared},
            {QStringLiteral("head"), v.isHead}});
    }
    return out;
}

QVariantList LetterReading::contents() const
{
    QVariantList out;
    if (!m_shown)
        return out;
    const QList<int> rows = m_rows.sectionRows();
    for (int s = 0; s < m_shown->letter.sections.size() && s < rows.size(); ++s) {
        const QString heading = m_shown->letter.sections.at(s).heading;
        out.append(
            QVariantMap{{QStringLiteral("heading"), heading.isEmpty() ? tr("Opening") : heading},
                        {QStringLiteral("row"), rows.at(s)}});
    }
    return out;
}

Result<PassageAnchor> LetterReading::anchor(int row, int start, int end) const
{
    int section = -1, block = -1;
    if (!m_shown || !m_rows.blockAt(row, &section, &block))
        return makeError(ErrorCode::BadInput, tr("Please choose some words in the letter."));
    return letters::anchorFor(m_shown->letter, m_letterId, m_shown->record.id, section, block,
                              start, end);
}

QString LetterReading::quoteFor(int row, int start, int end) const
{
    auto a = anchor(row, start, end);
    return a ? a.value().quote : QString();
}

bool LetterReading::markPassage(int row, int start, int end)
{
    Store *store = m_ctx ? m_ctx->store() : nullptr;
    auto a = anchor(row, start, end);
    if (!store || !a) {
        setError(a ? QString() : a.error().message);
        return false;
    }
    auto saved = AnnotationStore(store->records()).addHighlight(a.value());
    if (!saved) {
        setError(saved.error().message);
        return false;
    }
    setError({});
    letters::notifyMarksChanged(*m_ctx);
    return true;
}

bool LetterReading::addNote(int row, int start, int end, const QString &note)
{
    Store *store = m_ctx ? m_ctx->store() : nullptr;
    auto a = anchor(row, start, end);
    if (!store || !a) {
        setError(a ? QString() : a.error().message);
        return false;
    }
    auto saved = AnnotationStore(store->records()).addNote(a.value(), note);
    if (!saved) {
        setError(saved.error().message);
        return false;
    }
    setError({});
    letters::notifyMarksChanged(*m_ctx);
    return true;
}

bool LetterReading::editNote(const QString &id, const QString &note)
{
    Store *store = m_ctx ? m_ctx->store() : nullptr;
    if (!store)
        return false;
    auto saved = AnnotationStore(store->records()).editNote(id, note);
    if (!saved) {
        setError(saved.error().message);
        return false;
    }
    setError({});
    letters::notifyMarksChanged(*m_ctx);
    return true;
}

bool LetterReading::removeMark(const QString &id)
{
    Store *store = m_ctx ? m_ctx->store() : nullptr;
    if (!store)
        return false;
    if (Status s = AnnotationStore(store->records()).remove(id); !s) {
        setError(s.error().message);
        return false;
    }
    setError({});
    letters::notifyMarksChanged(*m_ctx);
    return true;
}

bool LetterReading::markVersion(const QString &versionId, const QString &mark)
{
    Store *store = m_ctx ? m_ctx->store() : nullptr;
    VersionMark m;
    if (!store || !versionMarkFromName(mark, &m))
        return false;
    // Which version is final or shared is the therapist's to say (docs/LETTERS.md); the
    // patient's pages offer no such button, and this keeps it so whatever calls it.
    if (store->role() != Role::Therapist)
        return false;
    auto saved = LetterStore(store->records()).mark(versionId, m);
    if (!saved) {
        setError(saved.error().message);
        return false;
    }
    letters::notifyLetterChanged(*m_ctx);
    return true;
}

} // namespace dit
