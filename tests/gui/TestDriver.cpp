#include "TestDriver.h"

#include "TestSupport.h"
#include "course/CourseStore.h"
#include "testing/RecordingNotifier.h"

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

bool TestDriver::saveCourse(int totalSessions, const QString &firstDate, const QString &time)
{
    Store *store = m_ctx.store();
    if (!store)
        return false;
    Course course;
    course.totalSessions = totalSessions;
    course.firstSession = QDate::fromString(firstDate, Qt::ISODate);
    course.sessionTime = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!CourseStore(store->records()).save(course))
        return false;
    m_ctx.notifyRecordsChanged(QString::fromLatin1(CourseStore::kKind));
    return true;
}

int TestDriver::courseVersions() const
{
    Store *store = m_ctx.store();
    if (!store)
        return -1;
    auto history = CourseStore(store->records()).history();
    return history ? int(history.value().size()) : -1;
}

void TestDriver::setLocalNow(const QString &localDateTime)
{
    m_clock.set(QDateTime::fromString(localDateTime, Qt::ISODate).toUTC());
}

int TestDriver::recordCount(const QString &kind) const
{
    Store *store = m_ctx.store();
    if (!store)
        return -1;
    auto all = store->records().list(kind);
    return all ? int(all.value().size()) : -1;
}

namespace {
RecordingNotifier *recording(AppContext &ctx)
{
    return dynamic_cast<RecordingNotifier *>(ctx.notifier());
}
} // namespace

int TestDriver::pendingReminders() const
{
    RecordingNotifier *n = recording(m_ctx);
    return n ? int(n->pending().size()) : -1;
}

QString TestDriver::firstReminderText() const
{
    RecordingNotifier *n = recording(m_ctx);
    return n && !n->pending().isEmpty() ? n->pending().first().body : QString();
}

int TestDriver::shownReminders() const
{
    RecordingNotifier *n = recording(m_ctx);
    return n ? int(n->shown().size()) : -1;
}

void TestDriver::setRemindersAvailable(bool available)
{
    if (RecordingNotifier *n = recording(m_ctx))
        n->available = available;
}

} // namespace dit
