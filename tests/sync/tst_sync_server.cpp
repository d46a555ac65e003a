// Sync against a real PouchDB Server started here (docs/SYNC.md): devices converge, faults
// lose and duplicate nothing, forged or tampered records are refused, pairs cannot read
// each other, a restored server is noticed and refilled, and the server holds nothing
// readable. Exit 77 (skipped, with the reason) only when node or pouchdb-server is missing.
#include "CouchDatabase.h"
#include "FaultProxy.h"
#include "SyncDevice.h"
#include "SyncServer.h"
#include "SyncTestMain.h"
#include "caseload/RiskReview.h"
#include "common/Ids.h"
#include "course/CourseStore.h"
#include "measures/AnswerSharing.h"
#include "measures/DraftExpiry.h"
#include "sync/Provisioning.h"
#include "sync/SharePolicy.h"
#include "sync/SyncStatus.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dit;
using namespace dit::sync;
using dit::test::FaultProxy;
using dit::test::SyncDevice;

namespace {

const QString kPatient = QStringLiteral("patient-1");
const QString kResponse = QStringLiteral("measure-response");
const QString kFocus = QStringLiteral("focus");
const QString kNote = QStringLiteral("note");
const QString kHighlight = QStringLiteral("letter_highlight");

} // namespace

class TestSyncServer : public QObject
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

    // Syncs both until a pass of each brings nothing new, or gives up.
    static bool settle(SyncDevice &a, SyncDevice &b, int attempts)
    {
        int quiet = 0;
        for (int i = 0; i < attempts && quiet < 2; ++i) {
            SyncDevice &d = i % 2 ? b : a;
            auto counts = d.sync();
            quiet =
                counts && counts.value().pushed == 0 && counts.value().pulled == 0 ? quiet + 1 : 0;
        }
        return quiet >= 2;
    }

    // Random offline writes on both sides, synced at random moments.
    void interleave(SyncDevice &therapist, SyncDevice &patient, quint32 seed, int rounds,
                    bool toleratesFailure)
    {
        QRandomGenerator random(seed);
        const QStringList kinds = {kResponse, kFocus, kNote, kHighlight};
        for (int round = 0; round < rounds; ++round) {
            for (int i = int(random.bounded(4)); i > 0; --i)
                patient.write(kinds.at(int(random.bounded(4))), marker());
            for (int i = int(random.bounded(3)); i > 0; --i)
                therapist.write(kinds.at(int(random.bounded(4))), marker(), kPatient);
            if (random.bounded(3) == 0) // another patient's record: never in this pair
                therapist.write(kResponse, marker(), QStringLiteral("patient-2"));
            const int who = int(random.bounded(4));
            if (who & 1) {
                auto c = patient.sync();
                QVERIFY2(toleratesFailure || c, qPrintable(c.error().message));
            }
            if (who & 2) {
                auto c = therapist.sync();
                QVERIFY2(toleratesFailure || c, qPrintable(c.error().message));
            }
        }
    }

    void checkConverged(SyncDevice &therapist, SyncDevice &patient)
    {
        const QStringList shared = {kResponse, kFocus};
        QCOMPARE(patient.ids(shared), therapist.ids(shared, kPatient));
        QVERIFY(!patient.ids(shared).isEmpty());
        // Private kinds stay where they were written.
        for (const QString &kind : {kNote, kHighlight}) {
            for (const QString &id : patient.ids({kind}))
                QVERIFY(!therapist.store->records().get(id));
            for (const QString &id : therapist.ids({kind}, kPatient))
                QVERIFY(!patient.store->records().get(id));
        }
        // Another patient's records never reach this pair.
        for (const QString &id : therapist.ids({kResponse}, QStringLiteral("patient-2")))
            QVERIFY(!patient.store->records().get(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_server.start(&problem), qPrintable(problem));
    }

    void cleanupTestCase()
    {
        // Nothing any device wrote is readable on the server: not in any database, old
        // revision, security object, user, nor in the server's own files.
        const QByteArray dump = m_server.dumpEverything();
        QVERIFY(dump.size() > 1000); // the dump really has the databases in it
        QVERIFY(!m_markers.isEmpty());
        for (const QString &m : m_markers)
            QVERIFY2(!dump.contains(m.toUtf8()), qPrintable(m));
        QVERIFY(!dump.contains("MARKER"));
        QVERIFY(!dump.contains(kPatient.toUtf8()));
        m_server.stop();
    }

    void devicesConvergeAfterInterleavedOfflineWrites()
    {
        const PairingPayload payload = provision();
        SyncDevice therapist(Role::Therapist), patient(Role::Patient);
        QVERIFY(therapist.pair(payload, kPatient));
        QVERIFY(patient.pair(payload, {}));
        interleave(therapist, patient, 7, 12, false);
        QVERIFY(settle(therapist, patient, 8));
        checkConverged(therapist, patient);

        // Once settled, a pass costs one round trip: _changes; nothing is written.
        for (SyncDevice *d : {&therapist, &patient}) {
            auto idle = d->sync();
            QVERIFY(idle);
            QCOMPARE(idle.value().roundTrips, 1);
            QCOMPARE(idle.value().pushed, 0);
            QCOMPARE(idle.value().pulled, 0);
            QVERIFY(d->pairState().lastFailure.isEmpty());
            QVERIFY(d->pairState().lastSyncedAt.isValid());
        }
        // Exactly one envelope on the server per shared record (in bundles), and per device its
        // announcement and its confirmation of the check words: nothing twice.
        QCOMPARE(m_server.envelopeCount(PairKeys(payload.pairKey).databaseName()),
                 patient.ids({kResponse, kFocus}).size() + 4);
        // Each learned, from the other's signed confirmation, that the other confirmed.
        for (SyncDevice *d : {&therapist, &patient})
            QVERIFY(pairConfirmation(*d->pairs, d->pairId).value().otherConfirmedAt);

        // A record never sent goes without asking the server whether it has it (no
        // _revs_diff): the checkpoint check, _bulk_docs, _changes, the checkpoint write.
        patient.write(kResponse, marker());
        auto sent = patient.sync();
        QVERIFY(sent);
        QCOMPARE(sent.value().pushed, 1);
        QCOMPARE(sent.value().roundTrips, 4);
        QVERIFY(settle(therapist, patient, 4));
        checkConverged(therapist, patient);
    }

    // A risk answer left in a paired phone's draft past the form's window is kept as an
    // incomplete, flagged response, reaches the therapist's tablet by sync and is flagged
    // there; the phone then says it was sent (docs/MEASURES.md).
    void unsubmittedRiskAnswerReachesTheTherapist()
    {
        const PairingPayload payload = provision();
        SyncDevice therapist(Role::Therapist), patient(Role::Patient);
        QVERIFY(therapist.pair(payload, kPatient));
        QVERIFY(patient.pair(payload, {}));
        Course course; // Mondays at 10:00 from 2 March 2026
        course.totalSessions = 16;
        course.firstSession = QDate(2026, 3, 2);
        course.sessionTime = QTime(10, 0);
        QVERIFY(CourseStore(patient.store->records()).save(course));
        FormDraftStore drafts(patient.store->database(), patient.profile.clock);
        FormDraft draft;
        draft.session = 1;
        draft.instruments = MeasureSchedule::defaults(16).instrumentsFor(1);
        draft.answers[QStringLiteral("phq9")] = {
            {QStringLiteral("44260-8"), QStringLiteral("LA6569-3")}}; // Several days
        QVERIFY(drafts.save(draft));
        QCOMPARE(AnswerSharing::of(*patient.store, {}, {}).value().state,
                 AnswerSharing::State::NotYetSent);
        auto kept = keepAllExpiredDrafts(*patient.store, MeasuresConfig::builtIn(),
                                         QDateTime(QDate(2026, 3, 2), QTime(10, 50)));
        QVERIFY(kept);
        QCOMPARE(kept.value().size(), 1);
        QVERIFY(settle(therapist, patient, 8));
        auto sharing = AnswerSharing::of(*patient.store, {}, {kept.value().first().id});
        QCOMPARE(sharing.value().state, AnswerSharing::State::Sent);
        QVERIFY(sharing.value().sentBy.isValid());
        auto review = RiskReview(therapist.store->records(), InstrumentCatalogue::builtIn())
                          .answers(kPatient);
        QVERIFY(review);
        QCOMPARE(review.value().size(), 1);
        QCOMPARE(review.value().first().response.id, kept.value().first().id);
        QVERIFY(review.value().first().response.incomplete);
        QVERIFY(review.value().first().response.risk);
    }

    void faultsLoseNothingAndDuplicateNothing()
    {
        const PairingPayload payload = provision();
        // DIT_SYNC_SEED tries other fault sequences (a fixed one by default, reproducible).
        const quint32 seed = qEnvironmentVariableIsSet("DIT_SYNC_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("DIT_SYNC_SEED"))
                                 : 20261122u;
        FaultProxy proxy(m_server.url(), seed);
        proxy.setFaultRate(0.3);
        SyncDevice therapist(Role::Therapist, 1500), patient(Role::Patient, 1500);
        QVERIFY(therapist.pair(payload, kPatient, proxy.url()));
        QVERIFY(patient.pair(payload, {}, proxy.url()));
        interleave(therapist, patient, seed + 1, 10, true);
        proxy.setFaultRate(0.15);
        QVERIFY(settle(therapist, patient, 40));
        QVERIFY2(proxy.faultsInjected() >= 3, qPrintable(QString::number(proxy.faultsInjected())));
        checkConverged(therapist, patient);
        QCOMPARE(m_server.envelopeCount(PairKeys(payload.pairKey).databaseName()),
                 patient.ids({kResponse, kFocus}).size() + 4);
        // A failed pass says why in plain words, and the next good one clears it.
        proxy.setFaultRate(0);
        proxy.setAlways(FaultProxy::Fault::ServerError);
        QVERIFY(!patient.sync());
        QCOMPARE(patient.pairState().lastFailure, status::serverProblem());
        proxy.setAlways(FaultProxy::Fault::Silent);
        QElapsedTimer t;
        t.start();
        QCOMPARE(patient.sync().error().message, status::notReachable());
        QVERIFY(t.elapsed() < 6000); // the client's own idle limit, not the server's
        proxy.setAlways(FaultProxy::Fault::None);
        auto recovered = patient.sync();
        QVERIFY2(recovered, qPrintable(recovered.error().message));
        QVERIFY(patient.pairState().lastFailure.isEmpty());
    }

    void tamperedOrForgedRecordIsRejected()
    {
        const PairingPayload payload = provision();
        const PairKeys keys(payload.pairKey);
        SyncDevice therapist(Role::Therapist), patient(Role::Patient);
        QVERIFY(therapist.pair(payload, kPatient));
        QVERIFY(patient.pair(payload, {}));
        QVERIFY(therapist.sync()); // joined and confirmed first: this pass is about the records
        QVERIFY(patient.sync());
        const QString good = therapist.write(kResponse, marker(), kPatient);
        const QString tampered = therapist.write(kResponse, marker(), kPatient);
        QVERIFY(therapist.sync());

        // The server (its admin) changes one stored envelope, in the bundle it shares with the
        // good one: a new revision of that document.
        test::SyncServer::Held held = m_server.held(keys.databaseName(), keys.docId(tampered));
        QVERIFY(!held.path.isEmpty());
        QCOMPARE(held.entry, m_server.held(keys.databaseName(), keys.docId(good)).entry + 1);
        QByteArray blob = QByteArray::fromBase64(held.envelope().toLatin1());
        blob[blob.size() / 2] = char(blob[blob.size() / 2] ^ 0x20);
        held.setEnvelope(QString::fromLatin1(blob.toBase64()));
        QVERIFY(m_server.admin("PUT", held.path, QJsonDocument(held.doc).toJson()).ok());

        // Someone with the pair key but no paired device's signing key (a leaked code)
        // posts a record in a device's name it invented.
        Record forged;
        forged.id = newRandomId();
        forged.kind = kResponse;
        forged.thread = forged.id;
        forged.author = QStringLiteral("ffffffffffffffffffffffffffffffff");
        forged.createdAt = QDateTime::currentDateTimeUtc();
        forged.body = {{QStringLiteral("text"), marker()},
                       {QStringLiteral("instrument"), QStringLiteral("phq9")},
                       {QStringLiteral("session"), 1}};
        const DeviceKey stranger = DeviceKey::generate();
        CouchDatabase asPair(m_http, m_server.url(), keys.databaseName(), keys.userName(),
                             keys.password());
        const QJsonObject envelope =
            Envelope::sealRecord(keys, forged, forged.author, stranger.secretKey, 1);
        QVERIFY(
            asPair
                .request("POST", QStringLiteral("_bulk_docs"), {},
                         QJsonDocument(QJsonObject{{QStringLiteral("new_edits"), false},
                                                   {QStringLiteral("docs"), QJsonArray{envelope}}}))
                .response.ok());

        auto counts = patient.sync();
        QVERIFY2(counts, qPrintable(counts.error().message));
        QCOMPARE(counts.value().rejected, 2);
        QCOMPARE(counts.value().pulled, 1);
        QVERIFY(patient.store->records().get(good));
        QCOMPARE(patient.store->records().get(tampered).error().code, ErrorCode::NotFound);
        QCOMPARE(patient.store->records().get(forged.id).error().code, ErrorCode::NotFound);
        QCOMPARE(patient.pairState().lastFailure, status::recordRejected());
    }

    // A clustered CouchDB's _changes need not keep the order documents were written in: a
    // device's records may come before its announcement. They wait and are applied, not lost.
    void recordsBeforeTheirAuthorsAnnouncementAreKept()
    {
        const PairingPayload payload = provision();
        const PairKeys keys(payload.pairKey);
        SyncDevice patient(Role::Patient);
        QVERIFY(patient.pair(payload, {}));
        const QString author = newRandomId();
        const DeviceKey device = DeviceKey::generate();
        CouchDatabase asPair(m_http, m_server.url(), keys.databaseName(), keys.userName(),
                             keys.password());
        auto post = [&](const QJsonArray &docs) {
            return asPair
                .request("POST", QStringLiteral("_bulk_docs"), {},
                         QJsonDocument(QJsonObject{{QStringLiteral("new_edits"), false},
                                                   {QStringLiteral("docs"), docs}}))
                .response.ok();
        };
        // More records than one pull batch (7), then the announcement.
        QJsonArray records;
        QStringList ids;
        for (int i = 0; i < 9; ++i) {
            Record r;
            r.id = newRandomId();
            r.kind = kFocus;
            r.thread = r.id;
            r.author = author;
            r.createdAt = patient.profile.clock.now();
            r.body = {{QStringLiteral("affect"), marker()}};
            records.append(Envelope::sealRecord(keys, r, author, device.secretKey, i + 1));
            ids << r.id;
        }
        QVERIFY(post(records));
        QVERIFY(post({Envelope::sealDevice(keys, author, Role::Therapist, device.publicKey,
                                           device.secretKey)}));

        auto counts = patient.sync();
        QVERIFY2(counts, qPrintable(counts.error().message));
        QCOMPARE(counts.value().rejected, 0);
        QCOMPARE(counts.value().pulled, 9);
        for (const QString &id : ids)
            QVERIFY(patient.store->records().get(id));
        QVERIFY(patient.pairState().lastFailure.isEmpty());
        // Nothing is left waiting: the next pass fetches nothing.
        auto again = patient.sync();
        QVERIFY(again);
        QCOMPARE(again.value().pulled, 0);
        QCOMPARE(again.value().roundTrips, 1);
    }

    void secondPairCannotReadTheFirst()
    {
        const PairingPayload first = provision();
        const PairingPayload second = provision();
        SyncDevice patient(Role::Patient);
        QVERIFY(patient.pair(first, {}));
        patient.write(kResponse, marker());
        QVERIFY(patient.sync());

        const PairKeys a(first.pairKey), b(second.pairKey);
        CouchDatabase intruder(m_http, m_server.url(), a.databaseName(), b.userName(),
                               b.password());
        for (const auto &[method, path] :
             QList<QPair<QByteArray, QString>>{{"GET", QStringLiteral("_changes")},
                                               {"GET", QStringLiteral("_all_docs")},
                                               {"GET", QString()},
                                               {"PUT", QStringLiteral("x")}}) {
            const auto reply = intruder.request(method, path, {}, QJsonDocument(QJsonObject()));
            QVERIFY2(reply.response.status == 401 || reply.response.status == 403,
                     qPrintable(path + QString::number(reply.response.status)));
        }
        CouchDatabase anonymous(m_http, m_server.url(), a.databaseName(), QString(), SecretBytes());
        QVERIFY(!anonymous.request("GET", QStringLiteral("_changes")).response.ok());
        // Its own database works for the second pair's user.
        CouchDatabase own(m_http, m_server.url(), b.databaseName(), b.userName(), b.password());
        QVERIFY(own.request("GET", QStringLiteral("_changes")).response.ok());
    }

    void serverRestoredFromAnOlderBackupIsRefilled()
    {
        const PairingPayload payload = provision();
        const PairKeys keys(payload.pairKey);
        SyncDevice therapist(Role::Therapist), patient(Role::Patient);
        QVERIFY(therapist.pair(payload, kPatient));
        QVERIFY(patient.pair(payload, {}));
        patient.write(kResponse, marker());
        therapist.write(kFocus, marker(), kPatient);
        QVERIFY(settle(therapist, patient, 6));

        // The backup: every document and both devices' checkpoints as they are now.
        const QString db = QLatin1Char('/') + keys.databaseName();
        const QJsonArray rows =
            QJsonDocument::fromJson(
                m_server.admin("GET", db + QStringLiteral("/_all_docs?include_docs=true")).body)
                .object()
                .value(QStringLiteral("rows"))
                .toArray();
        QList<QPair<QString, QByteArray>> checkpoints;
        for (SyncDevice *d : {&therapist, &patient}) {
            const QString local = db + QStringLiteral("/_local/") +
                                  keys.docId(QStringLiteral("checkpoint:") + d->store->deviceId());
            checkpoints.append({local, m_server.admin("GET", local).body});
        }

        // Life goes on after the backup.
        const QString later = patient.write(kResponse, marker());
        const QString laterToo = therapist.write(kFocus, marker(), kPatient);
        QVERIFY(settle(therapist, patient, 6));

        // The server is restored from the backup.
        QVERIFY(m_server.admin("DELETE", db).ok());
        QVERIFY(m_server.admin("PUT", db).ok());
        const QJsonObject security{
            {QStringLiteral("members"),
             QJsonObject{{QStringLiteral("names"), QJsonArray{keys.userName()}}}}};
        QVERIFY(
            m_server
                .admin("PUT", db + QStringLiteral("/_security"), QJsonDocument(security).toJson())
                .ok());
        QJsonArray docs;
        for (const QJsonValue &row : rows)
            docs.append(row.toObject().value(QStringLiteral("doc")));
        QVERIFY(m_server
                    .admin("POST", db + QStringLiteral("/_bulk_docs"),
                           QJsonDocument(QJsonObject{{QStringLiteral("new_edits"), false},
                                                     {QStringLiteral("docs"), docs}})
                               .toJson())
                    .ok());
        for (const auto &[path, body] : checkpoints) {
            QJsonObject old = QJsonDocument::fromJson(body).object();
            old.remove(QStringLiteral("_rev"));
            QVERIFY(m_server.admin("PUT", path, QJsonDocument(old).toJson()).ok());
        }
        const QString laterDoc = keys.docId(later);
        auto hasDoc = [&](const QString &docId) {
            return !m_server.held(keys.databaseName(), docId).path.isEmpty();
        };
        QVERIFY(!hasDoc(laterDoc));

        // Each device notices and sends again what the server lacks.
        auto p = patient.sync();
        QVERIFY(p);
        QVERIFY(p.value().serverReset);
        QCOMPARE(p.value().pushed, 1); // only the record the backup lacked
        auto t = therapist.sync();
        QVERIFY(t);
        QVERIFY(t.value().serverReset);
        QCOMPARE(t.value().pushed, 1);
        QCOMPARE(t.value().pulled, 0); // it had everything already
        QVERIFY(hasDoc(laterDoc));
        QVERIFY(hasDoc(keys.docId(laterToo)));
        QVERIFY(settle(therapist, patient, 6));
        checkConverged(therapist, patient);
    }

    void unpairingIsHonouredByTheOtherSide()
    {
        const PairingPayload payload = provision();
        SyncDevice therapist(Role::Therapist), patient(Role::Patient);
        QVERIFY(therapist.pair(payload, kPatient));
        QVERIFY(patient.pair(payload, {}));
        QVERIFY(settle(therapist, patient, 5));

        QVERIFY(patient.replicator->unpair(patient.pairId));
        QCOMPARE(patient.pairState().state, Pair::State::Unpaired);
        QVERIFY(!patient.pairs->pairKey(patient.pairId)); // the key is gone here
        QVERIFY(!patient.sync());

        therapist.write(kFocus, marker(), kPatient);
        auto seen = therapist.sync();
        QVERIFY(seen);
        QVERIFY(seen.value().peerUnpaired);
        QCOMPARE(therapist.pairState().state, Pair::State::Unpaired);
        QCOMPARE(therapist.pairState().lastFailure, status::peerUnpaired());
        QVERIFY(!therapist.pairs->pairKey(therapist.pairId));
        QVERIFY(!therapist.sync());
    }

    void withdrawnAccessAndUnreachableServerAreSaidPlainly()
    {
        const PairingPayload payload = provision();
        SyncDevice patient(Role::Patient);
        QVERIFY(patient.pair(payload, {}));
        QVERIFY(patient.sync());
        Provisioning admin(m_http, m_server.url(), m_server.adminName(), m_server.adminPassword());
        QVERIFY(admin.removePair(payload.pairKey));
        auto refused = patient.sync();
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, status::accessWithdrawn());
        QCOMPARE(patient.pairState().lastFailure, status::accessWithdrawn());

        SyncDevice offline(Role::Patient);
        FaultProxy nowhere(m_server.url(), 2);
        nowhere.setAlways(FaultProxy::Fault::DropBefore);
        QVERIFY(offline.pair(provision(), {}, nowhere.url()));
        offline.write(kResponse, marker());
        auto unreachable = offline.sync();
        QVERIFY(!unreachable);
        QCOMPARE(unreachable.error().message, status::notReachable());
        QCOMPARE(offline.pairState().pushSeq, 0); // nothing counted as sent
    }

    // PouchDB Server ignores timeout= on long-polled _changes: the client's own limit ends
    // the wait; a change ends it at once.
    void longPollEndsOnTheClientsOwnLimit()
    {
        const PairingPayload payload = provision();
        SyncDevice therapist(Role::Therapist), patient(Role::Patient);
        QVERIFY(therapist.pair(payload, kPatient));
        QVERIFY(patient.pair(payload, {}));
        QVERIFY(settle(therapist, patient, 5));
        QElapsedTimer t;
        t.start();
        auto nothing = patient.replicator->waitForChanges(patient.pairId, 1200);
        QVERIFY(nothing);
        QVERIFY(!nothing.value());
        QVERIFY(t.elapsed() >= 1100);
        QVERIFY(t.elapsed() < 5000);
        therapist.write(kFocus, marker(), kPatient);
        QVERIFY(therapist.sync());
        t.restart();
        auto something = patient.replicator->waitForChanges(patient.pairId, 5000);
        QVERIFY(something);
        QVERIFY(something.value());
        QVERIFY(t.elapsed() < 4000);
    }
};

DIT_SYNC_SERVER_TEST_MAIN(TestSyncServer)

#include "tst_sync_server.moc"
