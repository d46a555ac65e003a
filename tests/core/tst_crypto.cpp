// Known-answer tests for the primitives the key hierarchy rests on, plus tamper cases.
#include "TestSupport.h"
#include "crypto/Aead.h"
#include "crypto/PassphraseKdf.h"

#include <QTest>

#include <sodium.h>

using namespace dit;

namespace {
QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}
} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argon2idKnownAnswers_data();
    void argon2idKnownAnswers();
    void argon2idRejectsUnsafeParameters();
    void xchachaKnownAnswer();
    void xchachaRejectsTampering();
    void secretBytesWipe();
    void wipeZeroesTheSharedBufferNotACopy();
};

// Vectors from libsodium's own test suite: test/default/pwhash_argon2id.c (inputs, tv()
// entries 0, 4 and 6) and test/default/pwhash_argon2id.exp (expected outputs).
// The salt is the first crypto_pwhash_SALTBYTES (16) bytes of the listed hex, as in the
// original test, which decodes into a 16-byte buffer.
void TestCrypto::argon2idKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("ops");
    QTest::addColumn<quint64>("mem");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray pw0 = hex("a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae0"
                               "65577a928febd9b1973a5a95073acdbeb6a030cfc0d79caa2dc5cd011cef02c08d"
                               "a232d76d52dfbca38ca8dcbd665b17d1665f7cf5fe59772ec909733b24de97d6f5"
                               "8d220b20c60d7c07ec1fd93c52c31020300c6c1facd77937a597c7a6")
                               .left(127);
    const QByteArray salt0 =
        hex("5541fbc995d5c197ba290346d2c559dedf405cf97e5f95482143202f9e74f5c2").left(16);
    QTest::newRow("tv[0]") << pw0 << salt0 << quint64(5) << quint64(7256678)
                           << hex("18acec5d6507739f203d1f5d9f1d862f7c2cdac4f19d2bdff64487e60d969e3c"
                                  "ed615337b9eec6ac4461c6ca07f0939741e57c24d0005c7ea171a0ee1e734824"
                                  "9d135b38f222e4dad7b9a033ed83f5ca27277393e316582033c74affe2566a2b"
                                  "ea47f91f0fd9fe49ece7e1f79f3ad6e9b23e0277c8ecc4b313225748dd2a80f5"
                                  "679534a0700e246a79a49b3f74eb89ec6205fe1eeb941c73b1fcf1");
    QTest::newRow("tv[6]")
        << hex("b540beb016a5366524d4605156493f9874514a5aa58818cd0c6dfffaa9e90205f17b")
        << hex("44071f6d181561670bda728d43fb79b443bb805afdebaf98622b5165e01b15fb").left(16)
        << quint64(1) << quint64(1631659)
        << hex("7fb72409b0987f8190c3729710e98c3f80c5a8727d425fdcde7f3644d467fe97"
               "3f5b5fee683bd3fce812cb9ae5e9921a2d06c2f1905e4e839692f2b934b682f1"
               "1a2fe2b90482ea5dd234863516dba6f52dc0702d324ec77d860c2e181f84472b"
               "d7104fedce071ffa93c5309494ad51623d214447a7b2b1462dc7d5d55a1f6fd5"
               "b54ce024118d86f0c6489d16545aaa87b6689dad9f2fb47fda9894f8e12b87d9"
               "78b483ccd4cc5fd9595cdc7a818452f915ce2f7df95ec12b1c72e3788d473441"
               "d884f9748eb14703c21b45d82fd667b85f5b2d98c13303b3fe76285531a826b6"
               "fc0fe8e3dddecf");
    QTest::newRow("tv[4]")
        << hex("4a857e2ee8aa9b6056f2424e84d24a72473378906ee04a46cb05311502d5250b82"
               "ad86b83c8f20a23dbb74f6da60b0b6ecffd67134d45946ac8ebfb3064294bc097d"
               "43ced68642bfb8bbbdd0f50b30118f5e")
               .left(82)
        << hex("39d82eef32010b8b79cc5ba88ed539fbaba741100f2edbeca7cc171ffeabf258").left(16)
        << quint64(3) << quint64(1432947)
        << hex("08d8cd330c57e1b4643241d05bb468ba4ee4e932cd0858816be9ef15360b27bb"
               "d06a87130ee92222be267a29b81f5ae8fe8613324cfc4832dc49387fd0602f1c"
               "57b4d0f3855db94fb7e12eb05f9a484aed4a4307abf586cd3d55c809bc081541"
               "e00b682772fb2066504ff935b8ebc551a2083882f874bc0fae68e56848ae34c9"
               "1097c3bf0cca8e75c0797eef3efde3f75e005815018db3cf7c109a812264c4de"
               "69dcb22322dbbcfa447f5b00ecd1b04a7be1569c8e556adb7bba48adf81d");
}

void TestCrypto::argon2idKnownAnswers()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, ops);
    QFETCH(quint64, mem);
    QFETCH(QByteArray, expected);

    KdfParams params;
    params.opsLimit = ops;
    params.memLimitBytes = mem;
    params.salt = salt;
    auto out = deriveKey(SecretBytes::copyOf(password), params, std::size_t(expected.size()));
    QVERIFY(out);
    QCOMPARE(out.value().view().toByteArray().toHex(), expected.toHex());
}

void TestCrypto::argon2idRejectsUnsafeParameters()
{
    KdfParams p = KdfParams::forTests();
    QVERIFY(p.isAcceptable());
    p.opsLimit = 0;
    QVERIFY(!p.isAcceptable());
    p = KdfParams::forTests();
    p.memLimitBytes = 1ull << 40; // a tampered key file asking for 1 TiB
    QVERIFY(!p.isAcceptable());
    QCOMPARE(deriveKey(test::secret("x"), p).error().code, ErrorCode::Damaged);
    p = KdfParams::forTests();
    p.salt.chop(1);
    QVERIFY(!p.isAcceptable());

    const KdfParams rec = KdfParams::recommended();
    QVERIFY(rec.isAcceptable());
    QVERIFY(rec.memLimitBytes >= 64ull * 1024 * 1024);
    QVERIFY(rec.salt != KdfParams::recommended().salt); // a fresh salt each time
}

// draft-irtf-cfrg-xchacha-03, Appendix A.3.1 (AEAD_XChaCha20_Poly1305 test vector).
void TestCrypto::xchachaKnownAnswer()
{
    const QByteArray plaintext("Ladies and Gentlemen of the class of '99: If I could offer you "
                               "only one tip for the future, sunscreen would be it.");
    const QByteArray aad = hex("50515253c0c1c2c3c4c5c6c7");
    const SecretBytes key = SecretBytes::copyOf(
        hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"));
    const QByteArray nonce = hex("404142434445464748494a4b4c4d4e4f5051525354555657");
    const QByteArray expected =
        hex("bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa644"
            "0bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e"
            "3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e"
            "c0875924c1c7987947deafd8780acf49");

    const QByteArray sealed = aead::seal(key, nonce, plaintext, aad);
    QCOMPARE(sealed.toHex(), expected.toHex());
    auto opened = aead::open(key, nonce, sealed, aad);
    QVERIFY(opened);
    QCOMPARE(opened.value(), plaintext);
}

void TestCrypto::xchachaRejectsTampering()
{
    const SecretBytes key = SecretBytes::random(aead::kKeyBytes);
    const QByteArray nonce = aead::randomNonce();
    const QByteArray sealed = aead::seal(key, nonce, "the letter", "record-1");
    QVERIFY(aead::open(key, nonce, sealed, "record-1"));

    for (qsizetype i = 0; i < sealed.size(); ++i) {
        QByteArray flipped = sealed;
        flipped[i] = char(flipped[i] ^ 0x01);
        QVERIFY2(!aead::open(key, nonce, flipped, "record-1"), qPrintable(QString::number(i)));
    }
    QVERIFY(!aead::open(key, nonce, sealed, "record-2"));               // other associated data
    QVERIFY(!aead::open(key, aead::randomNonce(), sealed, "record-1")); // other nonce
    QVERIFY(!aead::open(SecretBytes::random(32), nonce, sealed, "record-1"));
    QVERIFY(!aead::open(key, nonce, sealed.left(aead::kTagBytes - 1), "record-1")); // too short
    QCOMPARE(aead::open(key, nonce, sealed.chopped(1), "record-1").error().code,
             ErrorCode::WrongPassphrase);
}

void TestCrypto::secretBytesWipe()
{
    SecretBytes a = test::secret("passphrase");
    SecretBytes b = test::secret("passphrase");
    QVERIFY(a.equals(b));
    QVERIFY(!a.equals(test::secret("passphrasE")));
    SecretBytes moved = std::move(a);
    QVERIFY(a.isEmpty());
    QCOMPARE(moved.size(), std::size_t(10));
    moved.wipe();
    QVERIFY(moved.isEmpty());

    QString typed = QStringLiteral("typed secret");
    SecretBytes fromTyped = SecretBytes::fromPassphrase(typed);
    QVERIFY(typed.isEmpty());
    QCOMPARE(fromTyped.view().toByteArray(), QByteArray("typed secret"));
}

// A QString or QByteArray shares its buffer with its copies (a passphrase from QML is such
// a copy). Wiping must zero that buffer, where the secret is, not a detached copy of it.
void TestCrypto::wipeZeroesTheSharedBufferNotACopy()
{
    QString original = QString::fromUtf8("shared secret");
    QString copy = original; // shares the buffer
    const QChar *buffer = original.constData();
    QCOMPARE(copy.constData(), buffer);
    const qsizetype length = original.size();
    wipeString(copy);
    QVERIFY(copy.isEmpty());
    QCOMPARE(original.constData(), buffer); // the other holder still points at it...
    for (qsizetype i = 0; i < length; ++i)
        QVERIFY(buffer[i].isNull()); // ...and it reads zeros

    QByteArray bytes("shared key bytes");
    QByteArray other = bytes;
    const char *raw = bytes.constData();
    wipeBytes(other);
    QVERIFY(other.isEmpty());
    QCOMPARE(bytes.constData(), raw);
    QCOMPARE(bytes, QByteArray(16, '\0'));

    // Through fromPassphrase, as Session::unlock receives a string QML still holds.
    QString fromQml = QString::fromUtf8("typed in QML");
    QString argument = fromQml;
    const SecretBytes secret = SecretBytes::fromPassphrase(argument);
    QCOMPARE(secret.view().toByteArray(), QByteArray("typed in QML"));
    QCOMPARE(fromQml, QString(12, QChar(0)));

    // A literal has no buffer of its own (it is read-only data): it is only cleared.
    QString literal = QStringLiteral("literal");
    wipeString(literal);
    QVERIFY(literal.isEmpty());
    QCOMPARE(QStringLiteral("literal"), QString::fromUtf8("literal"));
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
