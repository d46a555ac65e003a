#pragma once

#include "Database.h"
#include "Record.h"
#include "common/Clock.h"

#include <QList>

namespace dit {

// Append-only access to the records table. Records are never updated (the schema refuses
// it); deletion exists only for explicit, confirmed deletes.
class RecordStore
{
public:
    RecordStore(Database &db, QString deviceId, const Clock &clock);

    // Creates and stores a new record. With a parent, it joins the parent's thread.
    Result<Record> append(const QString &kind, const QJsonObject &body, const QString &subject = {},
                          const QString &parentId = {}, int schema = 1);
    // Stores a record made elsewhere (sync, restore, hand-over). A record already present
    // is left as it is: applying the same record twice has no effect. Returns whether it
    // was new.
    Result<bool> insertExisting(const Record &record);

    Result<Record> get(const QString &id);
    // Every version of every thread of a kind, oldest first.
    Result<QList<Record>> list(const QString &kind, const QString &subject = {});
    // The latest version(s) of each thread: records no other record names as parent.
    // Two versions made from the same parent are both heads.
    Result<QList<Record>> heads(const QString &kind, const QString &subject = {});
    Result<QList<Record>> thread(const QString &threadId);
    // Every version of a kind whatever its subject (a therapist's caseload: every patient),
    // by subject, then oldest first.
    Result<QList<Record>> listOfEverySubject(const QString &kind);
    // Up to `limit` records of a subject stored after the row `afterSeq`, in the order they
    // were stored, each with its row number: what sync sends next, read in one query.
    struct Stored
    {
        qint64 seq = 0;
        Record record;
    };
    Result<QList<Stored>> storedAfter(qint64 afterSeq, const QString &subject, int limit);
    // Removes every version of a thread (an explicit, confirmed delete).
    Status deleteThread(const QString &threadId);

    Database &database() { return m_db; }

private:
    Result<QList<Record>> query(const char *sql, const QStringList &args);

    Database &m_db;
    QString m_deviceId;
    const Clock &m_clock;
};

} // namespace dit
