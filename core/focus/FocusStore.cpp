#include "FocusStore.h"

#include "storage/Threads.h"

#include <QCoreApplication>

namespace dit {

namespace {

QString kindName()
{
    return QString::fromLatin1(FocusStore::kKind);
}

QString reflectionKind()
{
    return QString::fromLatin1(FocusStore::kReflectionKind);
}

const Record *latest(const QList<Record> &heads)
{
    const Record *best = nullptr;
    for (const Record &r : heads)
        if (!best || r.createdAt >= best->createdAt)
            best = &r;
    return best;
}

QString reflectionProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("Focus", "Please write something first.");
    if (text.size() > FocusReflection::kMaxText)
        return QCoreApplication::translate("Focus", "A reflection can be up to %1 characters.")
            .arg(FocusReflection::kMaxText);
    return {};
}

FocusReflection reflectionFrom(const ThreadHead &t)
{
    FocusReflection r;
    r.id = t.head.id;
    r.thread = t.head.thread;
    r.text = t.head.body.value(QStringLiteral("text")).toString();
    r.focusVersion = t.head.body.value(QStringLiteral("focusVersion")).toString();
    r.written = t.firstWritten;
    r.edited = t.head.createdAt;
    return r;
}

} // namespace

Result<std::optional<FocusVersion>> FocusStore::current(const QString &subject)
{
    auto heads = m_records.heads(kindName(), subject);
    if (!heads)
        return heads.error();
    const Record *head = latest(heads.value());
    if (!head)
        return std::optional<FocusVersion>();
    auto focus = Focus::fromJson(head->body);
    if (!focus)
        return focus.error();
    return std::optional<FocusVersion>(FocusVersion{head->id, head->createdAt, focus.value()});
}

Result<bool> FocusStore::hasDivergedVersions(const QString &subject)
{
    auto heads = m_records.heads(kindName(), subject);
    if (!heads)
        return heads.error();
    return heads.value().size() > 1;
}

Result<FocusVersion> FocusStore::save(const Focus &focus, const QString &subject)
{
    if (const QString p = focus.problem(); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    auto heads = m_records.heads(kindName(), subject);
    if (!heads)
        return heads.error();
    const Record *head = latest(heads.value());
    auto saved = m_records.append(kindName(), focus.toJson(), subject, head ? head->id : QString());
    if (!saved)
        return saved.error();
    return FocusVersion{saved.value().id, saved.value().createdAt, focus};
}

Result<QList<FocusVersion>> FocusStore::versions(const QString &subject)
{
    auto all = m_records.list(kindName(), subject);
    if (!all)
        return all.error();
    QList<FocusVersion> out;
    for (const Record &r : all.value()) {
        auto focus = Focus::fromJson(r.body);
        if (focus)
            out << FocusVersion{r.id, r.createdAt, focus.value()};
    }
    return out;
}

Result<FocusReflection> FocusStore::addReflection(const QString &text, const QString &subject)
{
    if (const QString p = reflectionProblem(text); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    auto focus = current(subject);
    if (!focus)
        return focus.error();
    const QString version = focus.value() ? focus.value()->id : QString();
    auto saved = m_records.append(
        reflectionKind(),
        {{QStringLiteral("text"), text.trimmed()}, {QStringLiteral("focusVersion"), version}},
        subject);
    if (!saved)
        return saved.error();
    return reflectionFrom(ThreadHead{saved.value(), saved.value().createdAt, 1, false});
}

Result<FocusReflection> FocusStore::editReflection(const QString &id, const QString &text)
{
    if (const QString p = reflectionProblem(text); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    auto previous = m_records.get(id);
    if (!previous)
        return previous.error();
    if (previous.value().kind != reflectionKind())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Focus", "That is not a reflection."));
    QJsonObject body = previous.value().body;
    body.insert(QStringLiteral("text"), text.trimmed());
    auto saved = m_records.append(reflectionKind(), body, previous.value().subject, id);
    if (!saved)
        return saved.error();
    auto thread = m_records.thread(saved.value().thread);
    if (!thread)
        return thread.error();
    const QList<ThreadHead> heads = threadHeads(thread.value());
    for (const ThreadHead &t : heads)
        if (t.head.id == saved.value().id)
            return reflectionFrom(t);
    return reflectionFrom(ThreadHead{saved.value(), saved.value().createdAt, 1, false});
}

Status FocusStore::removeReflection(const QString &thread)
{
    auto versions = m_records.thread(thread);
    if (!versions)
        return versions.error();
    if (versions.value().isEmpty() || versions.value().first().kind != reflectionKind())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Focus", "That reflection does not exist."));
    return m_records.deleteThread(thread);
}

Result<QList<FocusReflection>> FocusStore::reflections(const QString &subject)
{
    auto all = m_records.list(reflectionKind(), subject);
    if (!all)
        return all.error();
    QList<FocusReflection> out;
    for (const ThreadHead &t : threadHeads(all.value()))
        out << reflectionFrom(t);
    return out;
}

} // namespace dit
