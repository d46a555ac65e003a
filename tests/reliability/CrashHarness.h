#pragma once

#include "common/Result.h"
#include "storage/Database.h"
#include "storage/Record.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <functional>
#include <random>

namespace dit::test {

// One write a writer reported as committed (a line it printed and flushed after the commit).
struct Ack
{
    enum class Type { Record, Draft };
    Type type = Type::Record;
    QString kind;
    QString key; // record id, or draft key
    int n = 0;   // the writer's own counter for the write
};

// How to start a writer and understand it. The harness kills the writer's whole process
// group, so a spec may be a shell loop around one-shot commands (`ditc respond ...`) as well
// as one long-running writer (`ditc stress-write`).
struct WriterSpec
{
    QString program;
    QStringList arguments;
    QByteArray input; // stdin: passphrase first, then whatever the command reads
    // A stdout line to an acknowledgement; false for lines that are not one.
    std::function<bool(const QByteArray &line, Ack *ack)> parse;
    // Whether a stored record (or draft body) is whole and what the writer wrote.
    std::function<bool(const Record &record)> recordIsWhole;
    std::function<bool(const QJsonObject &draftBody)> draftIsWhole;
};

// The spec for `ditc stress-write` (test builds): records of kinds "response" and "note"
// and one draft, each body carrying a digest of its text. `first` starts its write counter,
// so counters keep increasing from one run to the next.
WriterSpec stressWriteSpec(const QString &profileDir, const QByteArray &passphrase, quint32 seed,
                           int first);

// Starts the writer, kills it with SIGKILL at a chosen moment, and checks what is on disk.
class CrashHarness
{
public:
    CrashHarness(QString profileDir, QByteArray passphrase);

    struct Round
    {
        QList<Ack> acks;          // what the writer acknowledged before it died
        bool exitedEarly = false; // it ended before the kill (a failure, unless it was told to)
        QByteArray stderrText;
    };
    // Runs the writer for `delayMs` after it starts, then kills its process group.
    Round runAndKill(const WriterSpec &spec, int delayMs);

    // After a kill, without writing anything: the profile is whole (every check unlock
    // makes, the thorough integrity check included), every acknowledged write is there and
    // whole, no record anywhere is partial, and the draft is at least the last acknowledged.
    // Acknowledgements accumulate across rounds.
    Status verify(const WriterSpec &spec);

    // The same through a full unlock (WAL folded in, as the app would on its next start).
    Status verifyByUnlocking(const WriterSpec &spec);

    int acknowledgedRecords() const { return int(m_records.size()); }

private:
    Status checkContents(const WriterSpec &spec, Database &db);

    QString m_dir;
    QByteArray m_passphrase;
    QMap<QString, Ack> m_records;   // by id
    QMap<QString, int> m_lastDraft; // by key: the last acknowledged n
};

} // namespace dit::test
