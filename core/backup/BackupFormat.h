#pragma once

#include "common/Result.h"
#include "crypto/PassphraseKdf.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QIODevice;

namespace dit::backup {

// The backup file format, version 1 (docs/SECURITY.md, "Backup file format"):
//
//   prefix   magic (8) | format version (u16 BE) | header length (u32 BE) | header (JSON)
//   stream   crypto_secretstream_xchacha20poly1305 header (24)
//   message  u32 BE length | ciphertext        the inner database key and the manifest
//   check    BLAKE2b-256 of everything above   (unkeyed: tells damage from a wrong passphrase)
//   messages u32 BE length | ciphertext ...    the inner database, in chunks; the last is FINAL
//
// Every message carries the whole prefix as associated data, so editing the KDF parameters
// or the chunk size makes the file fail to open instead of weakening it.
inline constexpr char kMagic[8] = {'\x89', 'D', 'I', 'T', 'C', '\r', '\n', '\x1a'};
inline constexpr int kFormatVersion = 1;
inline constexpr int kMaxHeaderBytes = 4096;
inline constexpr int kDefaultChunkBytes = 64 * 1024;
inline constexpr int kMinChunkBytes = 1024;
inline constexpr int kMaxChunkBytes = 1024 * 1024;
inline constexpr int kMaxFirstMessageBytes = 64 * 1024;
inline constexpr int kCheckBytes = 32;
inline constexpr int kInnerKeyBytes = 32;
inline constexpr char kFileSuffix[] = ".ditbackup";

struct Header
{
    KdfParams kdf;
    int chunkBytes = kDefaultChunkBytes;

    // The whole clear prefix: magic, version, length and the header JSON.
    QByteArray serialize() const;
    // Reads exactly the prefix from `in`; `prefix` receives its bytes (the associated data).
    static Result<Header> read(QIODevice &in, QByteArray *prefix);
};

// What a backup says about itself, inside the encryption.
struct Manifest
{
    QString profileId;
    QString deviceId; // the device the backup was made on
    QString role;
    QString appVersion;
    QDateTime createdAt;
    int schemaVersion = 0;
    qint64 databaseBytes = 0;
    qint64 records = 0;
    qint64 drafts = 0;

    QByteArray toJson() const;
    static Result<Manifest> fromJson(QByteArrayView json);
};

// Errors every reader gives, in plain words.
Error notABackup();
Error damagedBackup(const QString &why);
Error wrongBackupPassphrase();

} // namespace dit::backup
