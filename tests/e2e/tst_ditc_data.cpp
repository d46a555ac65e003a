// ditc's data commands as a person or a script would use them: backup create, verify and
// restore (into a new profile and into an existing one), and wipe. Secrets on stdin, exit
// codes README.md, ditc, one-line reasons, nothing changed on any failure.
#include "Processes.h"
#include "Samples.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dit;
using test::ditc;

namespace {
const QByteArray kPass = "first passphrase";
const QByteArray kBackupPass = "backup passphrase 1";
} // namespace

class TestDitcData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A profile with a few dozen records and a draft, written through ditc itself.
    QString makeProfile(const char *name)
    {
        const QString dir = path(name);
        if (QFile::exists(dir + QStringLiteral("/key")))
            return dir;
        if (ditc({QStringLiteral("--profile"), dir, QStringLiteral("init"),
                  QStringLiteral("--no-confirm")},
                 kPass + '\n')
                .code != 0)
            qFatal("init failed");
        if (ditc({QStringLiteral("--profile"), dir, QStringLiteral("stress-write"),
                  QStringLiteral("--count"), QStringLiteral("30"), QStringLiteral("--seed"),
                  QStringLiteral("7")},
                 kPass + '\n')
                .code != 0)
            qFatal("stress-write failed");
        return dir;
    }

    QString makeBackup(const char *profileName, const char *file)
    {
        const QString dir = makeProfile(profileName);
        const QString out = path(file);
        if (!QFile::exists(out) && ditc({QStringLiteral("--profile"), dir, QStringLiteral("backup"),
                                         QStringLiteral("create"), out},
                                        kPass + '\n' + kBackupPass + '\n' + kBackupPass + '\n')
                                           .code != 0)
            qFatal("backup create failed");
        return out;
    }

    static QStringList contentOf(const QString &dir, const QByteArray &pass)
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Profile p(dir, clock);
        auto store = p.unlock(SecretBytes::copyOf(pass));
        if (!store)
            qFatal("could not open %s", qPrintable(dir));
        QStringList lines = test::contentOf(store.value()->database());
        return lines.filter(QStringLiteral("record|"));
    }

    static void verifyOneLine(const test::Run &r)
    {
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.startsWith("ditc: "));
    }

private Q_SLOTS:
    void helpListsTheDataCommands()
    {
        const test::Run r = ditc({QStringLiteral("--help")});
        for (const char *c : {"backup", "create|restore|verify", "wipe"})
            QVERIFY2(r.out.contains(c), c);
    }

    void createVerifyAndRestoreIntoANewProfile()
    {
        const QString source = makeProfile("source");
        const QString file = path("round.ditbackup");
        test::Run r = ditc({QStringLiteral("--profile"), source, QStringLiteral("--json"),
                            QStringLiteral("backup"), QStringLiteral("create"), file},
                           kPass + '\n' + kBackupPass + '\n' + kBackupPass + '\n');
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("records")).toInt(),
                 30);

        r = ditc(
            {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("verify"), file},
            kBackupPass + '\n');
        QCOMPARE(r.code, 0);
        const QJsonObject verified = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(verified.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(verified.value(QStringLiteral("records")).toInt(), 30);
        QCOMPARE(verified.value(QStringLiteral("drafts")).toInt(), 1);

        // Into a new folder: the new passphrase twice, then the backup passphrase.
        const QString target = path("restored");
        r = ditc({QStringLiteral("--profile"), target, QStringLiteral("backup"),
                  QStringLiteral("restore"), file},
                 "a new passphrase\na new passphrase\n" + kBackupPass + '\n');
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Restored 30 records into a new profile"));
        QCOMPARE(contentOf(target, "a new passphrase"), contentOf(source, kPass));
        QCOMPARE(ditc({QStringLiteral("--profile"), target, QStringLiteral("check")},
                      "a new passphrase\n")
                     .code,
                 0);
        for (const test::Run &run : {r})
            for (const QByteArray &secret : {kPass, kBackupPass, QByteArray("a new passphrase")})
                QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    }

    // Into an existing profile: its passphrase, then the backup passphrase; a union. Another
    // profile's backup only when the person chooses it, and then the output says so.
    void restoreIntoAnExistingProfileAddsOnly()
    {
        const QString file = makeBackup("source", "merge.ditbackup");
        const QString other = path("other");
        QCOMPARE(ditc({QStringLiteral("--profile"), other, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")},
                      "other passphrase\n")
                     .code,
                 0);
        QCOMPARE(ditc({QStringLiteral("--profile"), other, QStringLiteral("stress-write"),
                       QStringLiteral("--count"), QStringLiteral("5")},
                      "other passphrase\n")
                     .code,
                 0);
        const QStringList before = contentOf(other, "other passphrase");
        const auto digests = test::folderDigests(other);
        const test::Run refused = ditc({QStringLiteral("--profile"), other,
                                        QStringLiteral("backup"), QStringLiteral("restore"), file},
                                       "other passphrase\n" + kBackupPass + '\n');
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("different profile") &&
                     refused.err.contains("--add-other-profile"),
                 refused.err.constData());
        QCOMPARE(test::folderDigests(other), digests);
        test::Run r = ditc({QStringLiteral("--profile"), other, QStringLiteral("--json"),
                            QStringLiteral("backup"), QStringLiteral("restore"), file,
                            QStringLiteral("--add-other-profile")},
                           "other passphrase\n" + kBackupPass + '\n');
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("recordsAdded")).toInt(), 30);
        QVERIFY(json.value(QStringLiteral("fromOtherProfile")).toBool());
        const QStringList after = contentOf(other, "other passphrase");
        QCOMPARE(after.size(), before.size() + 30);
        for (const QString &line : before)
            QVERIFY(after.contains(line));
    }

    void refusalsChangeNothingAndSayWhy_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("wrong backup passphrase")
            << "wrong" << 3 << QByteArray("not the passphrase");
        QTest::newRow("damaged") << "damaged" << 4 << QByteArray("damaged");
        QTest::newRow("cut off") << "cut" << 4 << QByteArray("cut off");
        QTest::newRow("foreign") << "foreign" << 2 << QByteArray("not a DIT Companion backup");
        QTest::newRow("missing") << "missing" << 2 << QByteArray("no file");
    }

    void refusalsChangeNothingAndSayWhy()
    {
        QFETCH(QString, what);
        QFETCH(int, code);
        QFETCH(QByteArray, says);
        const QString good = makeBackup("source", "good.ditbackup");
        QString file = path("bad.ditbackup");
        QByteArray pass = kBackupPass;
        QByteArray bytes = test::readFile(good);
        if (what == QStringLiteral("wrong"))
            pass = "not the backup one";
        else if (what == QStringLiteral("damaged"))
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x10);
        else if (what == QStringLiteral("cut"))
            bytes.chop(bytes.size() / 3);
        else if (what == QStringLiteral("foreign"))
            bytes = "not a backup at all";
        if (what == QStringLiteral("missing"))
            file = path("no-such.ditbackup");
        else
            test::writeFile(file, bytes);

        test::Run r = ditc({QStringLiteral("backup"), QStringLiteral("verify"), file}, pass + '\n');
        QCOMPARE(r.code, code);
        verifyOneLine(r);
        QVERIFY2(r.err.contains(says), r.err.constData());

        // Restoring it into a new folder: refused the same way, and no folder is left.
        const QString target = path("refused-target");
        r = ditc({QStringLiteral("--profile"), target, QStringLiteral("backup"),
                  QStringLiteral("restore"), file},
                 "a new passphrase\na new passphrase\n" + pass + '\n');
        QCOMPARE(r.code, code);
        QVERIFY(!QFileInfo::exists(target));

        // Into an existing profile: refused, the profile unchanged.
        const QString existing = makeProfile("existing");
        const auto before = test::folderDigests(existing);
        r = ditc({QStringLiteral("--profile"), existing, QStringLiteral("backup"),
                  QStringLiteral("restore"), file},
                 kPass + '\n' + pass + '\n');
        QCOMPARE(r.code, code);
        QCOMPARE(test::folderDigests(existing), before);
    }

    void createRefusesToReplaceUnlessAskedAndMismatchedPassphrases()
    {
        const QString dir = makeProfile("source");
        const QString file = path("exists.ditbackup");
        test::writeFile(file, "an older backup");
        test::Run r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("backup"),
                            QStringLiteral("create"), file},
                           kPass + '\n' + kBackupPass + '\n' + kBackupPass + '\n');
        QCOMPARE(r.code, 2);
        verifyOneLine(r);
        QCOMPARE(test::readFile(file), QByteArray("an older backup"));
        r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("backup"),
                  QStringLiteral("create"), file, QStringLiteral("--replace")},
                 kPass + '\n' + kBackupPass + '\n' + kBackupPass + '\n');
        QCOMPARE(r.code, 0);
        QCOMPARE(
            ditc({QStringLiteral("backup"), QStringLiteral("verify"), file}, kBackupPass + '\n')
                .code,
            0);
        const QString other = path("mismatch.ditbackup");
        r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("backup"),
                  QStringLiteral("create"), other},
                 kPass + "\nbackup one 12345\nbackup two 12345\n");
        QCOMPARE(r.code, 2);
        QVERIFY(!QFileInfo::exists(other));
        r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("backup"),
                  QStringLiteral("create"), other},
                 "wrong app passphrase\n" + kBackupPass + '\n' + kBackupPass + '\n');
        QCOMPARE(r.code, 3);
        QVERIFY(!QFileInfo::exists(other));
        QCOMPARE(ditc({QStringLiteral("backup"), QStringLiteral("frobnicate"), other}).code, 2);
        QCOMPARE(ditc({QStringLiteral("backup")}).code, 2);
    }

    // A damaged profile points at the backup path, and is never restored over.
    void damagedProfileSaysHowToRestoreAndIsNeverOverwritten()
    {
        const QString file = makeBackup("source", "for-damaged.ditbackup");
        const QString dir = path("damaged");
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")},
                      kPass + '\n')
                     .code,
                 0);
        QByteArray store = test::readFile(dir + QStringLiteral("/store.db"));
        store[store.size() - 100] = char(store.at(store.size() - 100) ^ 0x01);
        test::writeFile(dir + QStringLiteral("/store.db"), store);
        auto before = test::folderDigests(dir);
        test::Run r =
            ditc({QStringLiteral("--profile"), dir, QStringLiteral("check")}, kPass + '\n');
        QCOMPARE(r.code, 4);
        verifyOneLine(r);
        QVERIFY2(r.err.contains("backup restore"), r.err.constData());
        r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("backup"),
                  QStringLiteral("restore"), file},
                 kPass + '\n' + kBackupPass + '\n');
        QVERIFY2(r.code == 4 || r.code == 2, r.err.constData());
        auto after = test::folderDigests(dir);
        after.remove(QStringLiteral("attempts")); // the counter, kept from the creation on
        before.remove(QStringLiteral("attempts"));
        QCOMPARE(after, before);

        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("wipe"),
                       QStringLiteral("--yes")})
                     .code,
                 0); // a damaged profile can still be deleted
        QVERIFY(!QFileInfo::exists(dir));
    }

    void wipeNeedsYesThenLeavesNothing()
    {
        const QString dir = path("to-wipe");
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("init"),
                       QStringLiteral("--no-confirm")},
                      kPass + '\n')
                     .code,
                 0);
        const auto before = test::folderDigests(dir);
        test::Run r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("wipe")});
        QCOMPARE(r.code, 2);
        verifyOneLine(r);
        QVERIFY(r.err.contains("--yes"));
        QCOMPARE(test::folderDigests(dir), before);

        r = ditc({QStringLiteral("--profile"), dir, QStringLiteral("--json"),
                  QStringLiteral("wipe"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        QVERIFY(!QFileInfo::exists(dir));
        QCOMPARE(
            ditc({QStringLiteral("--profile"), dir, QStringLiteral("check")}, kPass + '\n').code,
            2);
        QCOMPARE(ditc({QStringLiteral("--profile"), dir, QStringLiteral("wipe"),
                       QStringLiteral("--yes")})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestDitcData)
#include "tst_ditc_data.moc"
