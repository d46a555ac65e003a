#include "MyFocus.h"

#include "AppContext.h"
#include "course/CourseStore.h"
#include "course/CourseSummary.h"

#include <algorithm>

namespace dit {

namespace {

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

} // namespace

MyFocus::MyFocus(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_versions(this), m_reflections(this)
{
    connect(&m_ctx, &AppContext::storeOpened, this, &MyFocus::reload);
    connect(&m_ctx, &AppContext::storeClosed, this, &MyFocus::reload);
    connect(&m_ctx, &AppContext::subjectChanged, this, &MyFocus::reload); // another patient
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String(FocusStore::kKind) ||
            kind == QLatin1String(FocusStore::kReflectionKind) ||
            kind == QLatin1String(CourseStore::kKind))
            reload();
    });
    reload();
}

MyFocus *MyFocus::create(QQmlEngine *engine, QJSEngine *)
{
    auto *f = new MyFocus(AppContext::of(engine));
    QJSEngine::setObjectOwnership(f, QJSEngine::CppOwnership);
    return f;
}

QString MyFocus::draftKey() const
{
    const QString subject = m_ctx.subject();
    return QStringLiteral("focus:") + (subject.isEmpty() ? QStringLiteral("own") : subject);
}

QString MyFocus::selfRepresentation() const
{
    return m_current ? m_current->focus.selfRepresentation : QString();
}

QString MyFocus::otherRepresentation() const
{
    return m_current ? m_current->focus.otherRepresentation : QString();
}

QString MyFocus::affect() const
{
    return m_current ? m_current->focus.affect : QString();
}

QString MyFocus::defensiveFunction() const
{
    return m_current ? m_current->focus.defensiveFunction : QString();
}

QStringList MyFocus::ownWords() const
{
    return m_current ? m_current->focus.ownWords : QStringList();
}

QStringList MyFocus::handles() const
{
    return m_current ? m_current->focus.handles : QStringList();
}

QStringList MyFocus::goals() const
{
    return m_current ? m_current->focus.goals : QStringList();
}

int MyFocus::suggestedSession() const
{
    // Read when an editor opens, so it follows the clock without a refresh.
    int suggested = 4;
    if (Store *store = m_ctx.store()) {
        auto course = CourseStore(store->records()).current(m_ctx.subject());
        if (course && course.value()) {
            const CourseSummary s = summarize(course.value(), m_ctx.clock().now());
            if (s.completed > 0)
                suggested = std::min(s.completed, Course::kMaxSessions);
        }
    }
    if (m_current)
        suggested = std::max(suggested, m_current->focus.session);
    return suggested;
}

QString MyFocus::quoted(const QStringList &entries)
{
    QStringList out;
    for (const QString &e : entries)
        out << tr("“%1”").arg(e);
    return out.join(u'\n');
}

QString MyFocus::summary() const
{
    if (!m_current)
        return tr("Not written down yet. It is usually agreed around session 4.");
    if (!m_current->focus.handles.isEmpty())
        return tr("“%1”").arg(m_current->focus.handles.first());
    if (!m_current->focus.affect.isEmpty())
        return m_current->focus.affect;
    return m_agreedText;
}

void MyFocus::reload()
{
    m_current.reset();
    m_versionCount = 0;
    m_diverged = false;
    m_agreedText.clear();
    m_error.clear();
    QList<FocusVersion> newestFirst;
    QList<FocusReflection> reflections;
    if (Store *store = m_ctx.store()) {
        FocusStore focus(store->records());
        const QString subject = m_ctx.subject();
        auto current = focus.current(subject);
        auto all = focus.versions(subject);
        auto diverged = focus.hasDivergedVersions(subject);
        auto notes = focus.reflections(subject);
        if (!current || !all || !diverged || !notes) {
            m_error = tr("Your focus could not be read. %1")
                          .arg((!current    ? current.error()
                                : !all      ? all.error()
                                : !diverged ? diverged.error()
                                            : notes.error())
                                   .message);
        } else {
            m_current = current.value();
            newestFirst = all.value();
            std::reverse(newestFirst.begin(), newestFirst.end());
            m_versionCount = int(newestFirst.size());
            m_diverged = diverged.value();
            reflections = notes.value();
        }
    }
    if (m_current) {
        int first = 0;
        for (auto it = newestFirst.crbegin(); it != newestFirst.crend() && first == 0; ++it)
            first = it->focus.session;
        const int latest = m_current->focus.session;
        if (first > 0 && latest > first)
            m_agreedText =
                tr("Agreed in session %1, last changed in session %2.").arg(first).arg(latest);
        else if (first > 0)
            m_agreedText = tr("Agreed in session %1.").arg(first);
        else
            m_agreedText = tr("Written down on %1.")
                               .arg(QLocale().toString(m_current->savedAt.toLocalTime().date(),
                                                       QLocale::LongFormat));
    }
    m_versions.setVersions(newestFirst);
    m_reflections.setReflections(reflections);
    Q_EMIT changed();
}

bool MyFocus::fail(const QString &message)
{
    m_error = message;
    Q_EMIT changed();
    return false;
}

bool MyFocus::save(const QString &self, const QString &others, const QString &feeling,
                   const QString &protects, const QString &ownWords, const QString &handles,
                   const QString &goals, int session)
{
    Store *store = m_ctx.store();
    if (!store)
        return fail(tr("The app is locked."));
    Focus f;
    f.selfRepresentation = self.trimmed();
    f.otherRepresentation = others.trimmed();
    f.affect = feeling.trimmed();
    f.defensiveFunction = protects.trimmed();
    f.ownWords = lines(ownWords);
    f.handles = lines(handles);
    f.goals = lines(goals);
    f.session = session;
    f.writtenBy = roleName(store->role());
    if (m_current && m_current->focus == f) {
        reload(); // nothing changed: no new version
        return true;
    }
    auto saved = FocusStore(store->records()).save(f, m_ctx.subject());
    if (!saved)
        return fail(saved.error().message);
    reload();
    return true;
}

bool MyFocus::addReflection(const QString &text)
{
    Store *store = m_ctx.store();
    if (!store)
        return fail(tr("The app is locked."));
    auto added = FocusStore(store->records()).addReflection(text, m_ctx.subject());
    if (!added)
        return fail(added.error().message);
    reload();
    return true;
}

bool MyFocus::editReflection(const QString &id, const QString &text)
{
    Store *store = m_ctx.store();
    if (!store)
        return fail(tr("The app is locked."));
    auto edited = FocusStore(store->records()).editReflection(id, text);
    if (!edited)
        return fail(edited.error().message);
    reload();
    return true;
}

void MyFocus::removeReflection(const QString &thread)
{
    Store *store = m_ctx.store();
    if (!store)
        return;
    const Status removed = FocusStore(store->records()).removeReflection(thread);
    reload();
    if (!removed) {
        m_error = removed.error().message;
        Q_EMIT changed();
    }
}

} // namespace dit
