#include "NoteStore.h"

#include "storage/Threads.h"
#include "text/Search.h"

#include <QCoreApplication>

namespace dit {

namespace {

QString kindName()
{
    return QString::fromLatin1(NoteStore::kKind);
}

Note noteFrom(const ThreadHead &t)
{
    const QJsonObject &b = t.head.body;
    Note n;
    n.id = t.head.id;
    n.thread = t.head.thread;
    n.text = b.value(QStringLiteral("text")).toString();
    n.toBring = b.value(QStringLiteral("toBring")).toBool(false);
    n.isPrivate = b.value(QStringLiteral("private")).toBool(true);
    n.forSession = b.value(QStringLiteral("forSession")).toInt(0);
    n.written = t.firstWritten;
    n.edited = t.head.createdAt;
    n.diverged = t.diverged;
    return n;
}

Result<Note> fromThread(RecordStore &records, const Record &saved)
{
    auto thread = records.thread(saved.thread);
    if (!thread)
        return thread.error();
    for (const ThreadHead &t : threadHeads(thread.value()))
        if (t.head.id == saved.id)
            return noteFrom(t);
    return noteFrom(ThreadHead{saved, saved.createdAt, 1, false});
}

} // namespace

QString Note::problemWith(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("Notes", "Please write something first.");
    if (text.size() > kMaxText)
        return QCoreApplication::translate("Notes", "A note can be up to %1 characters.")
            .arg(kMaxText);
    return {};
}

Result<Note> NoteStore::add(const QString &text, bool toBring, int forSession,
                            const QString &subject)
{
    if (const QString p = Note::problemWith(text); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    QJsonObject body{{QStringLiteral("text"), text.trimmed()},
                     {QStringLiteral("toBring"), toBring},
                     {QStringLiteral("private"), true}};
    if (forSession > 0)
        body.insert(QStringLiteral("forSession"), forSession);
    auto saved = m_records.append(kindName(), body, subject);
    if (!saved)
        return saved.error();
    return noteFrom(ThreadHead{saved.value(), saved.value().createdAt, 1, false});
}

Result<Note> NoteStore::update(const QString &id, const QString &text, bool toBring)
{
    if (const QString p = Note::problemWith(text); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    auto previous = m_records.get(id);
    if (!previous)
        return previous.error();
    if (previous.value().kind != kindName())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Notes", "That is not a note."));
    QJsonObject body = previous.value().body;
    body.insert(QStringLiteral("text"), text.trimmed());
    body.insert(QStringLiteral("toBring"), toBring);
    auto saved = m_records.append(kindName(), body, previous.value().subject, id);
    if (!saved)
        return saved.error();
    return fromThread(m_records, saved.value());
}

Status NoteStore::remove(const QString &thread)
{
    auto versions = m_records.thread(thread);
    if (!versions)
        return versions.error();
    if (versions.value().isEmpty() || versions.value().first().kind != kindName())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Notes", "That note does not exist."));
    return m_records.deleteThread(thread);
}

Result<QList<Note>> NoteStore::list(const QString &query, const QString &subject)
{
    auto all = m_records.list(kindName(), subject);
    if (!all)
        return all.error();
    const QStringList tokens = text::searchTokens(query);
    QList<Note> out;
    for (const ThreadHead &t : threadHeads(all.value())) {
        Note n = noteFrom(t);
        if (text::matchesAllPrefixes(n.text, tokens))
            out << n;
    }
    return out;
}

} // namespace dit
