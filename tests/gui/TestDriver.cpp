#include "TestDriver.h"

#include "A11yProbe.h"
#include "PageKeys.h"
#include "Samples.h"
#include "TestSupport.h"
#include "caseload/PatientStore.h"
#include "course/CourseStore.h"
#include "demo/DemoData.h"
#include "handover/Handover.h"
#include "handover/HandoverCode.h"
#include "letters/LetterStore.h"
#include "measures/ClockWatch.h"
#include "testing/RecordingNotifier.h"

#include <QAccessible>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QUrl>

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
    // fromText: the test still holds the passphrase to unlock with (wiping would zero it).
    auto store = m_ctx.profile().create(SecretBytes::fromText(passphrase), role, test::fastKdf());
    if (!store)
        return false;
    store.value().reset();
    m_ctx.switchProfile(m_ctx.profile().directory()); // re-inspect: now locked
    return true;
}

bool TestDriver::unlockWithSavingPaused(const QString &passphrase, const QString &reason,
                                        bool noRoom)
{
    auto store = m_ctx.profile().unlock(SecretBytes::fromText(passphrase));
    if (!store)
        return false;
    store.value()->setSavingPaused(noRoom ? Store::Pause::NoRoom : Store::Pause::ReadOnly, reason);
    m_ctx.openStore(std::move(store.value()));
    return true;
}

void TestDriver::reopenProfile()
{
    m_ctx.switchProfile(m_ctx.profile().directory());
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

bool TestDriver::removeAttemptRecord()
{
    const bool removed = QFile::remove(m_ctx.profile().directory() + QStringLiteral("/attempts"));
    m_ctx.switchProfile(m_ctx.profile().directory());
    return removed;
}

bool TestDriver::copyAttemptRecord()
{
    m_attemptRecordCopy = test::readFile(m_ctx.profile().directory() + QStringLiteral("/attempts"));
    return !m_attemptRecordCopy.isEmpty();
}

bool TestDriver::putBackAttemptRecord()
{
    if (m_attemptRecordCopy.isEmpty())
        return false;
    test::writeFile(m_ctx.profile().directory() + QStringLiteral("/attempts"), m_attemptRecordCopy);
    m_ctx.switchProfile(m_ctx.profile().directory());
    return true;
}

bool TestDriver::keystoreHasAttemptCopy() const
{
    auto keyFile = KeyFile::read(m_ctx.profile().keyFilePath());
    return keyFile &&
           m_keystore.contains(QStringLiteral("attempts/") + keyFile.value().profileId());
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

bool TestDriver::fillDemo(const QString &stageName)
{
    Store *store = m_ctx.store();
    demo::Stage stage;
    if (!store || !demo::stageFromName(stageName, &stage))
        return false;
    const bool ok = demo::fill(*store, m_clock.now(), stage).ok();
    m_ctx.notifyRecordsChanged(QString::fromLatin1(LetterStore::kKind)); // the letter views
    return ok;
}

QString TestDriver::draftText(const QString &key) const
{
    Store *store = m_ctx.store();
    if (!store)
        return {};
    auto stmt = store->database().prepare("SELECT body FROM drafts WHERE key = ?");
    if (!stmt)
        return {};
    stmt.value().bind(1, key);
    return stmt.value().next() ? stmt.value().text(0) : QString();
}

QString TestDriver::recordBody(const QString &id) const
{
    Store *store = m_ctx.store();
    auto rec = store ? store->records().get(id) : Result<Record>(Error{});
    return rec ? QString::fromUtf8(QJsonDocument(rec.value().body).toJson(QJsonDocument::Compact))
               : QString();
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

bool TestDriver::keepServerTime(const QString &utcDateTime)
{
    Store *store = m_ctx.store();
    return store && ClockWatch(store->settings(), m_clock)
                        .rememberServerTime(QDateTime::fromString(utcDateTime, Qt::ISODate));
}

int TestDriver::recordCount(const QString &kind) const
{
    Store *store = m_ctx.store();
    // Every subject: a therapist's records are about their patients.
    auto all = store ? store->records().listOfEverySubject(kind) : Result<QList<Record>>(Error{});
    return all ? int(all.value().size()) : -1;
}

QString TestDriver::letterVersionId(const QString &letterId) const
{
    Store *store = m_ctx.store();
    if (!store)
        return {};
    auto v = LetterStore(store->records()).currentVersion(letterId);
    return v ? v.value().record.id : QString();
}

} // namespace dit

namespace dit {

QString TestDriver::outsidePath(const QString &name) const
{
    return m_outside.filePath(name);
}

bool TestDriver::fileExists(const QString &path) const
{
    return QFileInfo::exists(path);
}

bool TestDriver::profileFolderExists() const
{
    return QFileInfo::exists(m_ctx.profile().directory());
}

int TestDriver::addSampleContent(const QString &marker)
{
    Store *store = m_ctx.store();
    return store ? test::addSampleContent(*store, marker) : -1;
}

int TestDriver::recordCount() const
{
    Store *store = m_ctx.store();
    if (!store)
        return -1;
    auto stmt = store->database().prepare("SELECT count(*) FROM records");
    return stmt && stmt.value().next() ? int(stmt.value().integer(0)) : -1;
}

void TestDriver::damageStore()
{
    m_ctx.closeStore();
    QByteArray bytes = test::readFile(m_ctx.profile().databasePath());
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
    test::writeFile(m_ctx.profile().databasePath(), bytes);
    m_ctx.switchProfile(m_ctx.profile().directory());
}

void TestDriver::screenshot(QObject *item, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIT_QML_SCREENSHOTS");
    auto *quickItem = qobject_cast<QQuickItem *>(item);
    if (dir.isEmpty() || !quickItem)
        return;
    QDir().mkpath(dir);
    auto grab = quickItem->grabToImage();
    if (!grab)
        return;
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    connect(grab.data(), &QQuickItemGrabResult::ready, this,
            [grab, file] { grab->saveToFile(file); });
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

void TestDriver::setAccessibilityActive(bool active)
{
    QAccessible::setActive(active);
}

QStringList TestDriver::accessibilityProblems(QQuickItem *root) const
{
    return a11y::problems(root);
}

QString TestDriver::accessibleName(QQuickItem *item) const
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->text(QAccessible::Name) : QString();
}

bool TestDriver::accessiblePasswordEdit(QQuickItem *item) const
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface && iface->state().passwordEdit;
}

// Everything the open store holds as text (records and drafts): the person's, not the app's.
QStringList TestDriver::untranslatedTexts(QQuickItem *root) const
{
    QStringList stored;
    if (Store *store = m_ctx.store()) {
        auto stmt =
            store->database().prepare("SELECT body FROM records UNION ALL SELECT body FROM drafts");
        while (stmt && stmt.value().next())
            stored << stmt.value().text(0);
    }
    return a11y::untranslated(root, a11y::contentText(stored));
}

QStringList TestDriver::pageKeys(const QString &articleId) const
{
    return dit::pageKeys(articleId);
}

QVariantMap TestDriver::makeHandoverFileFor(const QString &label)
{
    test::TempProfile tablet;
    auto therapist = tablet.create("therapist passphrase", Role::Therapist);
    if (!therapist || !demo::fillCaseload(*therapist, m_clock.now()))
        return {};
    auto patient = PatientStore(therapist->records()).resolve(label);
    if (!patient)
        return {};
    const QString path = outsidePath(QStringLiteral("handover%1.dithandover").arg(++m_counter));
    auto exported = handover::exportFile(*therapist, patient.value().id, handover::Choice(), path,
                                         test::fastKdf());
    if (!exported)
        return {};
    return {{QStringLiteral("path"), QUrl::fromLocalFile(path)},
            {QStringLiteral("code"), handover::grouped(exported.value().code)}};
}

QVariantMap TestDriver::makeHandoverFileFromAPhone()
{
    test::TempProfile phone;
    auto patient = phone.create("patient passphrase", Role::Patient);
    if (!patient)
        return {};
    const QString path = outsidePath(QStringLiteral("handover%1.dithandover").arg(++m_counter));
    auto exported = handover::exportFile(*patient, {}, handover::Choice(), path, test::fastKdf());
    if (!exported)
        return {};
    return {{QStringLiteral("path"), QUrl::fromLocalFile(path)},
            {QStringLiteral("code"), handover::grouped(exported.value().code)}};
}

} // namespace dit
