#include "TestDriver.h"

#include "TestSupport.h"

#include <QFile>

namespace dit {

TestDriver::TestDriver(AppContext &context, ManualClock &clock, MemoryKeystore &keystore)
    : m_ctx(context), m_clock(clock), m_keystore(keystore)
{
    connect(&m_ctx, &AppContext::storeOpened, this, &TestDriver::storeOpenChanged);
    connect(&m_ctx, &AppContext::storeClosed, this, &TestDriver::storeOpenChanged);
}

void TestDriver::freshProfile()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ctx.switchProfile(m_dir->filePath(QStringLiteral("profile%1").arg(++m_counter)));
}

bool TestDriver::lockedProfile(const QString &passphrase, const QString &roleText)
{
    freshProfile();
    Role role = Role::Patient;
    roleFromName(roleText, &role);
    QString copy = passphrase;
    auto store = m_ctx.profile().create(SecretBytes::fromPassphrase(copy), role, test::fastKdf());
    if (!store)
        return false;
    store.value().reset();
    m_ctx.switchProfile(m_ctx.profile().directory()); // re-inspect: now locked
    return true;
}

void TestDriver::advanceClock(int seconds)
{
    m_clock.advanceSeconds(seconds);
}

void TestDriver::damageKeyFile()
{
    test::writeFile(m_ctx.profile().keyFilePath(), "{ not a key file");
    m_ctx.switchProfile(m_ctx.profile().directory());
}

void TestDriver::setKeystoreAvailable(bool available)
{
    m_keystore.available = available;
}

bool TestDriver::keystoreHasEntries() const
{
    Store *store = m_ctx.store();
    return store && m_keystore.contains(QStringLiteral("quick-unlock/") + store->profileId());
}

QString TestDriver::setting(const QString &key) const
{
    Store *store = m_ctx.store();
    return store ? store->settings().value(key) : QString();
}

} // namespace dit
