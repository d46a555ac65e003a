#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The names of what a profile folder holds (docs/ARCHITECTURE.md, the profile's files), for
// the files that make, open and clear a profile (Profile*.cpp). Not for use outside storage.
namespace dit::profilefiles {

inline const QString kKeyFile = QStringLiteral("key");
inline const QString kStoreFile = QStringLiteral("store.db");
inline const QString kAttemptsFile = QStringLiteral("attempts");
inline const QString kCreating = QStringLiteral("creating");
// The marker's content: "1" while the store is being built (it holds nothing a person entered
// and may be cleared away); "committing" once the key file is about to be written, after which
// a store without a key file is a lost key, never an unfinished creation (docs/ARCHITECTURE.md).
inline const QByteArray kCreatingBegun = QByteArrayLiteral("1");
inline const QByteArray kCreatingCommitting = QByteArrayLiteral("committing");
inline const QString kWorkPrefix = QStringLiteral(".work-");
// The store's companions: SQLite's write-ahead log and its index, and a rollback journal
// (never used in WAL mode, listed so a wipe leaves nothing whatever happened).
inline const QStringList kStoreSuffixes = {QString(), QStringLiteral("-wal"),
                                           QStringLiteral("-shm"), QStringLiteral("-journal")};

} // namespace dit::profilefiles
