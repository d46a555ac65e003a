// What the backup tests share: a profile filled with every kind of record, a backup of it,
// the content of a restored profile, and a restore that must be refused.
#pragma once

#include "Samples.h"
#include "TestSupport.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "common/Ids.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace dit::test {

inline const char *const kPass = "correct horse battery";
inline const char *const kBackupPass = "backup passphrase here";

class BackupFixture : public QObject
{
protected:
    QTemporaryDir m_out;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};

    QString outPath(const QString &name) const { return m_out.filePath(name); }

    // A profile with content of every kind and enough bulk for several chunks.
    static void fill(test::TempProfile &t, int bulk = 0)
    {
        auto store = t.create(kPass);
        test::addSampleContent(*store);
        if (bulk)
            test::addBulk(*store, bulk);
    }

    Result<backup::Info> makeBackup(test::TempProfile &t, const QString &file,
                                    const backup::CreateOptions &options = {})
    {
        Profile p = t.profile();
        auto store = p.unlock(secret(kPass));
        if (!store)
            return store.error();
        return backup::create(p, store.value()->databaseKey(), file, secret(kBackupPass),
                              test::fastKdf(), QStringLiteral("test"), m_clock, options);
    }

    static QStringList contentOfProfile(const QString &dir, const char *pass)
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Profile p(dir, clock);
        auto store = p.unlock(secret(pass));
        if (!store)
            qFatal("could not open %s: %s", qPrintable(dir), qPrintable(store.error().message));
        return test::contentOf(store.value()->database());
    }

    // A restore that must fail: it leaves no folder behind.
    void expectRestoreRefused(const QString &file, ErrorCode code, const char *pass = kBackupPass)
    {
        const QString target = outPath(QStringLiteral("refused-") + newRandomId());
        Profile p(target, m_clock);
        auto restored = backup::restoreAsNewProfile(p, file, secret(pass), secret("new one here"),
                                                    test::fastKdf(), m_clock);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code, code);
        QVERIFY2(!QFileInfo::exists(target), "a partial profile was left behind");
    }
};

} // namespace dit::test
