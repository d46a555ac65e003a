#pragma once

#include "Record.h"

#include <QList>

namespace dit {

// The current version of each thread among `records` (every version of a kind, as
// RecordStore::list returns them), for lists of things a person can edit, such as notes.
struct ThreadHead
{
    Record head;            // the most recent version no other version revises
    QDateTime firstWritten; // when the thread's first version was made
    int versions = 0;       // how many versions the thread has
    bool diverged = false;  // two versions were made from the same parent (both are kept)
    qsizetype position = 0; // where its first version is in `records` (store order)
};

// Newest first by when each thread was first written; threads begun at the same moment in
// the reverse of the order they were stored.
QList<ThreadHead> threadHeads(const QList<Record> &records);

} // namespace dit
