#pragma once

#include "common/Result.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dit {

// The small versioned file that holds the database key, only ever wrapped (encrypted):
// once under a key derived from the passphrase, and optionally under a random key kept in
// the platform keystore for quick unlock. The database key itself never changes when the
// passphrase does. See docs/SECURITY.md for the format.
class KeyFile
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr std::size_t kDatabaseKeyBytes = 32;

    struct Wrap
    {
        QByteArray nonce;
        QByteArray ciphertext; // wrapped database key || tag
    };

    // A new key file for `profileId`, wrapping `databaseKey` under `passphrase`.
    static Result<KeyFile> create(const QString &profileId, const SecretBytes &databaseKey,
                                  const SecretBytes &passphrase, const KdfParams &params);

    static Result<KeyFile> parse(const QByteArray &bytes);
    static Result<KeyFile> read(const QString &path);
    QByteArray serialize() const;

    QString profileId() const { return m_profileId; }
    const KdfParams &kdfParams() const { return m_kdf; }
    bool hasKeystoreWrap() const { return m_keystore.has_value(); }
    // Whether this profile keeps a count of wrong passphrases (`attempts`) from its creation
    // on, so a missing or damaged count is a lost record rather than a fresh start. Bound
    // into the passphrase wrap's associated data: a mark edited out stops the passphrase
    // opening the key file. Key files made before the mark have none until their passphrase
    // is wrapped again (docs/SECURITY.md).
    bool keepsAttemptCount() const { return m_keepsAttemptCount; }

    // WrongPassphrase if the passphrase does not open the wrap.
    Result<SecretBytes> unwrapWithPassphrase(const SecretBytes &passphrase) const;
    Result<SecretBytes> unwrapWithKeystoreKey(const SecretBytes &keystoreKey) const;

    // Re-wraps under a new passphrase (new salt); the keystore wrap is kept. The new wrap
    // carries the attempt-count mark.
    Status rewrapPassphrase(const SecretBytes &databaseKey, const SecretBytes &newPassphrase,
                            const KdfParams &params);
    void setKeystoreWrap(const SecretBytes &databaseKey, const SecretBytes &keystoreKey);
    void clearKeystoreWrap() { m_keystore.reset(); }

private:
    QByteArray passphraseAd() const;
    QByteArray keystoreAd() const;

    QString m_profileId;
    KdfParams m_kdf;
    Wrap m_passphrase;
    std::optional<Wrap> m_keystore;
    bool m_keepsAttemptCount = false;
};

} // namespace dit
