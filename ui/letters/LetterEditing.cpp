#include "LetterEditing.h"

#include "AppContext.h"
#include "LetterChanges.h"
#include "common/Logging.h"
#include "letters/LetterDrafts.h"
#include "letters/LetterExport.h"
#include "letters/LetterStore.h"
#include "letters/LetterTemplate.h"
#include "text/Markdown.h"
#include "text/TypedText.h"

#include <QGuiApplication>
#include <QLocale>

#include <algorithm>
#include <iterator>
#include <utility>

namespace dit {

namespace {

QString promptFor(LetterAuthor author, const QString &key)
{
    for (const letters::TemplateSection &t : letters::templateFor(author))
        if (t.key == key)
            return t.prompt;
    return {};
}

bool optionalFor(LetterAuthor author, const QString &key)
{
    for (const letters::TemplateSection &t : letters::templateFor(author))
        if (t.key == key)
            return t.optional;
    return false;
}

} // namespace

LetterEditing::LetterEditing(QObject *parent) : QObject(parent), m_sections(this)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kQuietMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kMaxUnsavedMs);
    connect(&m_quiet, &QTimer::timeout, this, &LetterEditing::flush);
    connect(&m_deadline, &QTimer::timeout, this, &LetterEditing::flush);
    // Going to the background may be the last moment before the system stops the app.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state != Qt::ApplicationActive)
                        flush();
                });
}

LetterEditing::LetterEditing(AppContext &context, QObject *parent) : LetterEditing(parent)
{
    useContext(context);
}

void LetterEditing::classBegin()
{
    useContext(AppContext::ofQmlObject(this));
}

void LetterEditing::useContext(AppContext &context)
{
    m_ctx = &context;
    // Save what was typed before the store closes (locking), not after.
    connect(m_ctx, &AppContext::storeClosing, this, &LetterEditing::flush);
    connect(m_ctx, &AppContext::storeOpened, this, &LetterEditing::open);
    // Another patient: keep what was typed for the first (flush writes under the subject
    // it was opened with), then open the other's.
    connect(m_ctx, &AppContext::subjectChanged, this, [this] {
        flush();
        open();
    });
}

LetterEditing::~LetterEditing()
{
    flush();
}

void LetterEditing::componentComplete()
{
    m_complete = true;
    open();
}

void LetterEditing::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    flush();
    m_mode = mode;
    Q_EMIT openedChanged();
    open();
}

void LetterEditing::setLetterId(const QString &id)
{
    if (id == m_letterId)
        return;
    flush();
    m_letterId = id;
    Q_EMIT openedChanged();
    open();
}

void LetterEditing::setError(const QString &message)
{
    if (message != m_error) {
        m_error = message;
        Q_EMIT errorMessageChanged();
    }
}

void LetterEditing::open()
{
    m_ready = false;
    m_restored = false;
    m_dirty = false;
    m_quiet.stop();
    m_deadline.stop();
    AppContext *ctx = m_ctx;
    Store *store = ctx ? ctx->store() : nullptr;
    const bool fresh = m_mode == Mode::Paper || m_mode == Mode::New;
    const bool needsLetter = !fresh;
    if (!m_complete || !store || (needsLetter && m_letterId.isEmpty())) {
        m_sections.setSections({});
        Q_EMIT openedChanged();
        return;
    }
    m_subject = ctx->subject();
    LetterStore letters(store->records());
    Letter base;
    m_parentId.clear();
    m_inReplyTo.clear();
    if (m_mode == Mode::Reply) {
        auto replyThread = letters.replyTo(m_letterId, m_subject);
        if (replyThread && !replyThread.value().isEmpty()) {
            auto current = letters.currentVersion(replyThread.value());
            if (!current) {
                setError(current.error().message);
                Q_EMIT openedChanged();
                return;
            }
            base = current.value().letter;
            m_parentId = current.value().record.id;
            m_draftKey = LetterDrafts::keyForRevision(replyThread.value());
        } else {
            base = letters::blankLetter(LetterAuthor::Patient);
            base.title = tr("My reply");
            base.date = ctx->clock().now().toLocalTime().date();
            base.inReplyTo = m_letterId;
            m_draftKey = LetterDrafts::keyForReply(m_letterId);
        }
    } else if (m_mode == Mode::Revise) {
        auto current = letters.currentVersion(m_letterId);
        if (!current) {
            setError(current.error().message);
            Q_EMIT openedChanged();
            return;
        }
        base = current.value().letter;
        m_parentId = current.value().record.id;
        m_draftKey = LetterDrafts::keyForRevision(m_letterId);
    } else {
        base = letters::blankLetter(LetterAuthor::Therapist);
        base.date = ctx->clock().now().toLocalTime().date();
        base.source = QStringLiteral("typed");
        m_draftKey = LetterDrafts::keyForNew(LetterAuthor::Therapist, m_subject);
    }
    for (LetterSection &s : base.sections)
        s.text = text::toTyped(s.text);
    m_dateText = letters::letterDateText(base.date);

    LetterDrafts drafts(store->database(), ctx->clock());
    auto draft = drafts.load(m_draftKey);
    m_hasDraft = draft && draft.value().has_value();
    if (m_hasDraft) {
        const LetterDraft &kept = *draft.value();
        base = kept.letter;
        m_parentId = kept.parent; // a newer version may have arrived since; saving then forks
        m_dateText = kept.dateText;
        m_restored = true;
    }
    m_author = base.author;
    m_inReplyTo = base.inReplyTo;
    m_title = base.title;
    QList<LetterSectionsModel::Section> sections;
    for (const LetterSection &s : base.sections)
        sections.append(
            {s.key, s.heading, s.text, promptFor(m_author, s.key), optionalFor(m_author, s.key)});
    m_sections.setSections(sections);
    m_ready = true;
    setError({});
    Q_EMIT openedChanged();
    Q_EMIT fieldsChanged();
    Q_EMIT draftChanged();
}

void LetterEditing::edited()
{
    m_dirty = true;
    m_quiet.start();
    if (!m_deadline.isActive())
        m_deadline.start();
    Q_EMIT fieldsChanged();
}

void LetterEditing::setTitle(const QString &title)
{
    if (title == m_title || !m_ready)
        return;
    m_title = title;
    edited();
}

void LetterEditing::setDateText(const QString &text)
{
    if (text == m_dateText || !m_ready)
        return;
    m_dateText = text;
    edited();
}

void LetterEditing::setSectionText(int row, const QString &text)
{
    if (m_ready && m_sections.setText(row, text))
        edited();
}

void LetterEditing::setSectionHeading(int row, const QString &heading)
{
    if (m_ready && headingsEditable() && m_sections.setHeading(row, heading))
        edited();
}

bool LetterEditing::flush()
{
    m_quiet.stop();
    m_deadline.stop();
    if (!m_dirty)
        return true;
    AppContext *ctx = m_ctx;
    Store *store = ctx ? ctx->store() : nullptr;
    if (!store)
        return false;
    LetterDraft draft;
    draft.key = m_draftKey;
    draft.parent = m_parentId;
    draft.dateText = m_dateText;
    draft.letter.author = m_author;
    draft.letter.title = m_title;
    draft.letter.date = parseDate(m_dateText);
    draft.letter.inReplyTo = m_inReplyTo;
    draft.letter.source = sourceText();
    for (const LetterSectionsModel::Section &s : m_sections.sections())
        draft.letter.sections.append({s.key, s.heading, s.text});
    if (Status s = LetterDrafts(store->database(), ctx->clock()).save(draft, m_subject); !s) {
        // Keep it dirty: the next keystroke or the next timer tries again.
        qCWarning(lcLetters) << "could not autosave a letter draft";
        setError(tr("What you typed could not be kept just now: %1").arg(s.error().message));
        return false;
    }
    m_dirty = false;
    if (!m_hasDraft) {
        m_hasDraft = true;
        Q_EMIT draftChanged();
        letters::notifyLetterChanged(*ctx); // the Letter page now offers to carry on writing
    }
    if (!m_error.isEmpty())
        setError({});
    return true;
}

QDate LetterEditing::parseDate(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return {};
    const QList<QLocale> locales{QLocale(), QLocale(QLocale::English, QLocale::UnitedKingdom)};
    for (const QLocale &locale : locales)
        for (const char *format : {"d MMMM yyyy", "d MMM yyyy", "dddd d MMMM yyyy", "MMMM d yyyy",
                                   "MMMM d, yyyy", "d/M/yyyy", "d.M.yyyy"}) {
            const QDate date = locale.toDate(t, QString::fromLatin1(format));
            if (date.isValid())
                return date;
        }
    return QDate::fromString(t, Qt::ISODate);
}

QString LetterEditing::sourceText() const
{
    // Typed on this device ("new": written from the template by the therapist); a reply
    // needs no note of where it came from.
    return m_mode == Mode::Reply ? QString() : QStringLiteral("typed");
}

Letter LetterEditing::composed() const
{
    Letter l;
    l.author = m_author;
    l.title = m_title.trimmed();
    l.date = parseDate(m_dateText);
    l.inReplyTo = m_inReplyTo;
    l.source = sourceText();
    for (const LetterSectionsModel::Section &s : m_sections.sections()) {
        const QString markup = text::fromTyped(s.text);
        if (markup.trimmed().isEmpty() && m_author == LetterAuthor::Therapist)
            continue; // a section this letter does not have
        l.sections.append({s.key, s.heading.trimmed(), markup});
    }
    return l;
}

QString LetterEditing::problem() const
{
    if (!m_ready)
        return tr("This letter could not be opened.");
    bool anyText = false;
    for (const LetterSectionsModel::Section &s : m_sections.sections())
        anyText = anyText || !s.text.trimmed().isEmpty();
    if (!anyText)
        return tr("Nothing is written yet.");
    if (m_title.trimmed().isEmpty())
        return tr("Please give it a title.");
    if (!parseDate(m_dateText).isValid())
        return tr("Please write the date like this: %1.")
            .arg(letters::letterDateText(QDate(2026, 6, 10)));
    return composed().problem();
}

QString LetterEditing::saveVersion()
{
    AppContext *ctx = m_ctx;
    Store *store = ctx ? ctx->store() : nullptr;
    if (!store)
        return {};
    flush();
    if (const QString p = problem(); !p.isEmpty()) {
        setError(p);
        return {};
    }
    LetterStore letters(store->records());
    auto saved = m_parentId.isEmpty() ? letters.create(composed(), m_subject)
                                      : letters.revise(m_parentId, composed());
    if (!saved) {
        setError(saved.error().message);
        return {};
    }
    // The draft has become a version; what is typed next is a draft of the version after.
    if (Status s = LetterDrafts(store->database(), ctx->clock()).remove(m_draftKey); !s)
        qCWarning(lcLetters) << "a saved letter's draft could not be cleared";
    qCInfo(lcLetters) << "a letter version was saved";
    QString thread = saved.value().thread;
    if (m_mode != Mode::Reply) {
        m_mode = Mode::Revise;
        m_letterId = thread;
    }
    letters::notifyLetterChanged(*ctx);
    open();
    return thread;
}

QString LetterEditing::formattedPreview(const QString &text) const
{
    // As it will be saved: typed text becomes markup that always parses (docs/LETTERS.md).
    const auto blocks = text::parse(text::fromTyped(text));
    if (!blocks)
        return {};
    QStringList shown;
    bool formatted = false;
    for (const text::Block &block : blocks.value()) {
        const QString styled = text::toStyledText(block.markup);
        formatted = formatted || styled != text::toPlainText(block.markup).toHtmlEscaped();
        switch (block.type) {
        case text::Block::Type::Bullet:
            formatted = true;
            shown.append(QStringLiteral("&bull; ") + styled);
            break;
        case text::Block::Type::Numbered:
            formatted = true;
            shown.append(QString::number(block.level) + QStringLiteral(". ") + styled);
            break;
        case text::Block::Type::Quote:
            formatted = true;
            shown.append(QStringLiteral("<i>") + styled + QStringLiteral("</i>"));
            break;
        default:
            shown.append(styled);
        }
    }
    return formatted ? shown.join(QStringLiteral("<br><br>")) : QString();
}

} // namespace dit
