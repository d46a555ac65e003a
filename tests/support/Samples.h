#pragma once

#include "storage/Store.h"

#include <QStringList>

namespace dit::test {

// Every kind of record the app keeps (all are rows in `records`): form responses, course
// details, the focus, notes, letters and highlights.
const QStringList &recordKinds();

// Adds realistic content of every kind, each text carrying `marker`: one record per kind, a
// second version of the letter, a therapist's record about a patient, two drafts and two
// settings. Returns how many records it added.
int addSampleContent(Store &store, const QString &marker = QStringLiteral("sample"));

// Adds `count` notes of about `bytes` each, so a store spans many pages.
void addBulk(Store &store, int count, int bytes = 1000);

// Everything a person entered, comparable across stores: records (every column but the
// local row number), drafts and settings, one line each, sorted.
QStringList contentOf(Database &db);

} // namespace dit::test
