// Every schema version has a migration, and each migration is tested by opening a committed
// fixture of the version before it (tests/fixtures/schema-vN, made by tests/tools/make_fixture).
#include "TestSupport.h"
#include "storage/Migrations.h"
#include "sync/PairStore.h"

#include <QDir>
#include <QTest>

using namespace dit;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static QString fixture(int version)
    {
        return QStringLiteral(DIT_FIXTURES_DIR "/schema-v%1").arg(version);
    }

private Q_SLOTS:
    void versionsAreContiguous()
    {
        int expected = 1;
        for (const Migration &m : allMigrations())
            QCOMPARE(m.version, expected++);
    }

    // A new migration without a fixture of the version before it fails here.
    void everyOlderVersionHasAFixture()
    {
        for (int v = 1; v < latestSchemaVersion(); ++v) {
            QVERIFY2(QFile::exists(fixture(v) + QStringLiteral("/key")), qPrintable(fixture(v)));
            QVERIFY2(QFile::exists(fixture(v) + QStringLiteral("/store.db")),
                     qPrintable(fixture(v)));
        }
    }

    void fixturesMigrateToLatest_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void fixturesMigrateToLatest()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("profile"));
        QDir().mkpath(copy);
        // Every file of the fixture: a profile made by the code of schema 5's time also keeps
        // its record of wrong passphrases ("attempts"), which unlocking insists on.
        for (const QString &name : QDir(fixture(version)).entryList(QDir::Files))
            QVERIFY(QFile::copy(fixture(version) + QLatin1Char('/') + name,
                                copy + QLatin1Char('/') + name));
        for (const QString &name : QDir(copy).entryList(QDir::Files))
            QFile::setPermissions(copy + QLatin1Char('/') + name,
                                  QFile::ReadOwner | QFile::WriteOwner);

        ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        Profile profile(copy, clock);
        const QByteArray pass = QStringLiteral("fixture passphrase v%1").arg(version).toUtf8();
        auto store = profile.unlock(SecretBytes::copyOf(pass));
        QVERIFY2(store, qPrintable(store.error().message));
        Store &s = *store.value();
        QCOMPARE(s.database().userVersion().value(), latestSchemaVersion());
        QVERIFY(s.database().checkIntegrity(true));

        // The fixture's contents survived.
        auto notes = s.records().list(QStringLiteral("note"));
        QVERIFY(notes);
        QCOMPARE(notes.value().size(), 2);
        QCOMPARE(notes.value().at(1).parent, notes.value().at(0).id);
        QCOMPARE(notes.value().at(1).body.value(QStringLiteral("text")).toString(),
                 QStringLiteral("fixture note, edited"));
        QCOMPARE(s.settings().value(QStringLiteral("autolock")), QStringLiteral("7"));
        QCOMPARE(s.role(), Role::Patient);

        // What later migrations added is usable.
        QVERIFY(s.database().exec("INSERT INTO drafts (key, kind, body, updated_at) "
                                  "VALUES ('k', 'form', '{}', 0);"));
        QVERIFY(s.database().exec("INSERT INTO sync_pairs (id, server_url, pair_key, created_at, "
                                  "session) VALUES ('p', 'https://x', x'00', 0, 's');"));
        QVERIFY(s.database().exec("INSERT INTO sync_docs (pair_id, doc_id, record_id, origin) "
                                  "VALUES ('p', 'd', 'r', 'sent');"));
        // Migration 5: when the other device confirmed the check words (from its signed
        // confirmation), empty until then.
        QVERIFY(s.database().exec("INSERT INTO sync_devices (pair_id, device_id, public_key) "
                                  "VALUES ('p', 'other', x'00');"));
        sync::PairStore pairs(s);
        QVERIFY(!pairs.peerConfirmedAt(QStringLiteral("p"), QStringLiteral("other")));
        const QDateTime there(QDate(2026, 5, 30), QTime(14, 5), Qt::UTC);
        QVERIFY(pairs.setPeerConfirmed(QStringLiteral("p"), QStringLiteral("other"), there));
        QCOMPARE(pairs.peerConfirmedAt(QStringLiteral("p"), QStringLiteral("other")), there);
        // Migration 6: the answers flagged at risk have an index of their own.
        auto index = s.database().prepare(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'records_at_risk'");
        QVERIFY(index && index.value().next());
        QCOMPARE(index.value().integer(0), 1);
        // Migration 7: a record sent keeps the bundle it went in (none for those before).
        QCOMPARE(pairs.sentAs(QStringLiteral("p"), QStringLiteral("d")).value().bundle, QString());
        QVERIFY(pairs.addDoc(QStringLiteral("p"), QStringLiteral("d2"), QStringLiteral("r2"),
                             "sent", QStringLiteral("me"), 1, QStringLiteral("bundle:b")));
        QCOMPARE(pairs.sentAs(QStringLiteral("p"), QStringLiteral("d2")).value().bundle,
                 QStringLiteral("bundle:b"));
        QCOMPARE(pairs.sentAs(QStringLiteral("p"), QStringLiteral("d2")).value().number, 1);
    }

    // A migration that fails (here: its table already exists) rolls back whole: the version
    // stays where it was and earlier data is untouched.
    void failedMigrationLeavesTheOldVersion()
    {
        QTemporaryDir dir;
        const SecretBytes key = SecretBytes::random(32);
        auto db =
            Database::open(dir.filePath(QStringLiteral("s.db")), key, Database::Mode::CreateNew);
        QVERIFY(db);
        QVERIFY(migrate(*db.value(), 1));
        QVERIFY(db.value()->exec("INSERT INTO settings VALUES ('kept', 'yes');"));
        QVERIFY(db.value()->exec("CREATE TABLE drafts (x);"));
        QVERIFY(!migrate(*db.value()));
        QCOMPARE(db.value()->userVersion().value(), 1);
        QCOMPARE(Settings(*db.value()).value(QStringLiteral("kept")), QStringLiteral("yes"));
    }

    void newerStoreIsRefused()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.db")), SecretBytes::random(32),
                                 Database::Mode::CreateNew);
        QVERIFY(db);
        QVERIFY(db.value()->setUserVersion(latestSchemaVersion() + 1));
        const Status s = migrate(*db.value());
        QCOMPARE(s.error().code, ErrorCode::Damaged);
        QCOMPARE(db.value()->userVersion().value(), latestSchemaVersion() + 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
