#pragma once

#include "BackupFormat.h"
#include "common/Clock.h"
#include "crypto/SecretBytes.h"
#include "storage/AtomicFile.h"
#include "storage/Profile.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace dit::backup {

// What a backup holds, as read back from it (or as written).
struct Info
{
    Manifest manifest;
};

// Makes a backup of the profile's store into `destination`, protected by `passphrase`.
// The store is copied with sqlcipher_export into a work database in the profile folder that
// is itself encrypted under a fresh random key (so no plaintext is ever on disk); that copy is
// integrity-checked, encrypted into a temporary file beside `destination`, read back and
// checked, flushed, and only then moved into place. A failure at any point (a full disk, a
// kill) leaves `destination` as it was. `databaseKey` is a copy of the open store's key: this
// runs off the UI thread with its own connection while the app may lock.
struct CreateOptions
{
    bool replace = false; // replace an existing file at `destination` (atomically)
    FaultInjector fault;  // tests: stop the write of the file at a step
};
// Removes what a backup killed while writing left in `folder`: hidden `.NAME.tmp-<id>` files
// that are unmistakably ours (empty, or starting with a backup's magic) and, of a store that
// could not be written, its work copy `.NAME.work-<id>` (and its `-journal`), all older than
// this process. Called before each backup is written there. Returns how many went.
int removeLeftoverTemporaries(const QString &folder);

Result<Info> create(const Profile &profile, const SecretBytes &databaseKey,
                    const QString &destination, const SecretBytes &passphrase, const KdfParams &kdf,
                    const QString &appVersion, const Clock &clock,
                    const CreateOptions &options = {});

// Reads the whole backup, checks every part and the integrity of the database inside it,
// without changing anything. `workDir` holds the still-encrypted copy while it is checked.
Result<Info> verify(const QString &file, const SecretBytes &passphrase, const QString &workDir);

// Makes a new profile in `profile`'s folder (which must not hold one) from the backup: every
// record, draft and setting, the role and the profile id. The restored profile is a new
// device: it gets a new device id and drops whatever was bound to the old device (meta keys
// `device_*`), and it is locked with `newPassphrase` under a new database key. Nothing is
// left behind if it fails.
Result<std::unique_ptr<Store>> restoreAsNewProfile(Profile &profile, const QString &file,
                                                   const SecretBytes &passphrase,
                                                   const SecretBytes &newPassphrase,
                                                   const KdfParams &kdf, const Clock &clock);

// Brings a backup into an existing profile without changing or removing anything in it:
// records it does not have are added (records are immutable and have ids, so this is a union);
// a draft is taken only if newer than this profile's draft with the same key; settings only
// where this profile has none. All in one transaction. A backup from a profile of the other
// role is refused; so is one of another profile (another person's) unless `addOtherProfile`
// says the person chose to add it, and then `fromOtherProfile` says it was (`refusedAsOther`,
// if given, tells that refusal from the others).
struct MergeResult
{
    Info info;
    qint64 recordsAdded = 0;
    qint64 draftsAdded = 0;
    qint64 settingsAdded = 0;
    bool fromOtherProfile = false;
};
Result<MergeResult> merge(const Profile &profile, const SecretBytes &databaseKey,
                          const QString &file, const SecretBytes &passphrase,
                          bool addOtherProfile = false, bool *refusedAsOther = nullptr);

// The tables merge() brings in, and those it leaves alone on purpose. A migration that adds
// a table must put it in one list (tst_backup checks every table is in one).
const QStringList &mergedTables();
const QStringList &unmergedTables();

} // namespace dit::backup
