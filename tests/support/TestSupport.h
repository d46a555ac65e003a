#pragma once

#include "common/Clock.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/SecretBytes.h"
#include "storage/Profile.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dit::test {

// A passphrase as guarded bytes.
SecretBytes secret(const char *text);

// Cheap KDF parameters: these tests exercise logic, not Argon2's cost.
inline KdfParams fastKdf()
{
    return KdfParams::forTests();
}

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
// SHA-256 of a file's bytes (hex), to prove "nothing on disk changed".
QByteArray fileDigest(const QString &path);
// Digests of every file in a folder, by name.
QMap<QString, QByteArray> folderDigests(const QString &dir);

// A fresh profile in a temporary folder.
struct TempProfile
{
    TempProfile();
    QTemporaryDir dir;
    ManualClock clock;
    QString path() const { return dir.path() + QStringLiteral("/profile"); }
    Profile profile() { return Profile(path(), clock); }
    std::unique_ptr<Store> create(const char *passphrase = "correct horse battery",
                                  Role role = Role::Patient);
};

} // namespace dit::test
