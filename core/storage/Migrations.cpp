#include "Migrations.h"

#include "common/Logging.h"
#include "migrations/Migrations.h"

#include <QCoreApplication>

namespace dit {

const std::vector<Migration> &allMigrations()
{
    // Append only. Never edit a migration once it has shipped: write a new one, and a
    // fixture test for it (tests/core/tst_migrations.cpp).
    static const std::vector<Migration> list = {
        {1, "records, settings and profile metadata", &migrations::m0001Initial},
        {2, "drafts autosaved while a person types", &migrations::m0002Drafts},
        {3, "sync pairs, device keys and checkpoints", &migrations::m0003Sync},
        {4, "sync device roles, record numbers and pair warnings", &migrations::m0004SyncTrust},
        {5, "when the other device of a pair confirmed the check words",
         &migrations::m0005PeerConfirmation},
        {6, "an index of the answers flagged at risk", &migrations::m0006RiskIndex},
        {7, "the sync bundle each record was sent in", &migrations::m0007SyncBundles},
    };
    return list;
}

int latestSchemaVersion()
{
    return allMigrations().back().version;
}

Status migrate(Database &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    auto current = db.userVersion();
    if (!current)
        return current.error();
    if (current.value() > latestSchemaVersion())
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "Storage", "This profile was made by a newer version of DIT "
                                        "Companion. Please update the app to open it."));
    // Every pending migration in one transaction: a kill or a full disk half-way through a
    // jump of several versions leaves the store exactly as it was, not at a version between.
    if (current.value() >= target)
        return {};
    return db.transaction([&]() -> Status {
        for (const Migration &m : allMigrations()) {
            if (m.version <= current.value() || m.version > target)
                continue;
            qCInfo(lcStorage) << "migrating store to schema" << m.version << m.description;
            if (Status applied = m.apply(db); !applied)
                return applied;
            if (Status bumped = db.setUserVersion(m.version); !bumped)
                return bumped;
        }
        return {};
    });
}

} // namespace dit
