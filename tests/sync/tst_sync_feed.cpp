// How a pull reads the server's feed (docs/SYNC.md, "Pull"), against a real PouchDB Server
// started here: documents inline in _changes, or fetched with _bulk_get, or one GET each where
// _bulk_get is missing; a page too large inline asked again without them; an inline document
// under the wrong row refused. Exit 77 (skipped, with the reason) only when node or
// pouchdb-server is missing.
#include "FaultProxy.h"
#include "SyncDevice.h"
#include "SyncServer.h"
#include "SyncTestMain.h"
#include "sync/Provisioning.h"
#include "sync/SyncStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace dit;
using namespace dit::sync;
using dit::test::FaultProxy;
using dit::test::SyncDevice;

namespace {

const QString kPatient = QStringLiteral("patient-1");
const QString kFocus = QStringLiteral("focus");

// A server that puts the documents of the last two rows of an inline _changes page under each
// other's rows (each document whole and genuine, under the wrong row).
class SwappingClient : public HttpClient
{
public:
    explicit SwappingClient(HttpClient &inner) : m_inner(inner) {}
    HttpResponse send(const HttpRequest &request) override
    {
        HttpResponse response = m_inner.send(request);
        if (!request.url.query().contains(QStringLiteral("include_docs=true")))
            return response;
        QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        QJsonArray rows = answer.value(QStringLiteral("results")).toArray();
        QList<int> withDocs;
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).toObject().value(QStringLiteral("doc")).isObject())
                withDocs.append(i);
        if (withDocs.size() < 2)
            return response;
        const int a = withDocs.at(withDocs.size() - 2), b = withDocs.last();
        QJsonObject rowA = rows.at(a).toObject(), rowB = rows.at(b).toObject();
        const QJsonValue docA = rowA.value(QStringLiteral("doc"));
        rowA.insert(QStringLiteral("doc"), rowB.value(QStringLiteral("doc")));
        rowB.insert(QStringLiteral("doc"), docA);
        rows.replace(a, rowA);
        rows.replace(b, rowB);
        answer.insert(QStringLiteral("results"), rows);
        response.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        swapped = true;
        return response;
    }
    bool swapped = false;

private:
    HttpClient &m_inner;
};

// A device whose response cap is small for _changes with inline documents only: such a page
// is refused as too large (by the real client, as an 8 MiB page would be); every other
// request passes as it is. Records what it was asked.
class CappedInlineClient : public HttpClient
{
public:
    explicit CappedInlineClient(HttpClient &inner) : m_inner(inner) {}
    HttpResponse send(const HttpRequest &request) override
    {
        const QUrlQuery query(request.url);
        const bool changes = request.url.path().endsWith(QStringLiteral("/_changes"));
        const bool inlineDocs = query.queryItemValue(QStringLiteral("include_docs")) == "true";
        HttpRequest capped = request;
        if (changes && inlineDocs)
            capped.maxResponseBytes = 2048;
        HttpResponse response = m_inner.send(capped);
        const QString since = query.queryItemValue(QStringLiteral("since"));
        if (changes && inlineDocs && response.failure == HttpResponse::Failure::TooLarge)
            refused << since;
        else if (changes && !inlineDocs)
            withoutDocs << since;
        bulkGets += request.url.path().endsWith(QStringLiteral("/_bulk_get")) ? 1 : 0;
        return response;
    }
    QStringList refused, withoutDocs; // the `since` of each such _changes
    int bulkGets = 0;

private:
    HttpClient &m_inner;
};
} // namespace

class TestSyncFeed : public QObject
{
    Q_OBJECT

    test::SyncServer m_server;
    NetworkHttpClient m_http;
    QStringList m_markers; // every text written by any device in this run
    int m_marker = 0;

    PairingPayload provision()
    {
        Provisioning p(m_http, m_server.url(), m_server.adminName(), m_server.adminPassword());
        auto payload = p.createPair();
        if (!payload)
            qFatal("provisioning failed: %s", qPrintable(payload.error().message));
        return std::move(payload.value());
    }

    QString marker()
    {
        const QString m = QStringLiteral("MARKER-%1-qz").arg(++m_marker);
        m_markers << m;
        return m;
    }

    // Both paired on `payload` (the phone through `via`, if given) and synced until each has
    // the other's confirmation of the check words: the passes after it are about the records.
    static bool joinedAndConfirmed(SyncDevice &therapist, SyncDevice &patient,
                                   const PairingPayload &payload, const QUrl &via = {})
    {
        return therapist.pair(payload, kPatient) && patient.pair(payload, {}, via) &&
               therapist.sync() && patient.sync() && therapist.sync();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_server.start(&problem), qPrintable(problem));
    }

    void cleanupTestCase()
    {
        // Nothing any device wrote is readable on the server.
        const QByteArray dump = m_server.dumpEverything();
        QVERIFY(dump.size() > 1000);
        QVERIFY(!m_markers.isEmpty());
        QVERIFY(!dump.contains("MARKER"));
        m_server.stop();
    }

    void bulkGetFallsBackToSingleGets()
    {
        const PairingPayload payload = provision();
        FaultProxy proxy(m_server.url(), 1);
        proxy.setAlways(FaultProxy::Fault::NoBulkGet);
        SyncDevice therapist(Role::Therapist), patient(Role::Patient);
        QVERIFY(therapist.pair(payload, kPatient));
        QVERIFY(patient.pair(payload, {}, proxy.url()));
        for (int i = 0; i < 3; ++i)
            therapist.write(kFocus, marker(), kPatient);
        QVERIFY(therapist.sync());
        auto pulled = patient.sync();
        QVERIFY2(pulled, qPrintable(pulled.error().message));
        QCOMPARE(pulled.value().pulled, 3);
        QVERIFY(proxy.singleGets() >= 4); // three records and the therapist's device key
        QCOMPARE(patient.ids({kFocus}), therapist.ids({kFocus}, kPatient));
    }

    // With the app's own sizes (bundles of 25, pages of 100), 300 records are sealed and
    // opened on every core (docs/SYNC.md, "Requests in flight"): each arrives once, whole.
    void aLargeBatchIsSealedAndOpenedOnEveryCore()
    {
        const PairingPayload payload = provision();
        SyncDevice therapist(Role::Therapist), patient(Role::Patient);
        QVERIFY(joinedAndConfirmed(therapist, patient, payload));
        for (int i = 0; i < 300; ++i)
            therapist.write(kFocus, marker(), kPatient);
        Replicator tablet(*therapist.pairs, therapist.http);
        auto pushed = tablet.syncPair(therapist.pairId);
        QVERIFY2(pushed, qPrintable(pushed.error().message));
        QCOMPARE(pushed.value().pushed, 300);
        Replicator phone(*patient.pairs, patient.http);
        auto pulled = phone.syncPair(patient.pairId);
        QVERIFY2(pulled, qPrintable(pulled.error().message));
        QCOMPARE(pulled.value().pulled, 300);
        QCOMPARE(pulled.value().rejected, 0);
        QCOMPARE(patient.ids({kFocus}), therapist.ids({kFocus}, kPatient));
        for (const QString &id : patient.ids({kFocus}))
            QCOMPARE(patient.store->records().get(id).value().body,
                     therapist.store->records().get(id).value().body);
    }

    // A pull takes the documents inline in _changes (no _bulk_get); a server that leaves
    // them out is asked with _bulk_get instead, and the same records arrive.
    void pullTakesDocumentsInlineOrFetchesWhatIsLeftOut()
    {
        for (const bool leftOut : {false, true}) {
            const PairingPayload payload = provision();
            FaultProxy proxy(m_server.url(), 1);
            if (leftOut)
                proxy.setAlways(FaultProxy::Fault::NoInlineDocs);
            SyncDevice therapist(Role::Therapist), patient(Role::Patient);
            QVERIFY(joinedAndConfirmed(therapist, patient, payload, proxy.url()));
            const int bulkGetsBefore = proxy.bulkGets();
            for (int i = 0; i < 10; ++i) // more than a page (SyncDevice: 7 a request)
                therapist.write(kFocus, marker(), kPatient);
            QVERIFY(therapist.sync());
            auto pulled = patient.sync();
            QVERIFY2(pulled, qPrintable(pulled.error().message));
            QCOMPARE(pulled.value().pulled, 10);
            QCOMPARE(patient.ids({kFocus}), therapist.ids({kFocus}, kPatient));
            if (leftOut)
                QVERIFY(proxy.bulkGets() - bulkGetsBefore >= 2); // one a page
            else
                QCOMPARE(proxy.bulkGets() - bulkGetsBefore, 0);
        }
    }

    // Inline documents under rows that name others: the pass fails and nothing of it is
    // applied; an honest answer afterwards brings every record.
    void inlineDocumentUnderAnotherRowFailsThePass()
    {
        const PairingPayload payload = provision();
        SyncDevice therapist(Role::Therapist), patient(Role::Patient);
        QVERIFY(joinedAndConfirmed(therapist, patient, payload));
        for (int i = 0; i < 3; ++i)
            therapist.write(kFocus, marker(), kPatient);
        QVERIFY(therapist.sync());
        SwappingClient swapping(patient.http);
        Replicator::Options options;
        options.batchSize = 7;
        options.bundleRecords = 2;
        options.pageSize = 3;
        Replicator lying(*patient.pairs, swapping, options);
        auto pass = lying.syncPair(patient.pairId);
        QVERIFY(swapping.swapped);
        QVERIFY(!pass);
        QCOMPARE(pass.error().message, status::serverProblem());
        QCOMPARE(patient.count(kFocus), 0);
        auto honest = patient.sync();
        QVERIFY2(honest, qPrintable(honest.error().message));
        QCOMPARE(patient.ids({kFocus}), therapist.ids({kFocus}, kPatient));
        QCOMPARE(patient.count(kFocus), 3);
    }

    // A _changes page whose documents inline pass the response cap is asked again without
    // them, and what it names is fetched with _bulk_get: every record arrives.
    void inlinePagePastTheCapIsAskedAgainWithoutDocuments()
    {
        const PairingPayload payload = provision();
        SyncDevice therapist(Role::Therapist), patient(Role::Patient);
        QVERIFY(joinedAndConfirmed(therapist, patient, payload));
        for (int i = 0; i < 10; ++i) // more than a page of 7 (about 0.5 KiB an envelope)
            therapist.write(kFocus, marker(), kPatient);
        QVERIFY(therapist.sync());
        CappedInlineClient capped(patient.http);
        Replicator::Options options;
        options.batchSize = 7;
        options.bundleRecords = 2;
        options.pageSize = 3;
        Replicator replicator(*patient.pairs, capped, options);
        auto pass = replicator.syncPair(patient.pairId);
        QVERIFY2(pass, qPrintable(pass.error().message));
        QCOMPARE(pass.value().pulled, 10);
        QCOMPARE(patient.ids({kFocus}), therapist.ids({kFocus}, kPatient));
        QVERIFY(!capped.refused.isEmpty());
        for (const QString &since : std::as_const(capped.refused))
            QVERIFY(capped.withoutDocs.contains(since)); // the same page, without documents
        QVERIFY(capped.bulkGets >= capped.refused.size());
        QVERIFY(patient.pairState().lastFailure.isEmpty());
    }
};

DIT_SYNC_SERVER_TEST_MAIN(TestSyncFeed)

#include "tst_sync_feed.moc"
