#include "RecordStore.h"

#include "common/Ids.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace dit {

namespace {

constexpr const char *kColumns =
    "id, kind, thread, parent, subject, author, created_at, schema, body";

Record readRecord(const Statement &s)
{
    Record r;
    r.id = s.text(0);
    r.kind = s.text(1);
    r.thread = s.text(2);
    r.parent = s.isNull(3) ? QString() : s.text(3);
    r.subject = s.text(4);
    r.author = s.text(5);
    r.createdAt = QDateTime::fromMSecsSinceEpoch(s.integer(6), Qt::UTC);
    r.schema = int(s.integer(7));
    // The stored UTF-8 parsed as it is, not decoded to a QString and encoded back
    // (docs/PERFORMANCE.md). The app only ever writes valid UTF-8; a body that is not is read
    // as text, as it always was, its bad bytes replaced, rather than as empty.
    QJsonParseError error;
    r.body = QJsonDocument::fromJson(s.blob(8), &error).object();
    if (error.error != QJsonParseError::NoError)
        r.body = QJsonDocument::fromJson(s.text(8).toUtf8()).object();
    return r;
}

QByteArray selectSql(const char *where)
{
    return QByteArray("SELECT ") + kColumns + " FROM records r WHERE " + where;
}

} // namespace

RecordStore::RecordStore(Database &db, QString deviceId, const Clock &clock)
    : m_db(db), m_deviceId(std::move(deviceId)), m_clock(clock)
{}

Result<Record> RecordStore::append(const QString &kind, const QJsonObject &body,
                                   const QString &subject, const QString &parentId, int schema)
{
    Record r;
    r.id = newRandomId();
    r.kind = kind;
    r.subject = subject;
    r.author = m_deviceId;
    r.createdAt = m_clock.now().toUTC();
    r.schema = schema;
    r.body = body;
    r.thread = r.id;
    if (!parentId.isEmpty()) {
        auto parent = get(parentId);
        if (!parent)
            return parent.error();
        if (parent.value().kind != kind)
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate("Storage", "A new version must be of the same kind."));
        r.parent = parentId;
        r.thread = parent.value().thread;
    }
    auto inserted = insertExisting(r);
    if (!inserted)
        return inserted.error();
    return r;
}

Result<bool> RecordStore::insertExisting(const Record &r)
{
    if (!isValidId(r.id) || r.kind.isEmpty() || r.thread.isEmpty())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Storage", "The record is not well formed."));
    auto stmt = m_db.prepare("INSERT OR IGNORE INTO records (id, kind, thread, parent, subject, "
                             "author, created_at, schema, body) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, r.id).bind(2, r.kind).bind(3, r.thread);
    if (r.parent.isEmpty())
        s.bindNull(4);
    else
        s.bind(4, r.parent);
    s.bind(5, r.subject).bind(6, r.author).bind(7, r.createdAt.toMSecsSinceEpoch());
    s.bind(8, r.schema)
        .bind(9, QString::fromUtf8(QJsonDocument(r.body).toJson(QJsonDocument::Compact)));
    if (Status st = s.run(); !st)
        return st.error();
    return m_db.changes() > 0;
}

Result<QList<Record>> RecordStore::query(const char *sql, const QStringList &args)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    for (int i = 0; i < args.size(); ++i)
        stmt.value().bind(i + 1, args.at(i));
    QList<Record> out;
    while (stmt.value().next())
        out.append(readRecord(stmt.value()));
    if (stmt.value().failed())
        return stmt.value().error();
    return out;
}

Result<Record> RecordStore::get(const QString &id)
{
    auto rows = query(selectSql("id = ?").constData(), {id});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Storage", "That item does not exist."));
    return rows.value().first();
}

Result<QList<Record>> RecordStore::list(const QString &kind, const QString &subject)
{
    return query(selectSql("kind = ? AND subject = ? ORDER BY created_at, seq").constData(),
                 {kind, subject});
}

Result<QList<Record>> RecordStore::heads(const QString &kind, const QString &subject)
{
    return query(selectSql("kind = ? AND subject = ? AND NOT EXISTS "
                           "(SELECT 1 FROM records c WHERE c.parent = r.id) "
                           "ORDER BY created_at, seq")
                     .constData(),
                 {kind, subject});
}

Result<QList<Record>> RecordStore::listOfEverySubject(const QString &kind)
{
    return query(selectSql("kind = ? ORDER BY subject, created_at, seq").constData(), {kind});
}

Result<QList<Record>> RecordStore::thread(const QString &threadId)
{
    return query(selectSql("thread = ? ORDER BY created_at, seq").constData(), {threadId});
}

Result<QList<RecordStore::Stored>> RecordStore::storedAfter(qint64 afterSeq, const QString &subject,
                                                            int limit)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns +
                                  ", seq FROM records WHERE seq > ? AND subject = ? "
                                  "ORDER BY seq LIMIT ?";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, afterSeq).bind(2, subject).bind(3, limit);
    QList<Stored> out;
    while (stmt.value().next())
        out.append({stmt.value().integer(9), readRecord(stmt.value())});
    if (stmt.value().failed())
        return stmt.value().error();
    return out;
}

Status RecordStore::deleteThread(const QString &threadId)
{
    auto stmt = m_db.prepare("DELETE FROM records WHERE thread = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, threadId);
    return stmt.value().run();
}

} // namespace dit
