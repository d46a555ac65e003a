#include "Store.h"

#include "BackgroundCheck.h"

namespace dit {

QString roleName(Role role)
{
    return role == Role::Therapist ? QStringLiteral("therapist") : QStringLiteral("patient");
}

bool roleFromName(const QString &name, Role *role)
{
    if (name == QStringLiteral("patient"))
        *role = Role::Patient;
    else if (name == QStringLiteral("therapist"))
        *role = Role::Therapist;
    else
        return false;
    return true;
}

namespace {
QString metaValue(Database &db, const char *key)
{
    return Meta(db).value(QString::fromLatin1(key));
}
} // namespace

Store::Store(std::unique_ptr<Database> db, SecretBytes databaseKey, const Clock &clock)
    : m_db(std::move(db)), m_key(std::move(databaseKey)), m_clock(clock),
      m_profileId(metaValue(*m_db, "profile_id")), m_deviceId(metaValue(*m_db, "device_id")),
      m_settings(*m_db), m_records(*m_db, m_deviceId, clock)
{
    roleFromName(metaValue(*m_db, "role"), &m_role);
    // A therapist's store holds a whole caseload (8.7 MiB at 200 patients in 1 KiB pages):
    // a page cache of 32 MiB that it fits in, so its pages are read and decrypted once, not
    // again on every refresh of the list (docs/PERFORMANCE.md). Memory is taken only as pages
    // are read. A patient's store keeps SQLite's default of 2 MiB.
    if (m_role == Role::Therapist)
        (void)m_db->exec("PRAGMA cache_size = -32768;");
}

void Store::adoptCheck(std::unique_ptr<BackgroundCheck> check)
{
    m_check = std::move(check);
}

Store::~Store()
{
    m_check.reset(); // its connection reads the store: stopped first
    m_db.reset();    // close before the key goes
    m_key.wipe();
}

} // namespace dit
