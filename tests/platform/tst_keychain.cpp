// The desktop keystore (QtKeychain over the Secret Service) against a real, private GNOME
// keyring started by with-keyring.sh, and its behaviour when no keyring is running.
#include "TestSupport.h"
#include "linux/KeychainKeystore.h"

#include <QTest>

using namespace dit;

namespace {

template <typename T> T waitFor(const std::function<void(std::function<void(T)>)> &call)
{
    std::optional<T> result;
    call([&](T r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qFatal("the keystore did not answer within 10 s");
    return std::move(*result);
}

Status storeSecret(Keystore &k, const QString &name, const SecretBytes &s)
{
    return waitFor<Status>([&](auto done) { k.store(name, s, done); });
}

Result<SecretBytes> loadSecret(Keystore &k, const QString &name)
{
    return waitFor<Result<SecretBytes>>([&](auto done) { k.load(name, done); });
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // With a keyring, this only means something inside with-keyring.sh.
        QVERIFY2(m_absent || qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/platform/with-keyring.sh");
    }

    void storeLoadRemove()
    {
        if (m_absent)
            QSKIP("this run checks the no-keyring case only");
        KeychainKeystore keystore(QStringLiteral("dit-companion-test"));
        QVERIFY(keystore.isAvailable());
        const SecretBytes secret = SecretBytes::random(32);
        QVERIFY(storeSecret(keystore, QStringLiteral("quick-unlock/abc"), secret));
        auto loaded = loadSecret(keystore, QStringLiteral("quick-unlock/abc"));
        QVERIFY2(loaded, qPrintable(loaded.error().message));
        QVERIFY(loaded.value().equals(secret));
        QVERIFY(waitFor<Status>(
            [&](auto done) { keystore.remove(QStringLiteral("quick-unlock/abc"), done); }));
        // Nothing under a name is told apart from a keyring that did not answer.
        auto gone = loadSecret(keystore, QStringLiteral("quick-unlock/abc"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
    }

    // The copy of the count of wrong passphrases in the real keyring: an older `attempts` put
    // back after five wrong passphrases is a lost record, the full wait (docs/SECURITY.md).
    void aCountPutBackIsSeenThroughTheKeyring()
    {
        if (m_absent)
            QSKIP("this run checks the no-keyring case only");
        test::TempProfile t;
        t.create();
        const QString attempts = t.path() + QStringLiteral("/attempts");
        KeychainKeystore keystore(QStringLiteral("dit-companion-test"));
        const auto attach = [&keystore](Profile &p) {
            p.useKeystore(&keystore, nullptr);
            bool loaded = false;
            p.loadAttemptCopy([&loaded] { loaded = true; });
            QVERIFY(QTest::qWaitFor([&loaded] { return loaded; }, 10000));
        };
        Profile p = t.profile();
        attach(p);
        QCOMPARE(p.unlock(test::secret("wrong wrong")).error().code, ErrorCode::WrongPassphrase);
        const QByteArray afterFirst = test::readFile(attempts);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(p.unlock(test::secret("wrong wrong")).error().code,
                     ErrorCode::WrongPassphrase);
        QVERIFY(QTest::qWaitFor([&p] { return !p.attemptCopyWritesPending(); }, 10000));
        test::writeFile(attempts, afterFirst);
        Profile restarted = t.profile();
        attach(restarted);
        QCOMPARE(restarted.secondsUntilNextAttempt(), qint64(300));
        QVERIFY(restarted.attemptRecordLost());
        // Wiped, the profile's copy goes too.
        const QString name = QStringLiteral("attempts/") +
                             KeyFile::read(restarted.keyFilePath()).value().profileId();
        QVERIFY(loadSecret(keystore, name));
        QVERIFY(restarted.wipe());
        QVERIFY(
            QTest::qWaitFor([&restarted] { return !restarted.attemptCopyWritesPending(); }, 10000));
        QCOMPARE(loadSecret(keystore, name).error().code, ErrorCode::NotFound);
    }

    // The whole quick-unlock path with the real keystore: the device key unlocks the profile.
    void quickUnlockThroughTheKeyring()
    {
        if (m_absent)
            QSKIP("this run checks the no-keyring case only");
        test::TempProfile t;
        KeychainKeystore keystore(QStringLiteral("dit-companion-test"));
        Profile p = t.profile();
        {
            auto store = t.create();
            const SecretBytes deviceKey = SecretBytes::random(32);
            QVERIFY(storeSecret(keystore, QStringLiteral("quick-unlock/") + store->profileId(),
                                deviceKey));
            QVERIFY(p.enableQuickUnlock(*store, deviceKey));
        }
        auto keyFile = KeyFile::read(p.keyFilePath());
        auto deviceKey =
            loadSecret(keystore, QStringLiteral("quick-unlock/") + keyFile.value().profileId());
        QVERIFY(deviceKey);
        QVERIFY(p.unlockWithKeystoreKey(deviceKey.value()));
        // The key file itself never contains the device key.
        QVERIFY(!test::readFile(p.keyFilePath())
                     .contains(deviceKey.value().view().toByteArray().toBase64()));
    }

    // Run by the tst_keychain_absent case, with no session bus at all: the keystore says it
    // is unavailable and a load fails promptly instead of hanging or crashing.
    void noKeyringIsUnavailableNotACrash()
    {
        if (!m_absent)
            QSKIP("checked by the tst_keychain_absent run, which has no session bus");
        KeychainKeystore keystore(QStringLiteral("dit-companion-test"));
        QVERIFY(!keystore.isAvailable());
        QVERIFY(!loadSecret(keystore, QStringLiteral("never-stored")));
    }

private:
    const bool m_absent = qEnvironmentVariableIntValue("DIT_EXPECT_NO_KEYRING") == 1;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
