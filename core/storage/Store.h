#pragma once

#include "Database.h"
#include "RecordStore.h"
#include "Settings.h"
#include "common/Clock.h"
#include "crypto/SecretBytes.h"

#include <QString>

#include <memory>

namespace dit {

class BackgroundCheck;

enum class Role { Patient, Therapist };
QString roleName(Role role);
bool roleFromName(const QString &name, Role *role);

// An unlocked profile: the open database and the key that opened it. Destroying it
// closes the database and wipes the key (that is what "lock" means).
class Store
{
public:
    Store(std::unique_ptr<Database> db, SecretBytes databaseKey, const Clock &clock);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    Database &database() { return *m_db; }
    RecordStore &records() { return m_records; }
    Settings &settings() { return m_settings; }
    const Clock &clock() const { return m_clock; }

    QString profileId() const { return m_profileId; }
    QString deviceId() const { return m_deviceId; }
    Role role() const { return m_role; }
    const SecretBytes &databaseKey() const { return m_key; }

    // Opened for reading only, because the store or its folder cannot be written (a full disk,
    // a read-only file or folder): everything can be read and nothing saved until it is
    // opened again with room to write (docs/ARCHITECTURE.md). The reason is in plain words
    // that finish "Saving is paused: …" ("there is not enough free space on this device");
    // which of the two it is tells the app what to advise (free some space, or make the
    // folder writable).
    enum class Pause { None, NoRoom, ReadOnly };
    bool savingPaused() const { return m_pause != Pause::None; }
    Pause savingPausedBy() const { return m_pause; }
    QString savingPausedReason() const { return m_savingPausedReason; }
    void setSavingPaused(Pause why, const QString &reason = {})
    {
        m_pause = why;
        m_savingPausedReason = why != Pause::None ? reason : QString();
    }

    // The store's integrity check still under way or done in the background, when it was opened
    // before the check (Profile::unlock with IntegrityCheck::InBackground); null when it was
    // checked before opening. Writes wait for it (Database::holdWritesUntil).
    void adoptCheck(std::unique_ptr<BackgroundCheck> check);
    BackgroundCheck *backgroundCheck() { return m_check.get(); }

private:
    std::unique_ptr<Database> m_db;
    SecretBytes m_key;
    const Clock &m_clock;
    QString m_profileId;
    QString m_deviceId;
    Role m_role = Role::Patient;
    Pause m_pause = Pause::None;
    QString m_savingPausedReason;
    Settings m_settings;
    RecordStore m_records;
    std::unique_ptr<BackgroundCheck> m_check; // stopped before the database closes
};

} // namespace dit
