#pragma once

#include "BackupFormat.h"
#include "crypto/SecretBytes.h"

#include <functional>

class QIODevice;

namespace dit::backup {

// The key the stream is encrypted with: Argon2id of the backup passphrase with the header's
// parameters.
Result<SecretBytes> streamKeyFor(const Header &header, const SecretBytes &passphrase);

// Writes a whole backup file's bytes to `fd`: the prefix, the stream header, the first message
// (the inner database's key and the manifest), the check, then `databaseFile` in chunks, the
// last tagged FINAL. Returns the BLAKE2b-256 of the database bytes it encrypted.
Result<QByteArray> writeStream(int fd, const Header &header, const SecretBytes &streamKey,
                               const SecretBytes &innerKey, const Manifest &manifest,
                               const QString &databaseFile);

struct Opened
{
    SecretBytes innerKey;
    Manifest manifest;
    QByteArray databaseDigest; // BLAKE2b-256 of the database bytes decrypted
};

// Reads and authenticates a whole backup from `in`, writing the inner database (still
// encrypted by SQLCipher under the inner key) to `databaseOut` if given. Refuses anything not
// exactly as written: wrong magic, a changed header, a cut-off or reordered stream, bytes after
// the end. `keyFor` turns the header into the stream key (the passphrase's Argon2id, or a
// known key for the fuzzer and the read-back check).
using KeyForHeader = std::function<Result<SecretBytes>(const Header &)>;
Result<Opened> readStream(QIODevice &in, const KeyForHeader &keyFor, QIODevice *databaseOut);

} // namespace dit::backup
