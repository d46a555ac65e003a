// The key file: round trip, wrong passphrase versus damage, tampering, downgrade.
#include "TestSupport.h"
#include "common/Ids.h"
#include "crypto/KdfCalibration.h"
#include "storage/KeyFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

using namespace dit;
using dit::test::secret;

class TestKeyFile : public QObject
{
    Q_OBJECT

private:
    SecretBytes m_dbKey = SecretBytes::random(KeyFile::kDatabaseKeyBytes);
    QString m_profile = newRandomId();

    KeyFile make(const char *pass = "correct horse battery")
    {
        auto f = KeyFile::create(m_profile, m_dbKey, secret(pass), test::fastKdf());
        if (!f)
            qFatal("key file creation failed");
        return f.value();
    }

    // Re-serialises an edited body with a valid checksum, as a deliberate attacker (not
    // accidental damage) would.
    static QByteArray resealed(QJsonObject body)
    {
        body.remove(QStringLiteral("checksum"));
        const QByteArray canon = QJsonDocument(body).toJson(QJsonDocument::Compact);
        unsigned char h[32];
        crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char *>(canon.constData()),
                           canon.size(), nullptr, 0);
        body.insert(QStringLiteral("checksum"),
                    QString::fromLatin1(QByteArray(reinterpret_cast<char *>(h), 32).toHex()));
        return QJsonDocument(body).toJson();
    }

private Q_SLOTS:
    void roundTrip()
    {
        const KeyFile f = make();
        auto parsed = KeyFile::parse(f.serialize());
        QVERIFY(parsed);
        QCOMPARE(parsed.value().profileId(), m_profile);
        auto key = parsed.value().unwrapWithPassphrase(secret("correct horse battery"));
        QVERIFY(key);
        QVERIFY(key.value().equals(m_dbKey));
        QVERIFY(!parsed.value().hasKeystoreWrap());
    }

    void serialisedFileHoldsNoKeyMaterial()
    {
        const QByteArray bytes = make().serialize();
        QVERIFY(!bytes.contains(m_dbKey.view().toByteArray()));
        QVERIFY(!bytes.contains(m_dbKey.view().toByteArray().toHex()));
        QVERIFY(!bytes.contains(m_dbKey.view().toByteArray().toBase64()));
        QVERIFY(!bytes.contains("correct horse"));
    }

    void wrongPassphraseIsNotDamage()
    {
        auto key = make().unwrapWithPassphrase(secret("correct horse batterY"));
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::WrongPassphrase);
    }

    void damageIsDetected_data()
    {
        QTest::addColumn<int>("offset");
        const int size = int(make().serialize().size());
        for (int off = 0; off < size; off += 7)
            QTest::addRow("byte %d", off) << off;
    }

    // Any flipped byte is reported as damage (or, where it still parses, as failing to
    // unwrap), never accepted and never mistaken for a valid key.
    void damageIsDetected()
    {
        QFETCH(int, offset);
        QByteArray bytes = make().serialize();
        bytes[offset] = char(bytes[offset] ^ 0x20);
        auto parsed = KeyFile::parse(bytes);
        if (!parsed) {
            QCOMPARE(parsed.error().code, ErrorCode::Damaged);
            return;
        }
        // Whitespace or letter case in JSON syntax can survive a flip harmlessly.
        auto key = parsed.value().unwrapWithPassphrase(secret("correct horse battery"));
        if (key)
            QVERIFY(key.value().equals(m_dbKey));
    }

    void truncationIsDamage()
    {
        const QByteArray bytes = make().serialize();
        for (qsizetype len : {qsizetype(0), qsizetype(1), bytes.size() / 2, bytes.size() - 2}) {
            auto parsed = KeyFile::parse(bytes.left(len));
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, ErrorCode::Damaged);
        }
    }

    void newerVersionIsRefusedPlainly()
    {
        QJsonObject body = QJsonDocument::fromJson(make().serialize()).object();
        body.insert(QStringLiteral("version"), 2);
        auto parsed = KeyFile::parse(resealed(body));
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.contains(QStringLiteral("newer version")));
    }

    // An attacker who lowers the KDF cost (and fixes up the checksum) gets a file that no
    // longer unwraps: the parameters are bound as associated data.
    void kdfDowngradeFailsToUnwrap()
    {
        QJsonObject body = QJsonDocument::fromJson(make().serialize()).object();
        QJsonObject kdf = body.value(QStringLiteral("kdf")).toObject();
        kdf.insert(QStringLiteral("ops"), QStringLiteral("2"));
        body.insert(QStringLiteral("kdf"), kdf);
        auto parsed = KeyFile::parse(resealed(body));
        QVERIFY(parsed);
        QVERIFY(!parsed.value().unwrapWithPassphrase(secret("correct horse battery")));
    }

    void profileSwapFailsToUnwrap()
    {
        QJsonObject body = QJsonDocument::fromJson(make().serialize()).object();
        body.insert(QStringLiteral("profile"), newRandomId());
        auto parsed = KeyFile::parse(resealed(body));
        QVERIFY(parsed);
        QVERIFY(!parsed.value().unwrapWithPassphrase(secret("correct horse battery")));
    }

    // The mark that the profile keeps a count of wrong passphrases is in every new key file
    // and bound as associated data: edited out (checksum fixed up), the right passphrase no
    // longer opens the file, so removing it buys no fresh start (docs/SECURITY.md).
    void attemptCountMarkIsBoundToThePassphraseWrap()
    {
        const KeyFile f = make();
        QVERIFY(f.keepsAttemptCount());
        auto parsed = KeyFile::parse(f.serialize());
        QVERIFY(parsed);
        QVERIFY(parsed.value().keepsAttemptCount());

        QJsonObject body = QJsonDocument::fromJson(f.serialize()).object();
        QCOMPARE(body.value(QStringLiteral("attempts")).toString(), QStringLiteral("kept"));
        body.remove(QStringLiteral("attempts"));
        auto unmarked = KeyFile::parse(resealed(body));
        QVERIFY(unmarked);
        QVERIFY(!unmarked.value().keepsAttemptCount());
        QCOMPARE(
            unmarked.value().unwrapWithPassphrase(secret("correct horse battery")).error().code,
            ErrorCode::WrongPassphrase);

        body.insert(QStringLiteral("attempts"), QStringLiteral("none"));
        QCOMPARE(KeyFile::parse(resealed(body)).error().code, ErrorCode::Damaged);
    }

    void absurdKdfCostIsRefused()
    {
        QJsonObject body = QJsonDocument::fromJson(make().serialize()).object();
        QJsonObject kdf = body.value(QStringLiteral("kdf")).toObject();
        kdf.insert(QStringLiteral("mem"), QStringLiteral("1099511627776"));
        body.insert(QStringLiteral("kdf"), kdf);
        auto parsed = KeyFile::parse(resealed(body));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Damaged);
    }

    // The ceiling is what the app itself chooses (8 passes, 128 MiB, KdfParams::recommended):
    // a crafted file asking for more, such as the old ceiling of 1 GiB and 20 passes, is
    // refused as damaged while it is read, before any key derivation allocates memory.
    void kdfCostAboveWhatTheAppChoosesIsRefused_data()
    {
        QTest::addColumn<QString>("ops");
        QTest::addColumn<QString>("mem");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("the app's own")
            << QStringLiteral("8") << QStringLiteral("134217728") << true;
        QTest::newRow("one pass more")
            << QStringLiteral("9") << QStringLiteral("134217728") << false;
        QTest::newRow("1 KiB more") << QStringLiteral("8") << QStringLiteral("134218752") << false;
        QTest::newRow("1 GiB, 20 passes")
            << QStringLiteral("20") << QStringLiteral("1073741824") << false;
    }
    void kdfCostAboveWhatTheAppChoosesIsRefused()
    {
        QFETCH(QString, ops);
        QFETCH(QString, mem);
        QFETCH(bool, accepted);
        const KdfParams recommended = KdfParams::recommended();
        QCOMPARE(QString::number(recommended.opsLimit), QStringLiteral("8"));
        QCOMPARE(QString::number(recommended.memLimitBytes), QStringLiteral("134217728"));

        QJsonObject body = QJsonDocument::fromJson(make().serialize()).object();
        QJsonObject kdf = body.value(QStringLiteral("kdf")).toObject();
        kdf.insert(QStringLiteral("ops"), ops);
        kdf.insert(QStringLiteral("mem"), mem);
        body.insert(QStringLiteral("kdf"), kdf);
        auto parsed = KeyFile::parse(resealed(body));
        QCOMPARE(bool(parsed), accepted);
        if (!accepted) {
            QCOMPARE(parsed.error().code, ErrorCode::Damaged);
            QVERIFY2(parsed.error().message.contains(QStringLiteral("key parameters")),
                     qPrintable(parsed.error().message));
        }
    }

    void rewrapKeepsDatabaseKeyAndKeystoreSlot()
    {
        KeyFile f = make("first passphrase");
        const SecretBytes deviceKey = SecretBytes::random(32);
        f.setKeystoreWrap(m_dbKey, deviceKey);
        const QByteArray oldSalt = f.kdfParams().salt;
        QVERIFY(f.rewrapPassphrase(m_dbKey, secret("second passphrase"), test::fastKdf()));
        QVERIFY(f.kdfParams().salt != oldSalt);

        auto parsed = KeyFile::parse(f.serialize());
        QVERIFY(parsed);
        QVERIFY(!parsed.value().unwrapWithPassphrase(secret("first passphrase")));
        auto viaNew = parsed.value().unwrapWithPassphrase(secret("second passphrase"));
        QVERIFY(viaNew && viaNew.value().equals(m_dbKey));
        auto viaDevice = parsed.value().unwrapWithKeystoreKey(deviceKey);
        QVERIFY(viaDevice && viaDevice.value().equals(m_dbKey));
        QVERIFY(!parsed.value().unwrapWithKeystoreKey(SecretBytes::random(32)));

        parsed.value().clearKeystoreWrap();
        QCOMPARE(parsed.value().unwrapWithKeystoreKey(deviceKey).error().code, ErrorCode::NotFound);
    }

    // KDF calibration (docs/SECURITY.md): the passes that fit 500 ms, from one derivation
    // timed at the floor of 3 passes; never below the floor (RFC 9106's second recommended
    // option, t=3; OWASP's minimum is t=2 at 19 MiB), never above the cap files may ask for.
    void calibrationFitsTheBudget_data()
    {
        QTest::addColumn<qint64>("floorMs"); // one derivation at 3 passes, 128 MiB
        QTest::addColumn<int>("passes");
        QTest::newRow("fast core: 50 ms a pass, 10 fit, the cap") << qint64(150) << 8;
        QTest::newRow("8 passes just fit (62.3 ms a pass)") << qint64(187) << 8;
        QTest::newRow("8 passes just miss (62.7 ms a pass)") << qint64(188) << 7;
        QTest::newRow("100 ms a pass") << qint64(300) << 5;
        QTest::newRow("exactly 3 passes in the budget") << qint64(500) << 3;
        QTest::newRow("slow phone core: never below the floor") << qint64(2000) << 3;
        QTest::newRow("unmeasurably fast") << qint64(0) << 8;
    }
    void calibrationFitsTheBudget()
    {
        QFETCH(qint64, floorMs);
        QFETCH(int, passes);
        QCOMPARE(int(KdfCalibration::passesFor(floorMs)), passes);
        QCOMPARE(KdfCalibration::kFloorPasses, 3u);
        QCOMPARE(KdfCalibration::kCapPasses, KdfParams::recommended().opsLimit);
    }

    void calibrationTimesOneDerivationAtTheFloor()
    {
        QList<KdfParams> timed;
        const KdfParams chosen = KdfCalibration::calibrated([&timed](const KdfParams &p) {
            timed << p;
            return qint64(300); // a device where a pass takes 100 ms
        });
        QCOMPARE(timed.size(), 1);
        QCOMPARE(int(timed.first().opsLimit), 3);
        QCOMPARE(timed.first().memLimitBytes, KdfParams::recommended().memLimitBytes);
        QCOMPARE(int(chosen.opsLimit), 5);
        QCOMPARE(chosen.memLimitBytes, KdfParams::recommended().memLimitBytes);
        QVERIFY(chosen.isAcceptable());
        const KdfParams again = KdfCalibration::calibrated([](const KdfParams &) { return 300; });
        QVERIFY(again.salt != chosen.salt); // a fresh salt each time
    }

    void calibratedPassesAreStoredInTheKeyFile()
    {
        KdfParams params = KdfCalibration::calibrated([](const KdfParams &) { return 300; });
        params.memLimitBytes = test::fastKdf().memLimitBytes; // the passes are what is checked
        auto f = KeyFile::create(m_profile, m_dbKey, secret("calibrated"), params);
        QVERIFY(f);
        auto parsed = KeyFile::parse(f.value().serialize());
        QVERIFY(parsed);
        QCOMPARE(int(parsed.value().kdfParams().opsLimit), 5);
        QVERIFY(parsed.value().unwrapWithPassphrase(secret("calibrated")));
    }
};

QTEST_GUILESS_MAIN(TestKeyFile)
#include "tst_keyfile.moc"
