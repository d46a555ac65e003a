#pragma once

#include "AtomicFile.h"
#include "KeyFile.h"
#include "Store.h"
#include "UnlockThrottle.h"
#include "common/Clock.h"
#include "crypto/PassphraseKdf.h"

#include <QString>

#include <functional>
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
    // Where the store's page-by-page integrity check runs (docs/ARCHITECTURE.md, "Opening a
    // profile"). BeforeOpening: before the store is returned (ditc, backups, the tests'
    // default). InBackground (the app): on its own read-only connection while the store is in
    // use, every write held until it has passed (Store::backgroundCheck); still before opening
    // where the store must be migrated, was not closed cleanly (its WAL holds pages, which get
    // the thorough check) or cannot be written. Every other check runs before opening either way.
    enum class IntegrityCheck { BeforeOpening, InBackground };
    Result<std::unique_ptr<Store>> unlock(const SecretBytes &passphrase,
                                          IntegrityCheck check = IntegrityCheck::BeforeOpening);
    Result<std::unique_ptr<Store>>
    unlockWithKeystoreKey(const SecretBytes &keystoreKey,
                          IntegrityCheck check = IntegrityCheck::BeforeOpening);

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

    qint64 secondsUntilNextAttempt() const;
    // The wait under way began because the count of wrong passphrases was missing or damaged
    // (UnlockThrottle), which the lock screen says in its own words.
    bool attemptRecordLost() const;

    // The platform keystore, which keeps a copy of the count of wrong passphrases out of reach
    // of whoever can put back an older copy of the file (UnlockThrottle, docs/SECURITY.md); it
    // is called on `context`'s thread. Without one the file alone counts, as before.
    void useKeystore(Keystore *keystore, QObject *context);
    // Loads this profile's copy from the keystore before a try is judged; `done` runs once it
    // is known or known to be unavailable (at once without a keystore).
    void loadAttemptCopy(std::function<void()> done);
    // The copy's writes not yet answered by the keystore (ditc waits for them before it exits).
    bool attemptCopyWritesPending() const;

    // Runs every check unlock() runs before it opens the store (integrity, the WAL belongs to
    // the store, the key file matches) without writing anything or folding in the WAL, so
    // the folder stays exactly as found: for the crash tests, after each kill.
    Status checkReadOnly(const SecretBytes &passphrase);

    // Checks the passphrase without opening the store (asked again before a backup is made);
    // a wrong one counts towards the attempt limit like a failed unlock.
    Status verifyPassphrase(const SecretBytes &passphrase);

    // Moves the whole folder, untouched, to a new name beside it
    // (`<folder>.set-aside-<UTC time>`) so a backup can be restored in its place while the
    // damaged files are kept for whoever may help. Returns the folder they are now in.
    Result<QString> setAside();

    // Deletes the profile. The keys go first: the key file (and any temporary copy of it) is
    // overwritten with random bytes, flushed and removed, and the folder flushed; without
    // it, what is left is ciphertext nobody can open. Then the store, its WAL and index, the
    // attempt counter and work files are removed, and the folder if nothing else is in it; the
    // keystore's copy of the count (useKeystore) is removed with the keys.
    // Only files this app makes are touched. `fault` lets tests stop after a step.
    enum class WipeStep { KeyDestroyed, FilesRemoved };
    Status wipe(const std::function<bool(WipeStep)> &fault = {});

    // Making a profile from something other than nothing (a backup), through the same commit
    // protocol as create(): beginCreation() makes the folder and the `creating` marker;
    // commitCreation() writes the key file, the commit point; until then abandonCreation()
    // (or the next create) removes everything made, so no partial profile is left behind.
    Status beginCreation();
    Result<std::unique_ptr<Store>> commitCreation(std::unique_ptr<Database> db,
                                                  SecretBytes databaseKey, const QString &profileId,
                                                  const SecretBytes &passphrase,
                                                  const KdfParams &kdf);
    void abandonCreation();

    // A fresh name for a short-lived work file in the profile folder (an encrypted database
    // being built for a backup or restore). Left-overs older than an hour are removed the
    // next time the profile is opened.
    QString newWorkFilePath(const QString &purpose) const;

    // The store opened for reading only, writing nothing beside it where it cannot (the
    // store file alone where SQLite's index cannot be made and the WAL holds nothing).
    // `attached`: Writable lets a backup attach its work copy to the connection.
    Result<std::unique_ptr<Database>>
    openForReading(const SecretBytes &databaseKey, bool fileAloneIfPossible,
                   Database::Attached attached = Database::Attached::ReadOnly) const;

    QString directory() const { return m_dir; }
    QString keyFilePath() const;
    QString databasePath() const;

    // For tests: called inside the store check's read transaction, to widen the race with
    // another process's commit; BackgroundCheckBegins on the background check's thread.
    enum class CheckStep { Began, PagesCounted, BackgroundCheckBegins };
    void setCheckHookForTests(std::function<void(CheckStep)> hook)
    {
        m_checkHook = std::move(hook);
    }

private:
    QString creationMarkerPath() const;
    bool creationUnfinished() const;
    // `ours`: this process began the creation, so it knows the key file was never written.
    void removeIncompleteCreation(bool ours = false);
    void removeStaleWorkFiles() const;
    // `integrityLater`: given, the integrity check is left to the caller where it may run in
    // the background (IntegrityCheck), and set true when it was.
    Status checkStore(const KeyFile &keyFile, const SecretBytes &databaseKey,
                      bool *integrityLater = nullptr) const;
    Result<std::unique_ptr<Store>> openStore(const KeyFile &keyFile, SecretBytes databaseKey,
                                             IntegrityCheck check);
    Result<SecretBytes> checkPassphrase(const KeyFile &keyFile, const SecretBytes &passphrase);
    Status writeKeyFile(const KeyFile &keyFile, const FaultInjector &fault = {});
    const UnlockThrottle &throttle() const; // with its owner read from the key file
    void markAttemptCountKept(const KeyFile &unlocked, const SecretBytes &databaseKey,
                              const SecretBytes &passphrase);

    QString m_dir;
    const Clock &m_clock;
    mutable UnlockThrottle m_throttle; // its owner follows the key file (throttle())
    std::function<void(CheckStep)> m_checkHook;
    bool m_madeFolder = false; // beginCreation() made the folder, so abandoning removes it
};

} // namespace dit
