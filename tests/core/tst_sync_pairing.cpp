// The pairing code (docs/SYNC.md, "Pairing"): both forms carry the server and the key, a
// slip is caught, only https (or this computer) is accepted, both sides show the same four
// words, and the QR code has the version its length needs.
#include "TestSupport.h"
#include "sync/CouchDatabase.h"
#include "sync/Pairing.h"
#include "sync/QrCode.h"
#include "sync/Rendezvous.h"
#include "sync/ShortCode.h"
#include "sync/SlotFile.h"
#include "sync/WordList.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace dit;
using namespace dit::sync;

namespace {

// Keeps the credentials each request carried, as the server would see them.
class RecordingHttp final : public HttpClient
{
public:
    QList<QByteArray> seen;
    HttpResponse send(const HttpRequest &request) override
    {
        seen.append(QByteArray(request.authorization.constData(), request.authorization.size()));
        HttpResponse r;
        r.status = 200;
        r.body = "{}";
        return r;
    }
};

} // namespace

namespace {

PairingPayload payload(const QString &url)
{
    PairingPayload p;
    p.server = QUrl(url);
    p.pairKey = PairKeys::newPairKey();
    return p;
}

// Byte-mode capacity at level M for versions 1..10 (ISO/IEC 18004:2015, table 7).
constexpr int kByteCapacityM[] = {14, 26, 42, 62, 84, 106, 122, 152, 180, 213};
// Alphanumeric-mode capacity at level M for versions 1..10 (same table).
constexpr int kAlnumCapacityM[] = {20, 38, 61, 90, 122, 154, 178, 221, 262, 311};

int expectedVersion(const int (&capacity)[10], int length)
{
    for (int v = 1; v <= 10; ++v)
        if (length <= capacity[v - 1])
            return v;
    return -1;
}

} // namespace

class TestSyncPairing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestCarriesTheSameCredentials()
    {
        // Each request's copy of the credentials is wiped after it is sent; the database's
        // own must stay whole for the next request.
        RecordingHttp http;
        CouchDatabase db(http, QUrl(QStringLiteral("http://127.0.0.1:5984")),
                         QStringLiteral("pair-db"), QStringLiteral("user"),
                         SecretBytes::copyOf(QByteArrayView("secret")));
        db.request("GET", QString());
        db.request("GET", QString());
        QCOMPARE(http.seen.size(), 2);
        const QByteArray expected = "Basic " + QByteArray("user:secret").toBase64();
        QCOMPARE(http.seen.at(0), expected);
        QCOMPARE(http.seen.at(1), expected);
    }

    void basicAuthorizationIsBuiltInOneBuffer()
    {
        // The header as RFC 7617 gives it, for names and passwords of every length mod 3
        // (base64 padding); built in a buffer sized once, so no reallocation left a copy of
        // the password behind (docs/SECURITY.md, secrets wiped where they are).
        const QString users[] = {QStringLiteral("u"), QStringLiteral("pair-7f3a"),
                                 QStringLiteral("José")};
        const QByteArray passwords[] = {"s", "se", "sec", "a much longer pair password 0123456789"};
        for (const QString &user : users) {
            for (const QByteArray &password : passwords) {
                const QByteArray header =
                    CouchDatabase::basicAuthorization(user, SecretBytes::copyOf(password));
                const QByteArray plain = user.toUtf8() + ':' + password;
                QCOMPARE(header, "Basic " + plain.toBase64());
                QCOMPARE(header.capacity(), header.size());
            }
        }
    }

    void bothFormsRoundTrip_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addRow("https") << QStringLiteral("https://sync.example.nhs.uk");
        QTest::addRow("https with path") << QStringLiteral("https://example.org:6984/couch");
        QTest::addRow("local") << QStringLiteral("http://127.0.0.1:5984");
        QTest::addRow("localhost") << QStringLiteral("http://localhost:5984");
    }

    void bothFormsRoundTrip()
    {
        QFETCH(QString, url);
        const PairingPayload p = payload(url);
        const QString compact = p.compact();
        const QString typed = p.typed();
        QVERIFY(compact.startsWith(QStringLiteral("DITC")));
        QVERIFY(typed.contains(QLatin1Char('-')));
        for (const QString &text :
             {compact, typed, typed.toLower(), QString(typed).replace(QLatin1Char('-'), u' ')}) {
            auto back = PairingPayload::parse(text);
            QVERIFY2(back, qPrintable(back.error().message));
            QCOMPARE(back.value().server, QUrl(url));
            QVERIFY(back.value().pairKey.equals(p.pairKey));
        }
        // Upper-case letters and digits only: the QR code's dense alphanumeric mode.
        for (const QChar c : compact)
            QVERIFY(c.isDigit() || (c >= u'A' && c <= u'Z'));
    }

    // Crockford base32: O read as 0 and I or L as 1.
    void lookAlikesAreForgiven()
    {
        const PairingPayload p = payload(QStringLiteral("https://a.example"));
        QString typed = p.typed();
        QString fuzzy = typed;
        fuzzy.replace(QLatin1Char('0'), QLatin1Char('O'))
            .replace(QLatin1Char('1'), QLatin1Char('l'));
        auto back = PairingPayload::parse(fuzzy);
        QVERIFY(back);
        QVERIFY(back.value().pairKey.equals(p.pairKey));
    }

    void slipsAreCaught()
    {
        const PairingPayload p = payload(QStringLiteral("https://a.example"));
        const QString compact = p.compact();
        int caught = 0;
        for (int i = 4; i < compact.size(); ++i) {
            QString changed = compact;
            changed[i] = changed[i] == u'A' ? u'B' : u'A';
            auto back = PairingPayload::parse(changed);
            if (!back) {
                QCOMPARE(back.error().code, ErrorCode::BadInput);
                ++caught;
            }
        }
        // A CRC-16: every single wrong character is caught.
        QCOMPARE(caught, compact.size() - 4);
        QVERIFY(!PairingPayload::parse(compact.left(compact.size() - 4)));
        QVERIFY(!PairingPayload::parse(QStringLiteral("hello")));
        QVERIFY(!PairingPayload::parse(QString()));
    }

    // The short code: 12 symbols and a check symbol in groups of four, read as forgivingly
    // as the long code, and told apart from it by length.
    void shortCodeRoundTrips()
    {
        const ShortCode code = ShortCode::generate();
        const QString typed = code.typed();
        QCOMPARE(typed.size(), 16);
        QCOMPARE(typed.count(QLatin1Char('-')), 3);
        QVERIFY(ShortCode::isShortForm(typed));
        QVERIFY(!ShortCode::isShortForm(payload(QStringLiteral("https://a.example")).typed()));
        QString spaced = typed.toLower();
        spaced.replace(QLatin1Char('-'), QStringLiteral("  "));
        QString fuzzy = typed;
        fuzzy.replace(QLatin1Char('0'), QLatin1Char('o'))
            .replace(QLatin1Char('1'), QLatin1Char('I'));
        const QStringList texts{typed, QString(typed).remove(QLatin1Char('-')), spaced, fuzzy,
                                QString(QStringLiteral(" ") + typed + QStringLiteral("\n"))};
        for (const QString &text : texts) {
            auto back = ShortCode::parse(text);
            QVERIFY2(back, qPrintable(text));
            QVERIFY(back.value().symbols().equals(code.symbols()));
            QCOMPARE(back.value().typed(), typed);
        }
        // Canonical symbols only: what the key derivation reads is the same for look-alikes.
        for (const char c : code.symbols().view())
            QVERIFY(QByteArray("0123456789ABCDEFGHJKMNPQRSTVWXYZ").contains(c));
        // 60 random bits: no repeats in a few hundred.
        QSet<QString> seen;
        for (int i = 0; i < 300; ++i)
            seen.insert(ShortCode::generate().typed());
        QCOMPARE(seen.size(), 300);
    }

    // CRC-5: every single wrong symbol, in the code or the check, is caught; so is a
    // missing or extra one and anything outside the alphabet.
    void shortCodeSlipsAreCaught()
    {
        const ShortCode code = ShortCode::generate();
        const QString flat = code.typed().remove(QLatin1Char('-'));
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
        int tried = 0;
        for (int i = 0; i < flat.size(); ++i)
            for (const QChar c : alphabet) {
                if (c == flat.at(i))
                    continue;
                QString changed = flat;
                changed[i] = c;
                QVERIFY2(!ShortCode::parse(changed), qPrintable(changed));
                ++tried;
            }
        QCOMPARE(tried, 13 * 31);
        // Swapped neighbours: most are caught (a CRC-5 guarantees only single symbols).
        int swapsCaught = 0, swaps = 0;
        for (int i = 0; i + 1 < flat.size(); ++i) {
            if (flat.at(i) == flat.at(i + 1))
                continue;
            QString swapped = flat;
            std::swap(swapped[i], swapped[i + 1]);
            ++swaps;
            swapsCaught += ShortCode::parse(swapped) ? 0 : 1;
        }
        QVERIFY(swapsCaught * 10 >= swaps * 7);
        QVERIFY(!ShortCode::parse(flat.left(12)));
        QVERIFY(!ShortCode::parse(flat + QLatin1Char('0')));
        QVERIFY(!ShortCode::parse(QString(flat).replace(3, 1, QLatin1Char('U'))));
        QVERIFY(!ShortCode::parse(QString(flat).replace(3, 1, QStringLiteral("é"))));
        QVERIFY(!ShortCode::parse(QString()));
        QCOMPARE(ShortCode::parse(flat.left(12)).error().code, ErrorCode::BadInput);
    }

    // Known answer for the check symbol, worked by hand: all zeros give CRC 0; "000000000001"
    // is the polynomial 1, times x^5 mod x^5 + x^2 + 1 = x^2 + 1 = 5, symbol '5'.
    void shortCodeCheckSymbolKnownAnswers()
    {
        QVERIFY(ShortCode::parse(QStringLiteral("0000-0000-0000-0")));
        QVERIFY(ShortCode::parse(QStringLiteral("0000-0000-0001-5")));
        QVERIFY(!ShortCode::parse(QStringLiteral("0000-0000-0001-0")));
    }

    // Both sides derive the same opaque id and key from the code; another code, others.
    void shortCodeDerivationIsStable()
    {
        auto code = ShortCode::parse(QStringLiteral("0000-0000-0001-5"));
        QVERIFY(code);
        auto a = Rendezvous::derive(code.value());
        auto b = Rendezvous::derive(ShortCode::parse(QStringLiteral("oooo-oooo-ooo1-5")).value());
        QVERIFY(a && b);
        QCOMPARE(a.value().docId, b.value().docId);
        QVERIFY(a.value().key.equals(b.value().key));
        QCOMPARE(a.value().docId.size(), 32);
        QCOMPARE(a.value().key.size(), std::size_t(32));
        auto other = Rendezvous::derive(ShortCode::generate());
        QVERIFY(other);
        QVERIFY(other.value().docId != a.value().docId);
        QVERIFY(!other.value().key.equals(a.value().key));
        QVERIFY(!a.value().docId.contains(QStringLiteral("0000")));
    }

    void onlyHttpsOrThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addRow("plain http") << QStringLiteral("http://sync.example.org");
        QTest::addRow("http to a LAN address") << QStringLiteral("http://192.168.1.5:5984");
        QTest::addRow("ftp") << QStringLiteral("ftp://sync.example.org");
        QTest::addRow("credentials in url") << QStringLiteral("https://a:b@sync.example.org");
    }

    void onlyHttpsOrThisComputer()
    {
        QFETCH(QString, url);
        auto back = PairingPayload::parse(payload(url).compact());
        QVERIFY(!back);
        QCOMPARE(back.error().code, ErrorCode::BadInput);
    }

    // A pair slot from IT is read as a pairing code is, and the text it came in is wiped.
    void slotIsReadLikeACodeAndWiped()
    {
        const PairingPayload made = payload(QStringLiteral("https://sync.example.org"));
        QString text = made.typed();
        auto slot = parseSlot(text);
        QVERIFY(slot);
        QCOMPARE(slot.value().pairKey.view(), made.pairKey.view());
        QCOMPARE(slot.value().server, made.server);
        QVERIFY(text.isEmpty());
        QString plain = payload(QStringLiteral("http://sync.example.org")).typed();
        QVERIFY(!parseSlot(plain));
    }

    void phraseIsFourWordsTheSameOnBothSides()
    {
        const PairingPayload p = payload(QStringLiteral("https://a.example"));
        const QString here = PairKeys(p.pairKey).verificationPhrase();
        auto there = PairingPayload::parse(p.typed());
        QVERIFY(there);
        QCOMPARE(PairKeys(there.value().pairKey).verificationPhrase(), here);
        QCOMPARE(here.split(QLatin1Char(' ')).size(), 4);
        // Different keys give different phrases (almost always: 32 bits).
        QSet<QString> phrases;
        for (int i = 0; i < 50; ++i)
            phrases.insert(PairKeys(PairKeys::newPairKey()).verificationPhrase());
        QVERIFY(phrases.size() >= 49);
    }

    // Known answers computed apart from this code (Python's hashlib.blake2b: libsodium's
    // crypto_kdf subkey 4 of the pair key with context "ditcsync", then a 4-byte keyed BLAKE2b
    // over "check:" + therapist key + patient key + server address; a word per byte).
    void checkWordsCoverKeyServerAndBothDevices()
    {
        SecretBytes key(PairKeys::kKeyBytes);
        for (int i = 0; i < PairKeys::kKeyBytes; ++i)
            key.data()[i] = static_cast<unsigned char>(i);
        const PairKeys keys(key);
        const QByteArray tablet(32, '\x11'), phone(32, '\x22');
        const QString server = QStringLiteral("https://sync.example");
        QCOMPARE(keys.verificationPhrase(), QStringLiteral("moss ocean pepper poppy"));
        QCOMPARE(keys.checkWords(server, tablet, phone), QStringLiteral("fence globe honey pony"));
        // Each input counts: the devices' places, either device's key, the server, the key.
        QCOMPARE(keys.checkWords(server, phone, tablet), QStringLiteral("ship koala palm magnet"));
        QVERIFY(keys.checkWords(server, tablet, QByteArray(32, '\x23')) !=
                keys.checkWords(server, tablet, phone));
        QVERIFY(keys.checkWords(server, QByteArray(32, '\x12'), phone) !=
                keys.checkWords(server, tablet, phone));
        QVERIFY(keys.checkWords(QStringLiteral("https://sync.example.org"), tablet, phone) !=
                keys.checkWords(server, tablet, phone));
        QVERIFY(PairKeys(PairKeys::newPairKey()).checkWords(server, tablet, phone) !=
                keys.checkWords(server, tablet, phone));
        // What a signed confirmation names: 32 bytes over the same inputs (Python:
        // blake2b(b"confirm:" + tablet + phone + server, digest_size=32, key=phrase subkey)).
        QCOMPARE(keys.confirmationTranscript(server, tablet, phone).toHex(),
                 QByteArray("e58819238583932c1021f152b68f71d24ebbed0f6fc3a5fcde4357bbb40b8877"));
        QVERIFY(keys.confirmationTranscript(server, phone, tablet) !=
                keys.confirmationTranscript(server, tablet, phone));
        QVERIFY(keys.confirmationTranscript(QStringLiteral("https://sync.example.org"), tablet,
                                            phone) !=
                keys.confirmationTranscript(server, tablet, phone));
    }

    // A slot file as `ditc server prepare --count 1` writes it is read; anything else is
    // refused with a plain reason, and nothing is kept (docs/SYNC.md, "Setting up the server").
    void slotFileIsReadOrRefusedPlainly()
    {
        QTemporaryDir dir;
        auto write = [&](const char *name, const QByteArray &bytes) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", name);
            return path;
        };
        const PairingPayload slot = payload(QStringLiteral("https://sync.example.nhs.uk"));
        const QByteArray header = "# DIT Companion pair slots for https://sync.example.nhs.uk\n"
                                  "# Each line is one pair's secret.\n";
        const QByteArray line = slot.typed().toLatin1();
        auto read = slotfile::read(write("one.txt", header + line + "\n\n"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QVERIFY(read.value().pairKey.view() == slot.pairKey.view());
        QCOMPARE(read.value().server, slot.server);
        // Lower case and a Windows line end are forgiven, as in the typed field.
        QVERIFY(slotfile::read(write("crlf.txt", line.toLower() + "\r\n")));

        auto refused = [&](const QString &path, const QString &words) {
            auto r = slotfile::read(path);
            QVERIFY2(!r, qPrintable(path));
            QVERIFY2(r.error().message.contains(words), qPrintable(r.error().message));
        };
        const PairingPayload second = payload(QStringLiteral("https://sync.example.nhs.uk"));
        refused(write("two.txt", header + line + "\n" + second.typed().toLatin1() + "\n"),
                QStringLiteral("holds 2 pair slots"));
        refused(write("none.txt", header), QStringLiteral("holds no pair slot"));
        refused(write("empty.txt", {}), QStringLiteral("holds no pair slot"));
        refused(write("binary.txt", QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) + line),
                QStringLiteral("not text"));
        QByteArray damaged = line;
        damaged[12] = damaged[12] == 'A' ? 'B' : 'A';
        refused(write("damaged.txt", damaged), QStringLiteral("has a mistake"));
        refused(write("code.txt", "K7M2-9QXD-4TAB-B"), QStringLiteral("not a DIT Companion"));
        refused(write("large.txt", QByteArray(slotfile::kMaxBytes + 1, '#')),
                QStringLiteral("larger than"));
        refused(dir.path(), QStringLiteral("not a regular file"));
        refused(dir.filePath(QStringLiteral("missing.txt")), QStringLiteral("no file"));
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        refused(fifo, QStringLiteral("not a regular file"));

        // Deleting it once the pair is kept: the file goes; a folder is not touched.
        const QString used = dir.filePath(QStringLiteral("one.txt"));
        QVERIFY(slotfile::remove(used));
        QVERIFY(!QFile::exists(used));
        QVERIFY(slotfile::remove(used)); // already gone: nothing to do
        QVERIFY(!slotfile::remove(dir.path()));
        QVERIFY(QFileInfo(dir.path()).isDir());
    }

    void wordListIsOurs()
    {
        QCOMPARE(wordCount(), 256);
        QSet<QString> words;
        for (int i = 0; i < wordCount(); ++i) {
            const QString w = wordAt(i);
            QVERIFY(!w.isEmpty());
            for (const QChar c : w)
                QVERIFY2(c >= u'a' && c <= u'z', qPrintable(w));
            words.insert(w);
        }
        QCOMPARE(words.size(), 256);
    }

    void qrCodeHasTheVersionTheLengthNeeds()
    {
        for (const QString &url :
             {QStringLiteral("http://127.0.0.1:5984"),
              QStringLiteral("https://sync.example.nhs.uk"),
              QStringLiteral("https://a-much-longer-host-name.service.example.org/couch")}) {
            const QString code = payload(url).compact();
            auto qr = qrEncode(code);
            QVERIFY(qr);
            const int expected = expectedVersion(kAlnumCapacityM, int(code.size()));
            QVERIFY2(expected > 0, "payload longer than the table");
            QCOMPARE(qr.value().version, expected);
            QCOMPARE(qr.value().width, 17 + 4 * expected);
            QCOMPARE(qr.value().dark.size(), qr.value().width * qr.value().width);
            // The finder pattern's corner is dark; the module after its ring is light.
            QVERIFY(qr.value().at(0, 0));
            QVERIFY(!qr.value().at(7, 0));
        }
        // Lower-case text needs byte mode.
        auto bytes = qrEncode(QStringLiteral("lower case text needs byte mode"));
        QVERIFY(bytes);
        QCOMPARE(bytes.value().version, expectedVersion(kByteCapacityM, 31));
    }
};

QTEST_GUILESS_MAIN(TestSyncPairing)
#include "tst_sync_pairing.moc"
