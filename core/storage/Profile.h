#pragma once

#include "AtomicFile.h"
#include "KeyFile.h"
#include "Store.h"
#include "UnlockThrottle.h"
#include "common/Clock.h"
#include "crypto/PassphraseKdf.h"

#include <QString>

#include <memory>

namespace dit {

// A profile folder on disk: the wrapped key file, the encrypted store, and the unlock
// attempt counter. Never overwrites or replaces files that failed to open.
class Profile
{
public:
    enum class State {
        Missing, // nothing here yet: offer to create a profile
        Ready,   // key file and store present: ask for the passphrase
        Damaged, // something is missing or unreadable: say what, offer restore
    };
    struct Inspection
    {
        State state = State::Missing;
        QString problem; // for Damaged: what is wrong, in plain words
    };

    Profile(QString directory, const Clock &clock);

    Inspection inspect() const;

    // `schemaVersion` is for the fixture maker (tests/tools): real profiles are made at the
    // latest version.
    Result<std::unique_ptr<Store>> create(const SecretBytes &passphrase, Role role,
                                          const KdfParams &kdf = KdfParams::recommended(),
                                          int schemaVersion = -1);
    Result<std::unique_ptr<Store>> unlock(const SecretBytes &passphrase);
    Result<std::unique_ptr<Store>> unlockWithKeystoreKey(const SecretBytes &keystoreKey);

    // Re-wraps the database key under a new passphrase; the store is not re-encrypted.
    // The key file is replaced atomically, so a kill at any point leaves the old or the new
    // passphrase working. `fault` lets tests stop the write at each step.
    Status changePassphrase(const SecretBytes &oldPassphrase, const SecretBytes &newPassphrase,
                            const KdfParams &kdf = KdfParams::recommended(),
                            const FaultInjector &fault = {});

    // Quick unlock: the database key is also wrapped under `keystoreKey`, which the caller
    // keeps in the platform keystore.
    Status enableQuickUnlock(const Store &store, const SecretBytes &keystoreKey);
    Status disableQuickUnlock();
    bool hasQuickUnlock() const;

    qint64 secondsUntilNextAttempt() const { return m_throttle.secondsRemaining(); }

    QString directory() const { return m_dir; }
    QString keyFilePath() const;
    QString databasePath() const;

private:
    QString creationMarkerPath() const;
    void removeIncompleteCreation();
    Result<std::unique_ptr<Store>> openStore(const KeyFile &keyFile, SecretBytes databaseKey);
    Result<SecretBytes> checkPassphrase(const KeyFile &keyFile, const SecretBytes &passphrase);
    Status writeKeyFile(const KeyFile &keyFile, const FaultInjector &fault = {});

    QString m_dir;
    const Clock &m_clock;
    UnlockThrottle m_throttle;
};

} // namespace dit
