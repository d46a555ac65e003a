#include "Threads.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace dit {

QList<ThreadHead> threadHeads(const QList<Record> &records)
{
    QSet<QString> parents;
    for (const Record &r : records)
        if (!r.parent.isEmpty())
            parents.insert(r.parent);
    QHash<QString, ThreadHead> byThread;
    QHash<QString, int> headsPerThread;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &r = records.at(i);
        const bool first = !byThread.contains(r.thread);
        ThreadHead &t = byThread[r.thread];
        if (first)
            t.position = i;
        ++t.versions;
        if (!t.firstWritten.isValid() || r.createdAt < t.firstWritten)
            t.firstWritten = r.createdAt;
        if (parents.contains(r.id))
            continue;
        ++headsPerThread[r.thread];
        if (t.head.id.isEmpty() || r.createdAt >= t.head.createdAt)
            t.head = r;
    }
    QList<ThreadHead> out;
    for (auto it = byThread.begin(); it != byThread.end(); ++it) {
        if (it.value().head.id.isEmpty())
            continue; // a cycle cannot happen with random ids; skip rather than guess
        it.value().diverged = headsPerThread.value(it.key()) > 1;
        out << it.value();
    }
    std::sort(out.begin(), out.end(), [](const ThreadHead &a, const ThreadHead &b) {
        if (a.firstWritten != b.firstWritten)
            return a.firstWritten > b.firstWritten;
        return a.position > b.position;
    });
    return out;
}

} // namespace dit
