// The short code's rendezvous on a real PouchDB Server started here (docs/SYNC.md, "Short
// code"): the tablet leaves the payload, the phone collects it once; a wrong, expired or
// already collected code finds nothing; the server never holds the key, the address or the
// code, only an opaque id and a ciphertext; the database is members-only.
// Exit 77 (skipped, with the reason) only when node or pouchdb-server is missing.
#include "CouchDatabase.h"
#include "NetworkHttpClient.h"
#include "SyncServer.h"
#include "SyncTestMain.h"
#include "common/Clock.h"
#include "sync/Provisioning.h"
#include "sync/Rendezvous.h"
#include "sync/SyncStatus.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cstdio>

using namespace dit;
using namespace dit::sync;

namespace {

const QString kUser = QStringLiteral("dit-rendezvous");
const QByteArray kPassword = "rendezvous-only-password";
// The payload's address: a marker, so the dump can be searched for it (the rendezvous
// carries any address; the pair's server is not contacted here).
const QString kMarkerUrl = QStringLiteral("https://marker-qz7-sync.example.org/couch");

} // namespace

class TestSyncRendezvous : public QObject
{
    Q_OBJECT

    test::SyncServer m_server;
    NetworkHttpClient m_http;
    // Whole seconds: the expiry is written to the second.
    ManualClock m_clock{QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)};

    Rendezvous rendezvous(const QUrl &server = {})
    {
        return Rendezvous(m_http, server.isEmpty() ? m_server.url() : server, kUser,
                          SecretBytes::copyOf(kPassword), m_clock);
    }

    static PairingPayload payload()
    {
        return PairingPayload{QUrl(kMarkerUrl), PairKeys::newPairKey()};
    }

    QJsonArray rendezvousDocs()
    {
        const auto r =
            m_server.admin("GET", QStringLiteral("/dit-rendezvous/_all_docs?include_docs=true"));
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("rows")).toArray();
    }

    // The server's whole content must hold none of what the payload and the code say.
    void checkNothingReadable(const PairingPayload &p, const QString &typedCode)
    {
        const QByteArray dump = m_server.dumpEverything();
        QVERIFY(dump.contains("dit-rendezvous"));
        QVERIFY(!dump.contains("marker-qz7"));
        QVERIFY(!dump.contains("MARKER-QZ7"));
        const QByteArray key = p.pairKey.view().toByteArray();
        for (const QByteArray &form :
             {key.toHex(), key.toBase64(), key.toBase64(QByteArray::Base64UrlEncoding)})
            QVERIFY(!dump.contains(form));
        QVERIFY(!dump.contains(p.compact().mid(4, 20).toLatin1()));
        QString flat = typedCode;
        flat.remove(QLatin1Char('-'));
        QVERIFY(!dump.contains(typedCode.toLatin1()));
        QVERIFY(!dump.contains(flat.left(12).toLatin1()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_server.start(&problem), qPrintable(problem));
        Provisioning admin(m_http, m_server.url(), m_server.adminName(), m_server.adminPassword());
        QVERIFY(admin.prepareRendezvous(kUser, SecretBytes::copyOf(kPassword)));
        // Idempotent: a second run changes nothing that matters and does not fail.
        QVERIFY(admin.prepareRendezvous(kUser, SecretBytes::copyOf(kPassword)));
    }

    void cleanupTestCase() { m_server.stop(); }

    void roundTripTabletServerPhone()
    {
        const PairingPayload sent = payload();
        QElapsedTimer t;
        t.start();
        auto code = rendezvous().publish(sent);
        QVERIFY2(code, qPrintable(code.error().message));
        const qint64 publishMs = t.elapsed();
        t.restart();
        QVERIFY(Rendezvous::derive(code.value()));
        std::fprintf(stdout, "publish: %lld ms, of which Argon2id: %lld ms\n", publishMs,
                     t.elapsed());
        const QString typed = code.value().typed();
        const QJsonArray docs = rendezvousDocs();
        QCOMPARE(docs.size(), 1);
        const QJsonObject doc = docs.first().toObject().value(QStringLiteral("doc")).toObject();
        // What the server holds: an opaque id, a ciphertext and the expiry, nothing else.
        QStringList fields = doc.keys();
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("_id"), QStringLiteral("_rev"),
                                      QStringLiteral("ciphertext"), QStringLiteral("expires")}));
        QCOMPARE(doc.value(QStringLiteral("_id")).toString().size(), 32);
        const QDateTime expires =
            QDateTime::fromString(doc.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        QCOMPARE(m_clock.now().secsTo(expires), qint64(Rendezvous::kLifetimeSeconds));
        checkNothingReadable(sent, typed);

        // The phone types it with a slip the parser forgives.
        auto typedBack = ShortCode::parse(typed.toLower());
        QVERIFY(typedBack);
        auto got = rendezvous().collect(typedBack.value());
        QVERIFY2(got, qPrintable(got.error().message));
        QCOMPARE(got.value().server, QUrl(kMarkerUrl));
        QVERIFY(got.value().pairKey.equals(sent.pairKey));
        QCOMPARE(PairKeys(got.value().pairKey).verificationPhrase(),
                 PairKeys(sent.pairKey).verificationPhrase());
        // One use: gone from the server once collected.
        QCOMPARE(rendezvousDocs().size(), 0);
        auto again = rendezvous().collect(typedBack.value());
        QVERIFY(!again);
        QCOMPARE(again.error().message, Rendezvous::notFoundMessage());
        checkNothingReadable(sent, typed);
    }

    void wrongCodeFindsNothing()
    {
        auto code = rendezvous().publish(payload());
        QVERIFY(code);
        auto wrong = rendezvous().collect(ShortCode::generate());
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::NotFound);
        QCOMPARE(wrong.error().message, Rendezvous::notFoundMessage());
        // The real one is still there, and the tablet can withdraw it.
        QCOMPARE(rendezvousDocs().size(), 1);
        QVERIFY(rendezvous().withdraw(code.value()));
        QCOMPARE(rendezvousDocs().size(), 0);
        QVERIFY(rendezvous().withdraw(code.value())); // already gone: fine
        QCOMPARE(rendezvous().collect(code.value()).error().message, Rendezvous::notFoundMessage());
    }

    void expiredCodeIsRefused()
    {
        const QDateTime start = m_clock.now();
        auto code = rendezvous().publish(payload());
        QVERIFY(code);
        m_clock.advanceSeconds(Rendezvous::kLifetimeSeconds + 1);
        auto late = rendezvous().collect(code.value());
        m_clock.set(start);
        QVERIFY(!late);
        QCOMPARE(late.error().message, Rendezvous::expiredMessage());
        // Refused and tidied away: not there for a second try with a clock set back.
        QCOMPARE(rendezvous().collect(code.value()).error().message, Rendezvous::notFoundMessage());
    }

    void expiredLeftoversAreRemovedByTheNextPublish()
    {
        const QDateTime start = m_clock.now();
        auto old = rendezvous().publish(payload());
        QVERIFY(old);
        m_clock.advanceSeconds(Rendezvous::kLifetimeSeconds + 60);
        auto fresh = rendezvous().publish(payload());
        QVERIFY(fresh);
        QCOMPARE(rendezvousDocs().size(), 1);
        QVERIFY(rendezvous().collect(fresh.value()));
        m_clock.set(start);
    }

    // An expiry moved on the server (to keep a code alive) breaks the ciphertext's check.
    void alteredExpiryIsRefused()
    {
        auto code = rendezvous().publish(payload());
        QVERIFY(code);
        auto keys = Rendezvous::derive(code.value());
        QVERIFY(keys);
        const QString path = QStringLiteral("/dit-rendezvous/") + keys.value().docId;
        QJsonObject doc = QJsonDocument::fromJson(m_server.admin("GET", path).body).object();
        doc.insert(QStringLiteral("expires"), m_clock.now().addDays(30).toString(Qt::ISODate));
        QVERIFY(m_server.admin("PUT", path, QJsonDocument(doc).toJson()).ok());
        auto got = rendezvous().collect(code.value());
        QVERIFY(!got);
        QCOMPARE(got.error().message, Rendezvous::notFoundMessage());
    }

    // Members only: anonymous requests and a pair's own user get nothing; the rendezvous
    // user reaches only its database.
    void rendezvousDatabaseIsMembersOnly()
    {
        CouchDatabase anonymous(m_http, m_server.url(), Rendezvous::databaseName(), QString(),
                                SecretBytes());
        QVERIFY(!anonymous.request("GET", QStringLiteral("_all_docs")).response.ok());
        Provisioning admin(m_http, m_server.url(), m_server.adminName(), m_server.adminPassword());
        auto pair = admin.createPair();
        QVERIFY(pair);
        const PairKeys keys(pair.value().pairKey);
        CouchDatabase pairUser(m_http, m_server.url(), Rendezvous::databaseName(), keys.userName(),
                               keys.password());
        const int status = pairUser.request("GET", QStringLiteral("_all_docs")).response.status;
        QVERIFY2(status == 401 || status == 403, qPrintable(QString::number(status)));
        CouchDatabase intruder(m_http, m_server.url(), keys.databaseName(), kUser,
                               SecretBytes::copyOf(kPassword));
        const int into = intruder.request("GET", QStringLiteral("_all_docs")).response.status;
        QVERIFY2(into == 401 || into == 403, qPrintable(QString::number(into)));
        auto wrongPassword =
            Rendezvous(m_http, m_server.url(), kUser, SecretBytes::copyOf("not it"), m_clock)
                .publish(payload());
        QVERIFY(!wrongPassword);
        QCOMPARE(wrongPassword.error().code, ErrorCode::WrongPassphrase);
    }

    void unreachableServerIsSaidPlainly()
    {
        auto got =
            rendezvous(QUrl(QStringLiteral("http://127.0.0.1:1"))).collect(ShortCode::generate());
        QVERIFY(!got);
        QCOMPARE(got.error().message, status::notReachable());
    }
};

DIT_SYNC_SERVER_TEST_MAIN(TestSyncRendezvous)

#include "tst_sync_rendezvous.moc"
