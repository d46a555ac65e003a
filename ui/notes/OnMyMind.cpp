#include "OnMyMind.h"

#include "AppContext.h"
#include "course/CourseStore.h"
#include "course/CourseSummary.h"
#include "notes/NoteStore.h"
#include "text/Search.h"

namespace dit {

OnMyMind::OnMyMind(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_model(this)
{
    connect(&m_ctx, &AppContext::storeOpened, this, &OnMyMind::reload);
    connect(&m_ctx, &AppContext::storeClosed, this, &OnMyMind::reload);
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String(NoteStore::kKind))
            reload();
    });
    reload();
}

OnMyMind *OnMyMind::create(QQmlEngine *engine, QJSEngine *)
{
    auto *o = new OnMyMind(AppContext::of(engine));
    QJSEngine::setObjectOwnership(o, QJSEngine::CppOwnership);
    return o;
}

void OnMyMind::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload();
}

QString OnMyMind::summary() const
{
    if (m_count == 0)
        return tr("Nothing written yet.");
    QString notes = m_count == 1 ? tr("1 note") : tr("%1 notes").arg(m_count);
    if (m_toBring == 0)
        return notes;
    return tr("%1, %2 to bring").arg(notes).arg(m_toBring);
}

QString OnMyMind::resultsText() const
{
    if (text::searchTokens(m_query).isEmpty())
        return {};
    const int shown = m_model.rowCount();
    if (shown == 0)
        return tr("No note has “%1” in it.").arg(m_query.trimmed());
    return shown == 1 ? tr("1 note found.") : tr("%1 notes found.").arg(shown);
}

void OnMyMind::reload()
{
    m_error.clear();
    m_count = 0;
    m_toBring = 0;
    QList<Note> shown;
    if (Store *store = m_ctx.store()) {
        NoteStore notes(store->records());
        auto all = notes.list();
        auto filtered = notes.list(m_query);
        if (all && filtered) {
            m_count = int(all.value().size());
            for (const Note &n : all.value())
                m_toBring += n.toBring ? 1 : 0;
            shown = filtered.value();
        } else {
            m_error = (all ? filtered.error() : all.error()).message;
        }
    }
    m_model.setNotes(shown);
    Q_EMIT changed();
}

bool OnMyMind::fail(const QString &message)
{
    m_error = message;
    Q_EMIT changed();
    return false;
}

bool OnMyMind::add(const QString &text, bool toBring)
{
    Store *store = m_ctx.store();
    if (!store)
        return fail(tr("The app is locked."));
    int forSession = 0;
    if (auto course = CourseStore(store->records()).current(); course && course.value()) {
        const CourseSummary s = summarize(course.value(), m_ctx.clock().now());
        if (s.current)
            forSession = s.current->number;
    }
    auto added = NoteStore(store->records()).add(text, toBring, forSession);
    if (!added)
        return fail(added.error().message);
    reload();
    return true;
}

bool OnMyMind::update(const QString &id, const QString &text, bool toBring)
{
    Store *store = m_ctx.store();
    if (!store)
        return fail(tr("The app is locked."));
    const QVariantMap before = note(id);
    if (before.value(QStringLiteral("text")).toString() == text.trimmed() &&
        before.value(QStringLiteral("toBring")).toBool() == toBring) {
        reload(); // nothing changed: no new version
        return true;
    }
    auto updated = NoteStore(store->records()).update(id, text, toBring);
    if (!updated)
        return fail(updated.error().message);
    reload();
    return true;
}

void OnMyMind::setToBring(const QString &id, bool toBring)
{
    const QVariantMap n = note(id);
    if (n.isEmpty())
        return;
    update(id, n.value(QStringLiteral("text")).toString(), toBring); // errorMessage if not
}

void OnMyMind::remove(const QString &thread)
{
    Store *store = m_ctx.store();
    if (!store)
        return;
    const Status removed = NoteStore(store->records()).remove(thread);
    reload();
    if (!removed) {
        m_error = removed.error().message;
        Q_EMIT changed();
    }
}

QVariantMap OnMyMind::note(const QString &id) const
{
    Store *store = m_ctx.store();
    if (!store)
        return {};
    auto all = NoteStore(store->records()).list();
    if (!all)
        return {};
    for (const Note &n : all.value())
        if (n.id == id)
            return {{QStringLiteral("text"), n.text},
                    {QStringLiteral("toBring"), n.toBring},
                    {QStringLiteral("thread"), n.thread}};
    return {};
}

} // namespace dit
