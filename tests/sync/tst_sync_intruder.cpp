// Sync against someone who holds the pair key (what a photo of the QR code gives), or a
// paired device that breaks the rules, or a hostile server (docs/SYNC.md, "Who may write
// what"): a PouchDB Server started here, a real tablet and phone, and an intruder writing to
// the pair's database. Each attempt is refused or noticed, nothing changes on either device,
// and the status says what the docs say it says. Exit 77 (skipped, with the reason) only when
// node or pouchdb-server is missing.
#include "CouchDatabase.h"
#include "SyncDevice.h"
#include "SyncServer.h"
#include "SyncTestMain.h"
#include "common/Ids.h"
#include "letters/Letter.h"
#include "sync/Bundle.h"
#include "sync/Provisioning.h"
#include "sync/Rendezvous.h"
#include "sync/SyncSchedule.h"
#include "sync/SyncStatus.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace dit;
using namespace dit::sync;
using dit::test::SyncDevice;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

namespace {

const QString kPatient = QStringLiteral("patient-1");
const QString kResponse = QStringLiteral("measure-response");
const QString kFocus = QStringLiteral("focus");
const QString kLetter = QStringLiteral("letter");

// Everything a device holds that sync could change: its records and its pair.
QStringList snapshot(SyncDevice &d)
{
    QStringList out;
    auto stmt = d.store->database().prepare(
        "SELECT id, kind, subject, author, body FROM records ORDER BY id");
    while (stmt && stmt.value().next())
        out << QStringList{stmt.value().text(0), stmt.value().text(1), stmt.value().text(2),
                           stmt.value().text(3), stmt.value().text(4)}
                   .join(QLatin1Char('|'));
    const Pair p = d.pairState();
    out << QStringLiteral("pair|%1|%2").arg(int(p.state)).arg(d.pairs->pairKey(d.pairId) ? 1 : 0);
    // What this device knows of the other's confirmation of the check words.
    const auto there = p.state == Pair::State::Active
                           ? pairConfirmation(*d.pairs, d.pairId).value().otherConfirmedAt
                           : std::nullopt;
    out << QStringLiteral("confirmed there|%1")
               .arg(there ? there->toString(Qt::ISODateWithMs) : QString());
    return out;
}

} // namespace

class TestSyncIntruder : public QObject
{
    Q_OBJECT

    test::SyncServer m_server;
    NetworkHttpClient m_http;

    // A pair made in the room: provisioned, both devices paired, one record each, settled.
    struct Room
    {
        PairingPayload payload;
        std::unique_ptr<SyncDevice> therapist = std::make_unique<SyncDevice>(Role::Therapist);
        std::unique_ptr<SyncDevice> patient = std::make_unique<SyncDevice>(Role::Patient);
    };

    std::unique_ptr<Room> room()
    {
        auto r = std::make_unique<Room>();
        Provisioning p(m_http, m_server.url(), m_server.adminName(), m_server.adminPassword());
        auto payload = p.createPair();
        if (!payload)
            qFatal("provisioning failed: %s", qPrintable(payload.error().message));
        r->payload = std::move(payload.value());
        if (!r->therapist->pair(r->payload, kPatient) || !r->patient->pair(r->payload, {}))
            qFatal("pairing failed");
        r->patient->write(kResponse, QStringLiteral("phone's own answer"));
        r->therapist->write(kFocus, QStringLiteral("tablet's focus"), kPatient);
        // The last pass brings the phone the tablet's confirmation of the check words.
        for (SyncDevice *d :
             {r->therapist.get(), r->patient.get(), r->therapist.get(), r->patient.get()})
            if (!d->sync())
                qFatal("the first passes failed");
        return r;
    }

    // A pair whose tablet's person has confirmed the check words and whose phone's has not:
    // the tablet waits to hear that the phone confirmed.
    std::unique_ptr<Room> halfConfirmedRoom()
    {
        auto r = std::make_unique<Room>();
        Provisioning p(m_http, m_server.url(), m_server.adminName(), m_server.adminPassword());
        auto payload = p.createPair();
        if (!payload)
            qFatal("provisioning failed: %s", qPrintable(payload.error().message));
        r->payload = std::move(payload.value());
        r->patient->confirmsOnJoin = false;
        if (!r->therapist->pair(r->payload, kPatient) || !r->patient->pair(r->payload, {}))
            qFatal("pairing failed");
        for (SyncDevice *d : {r->therapist.get(), r->patient.get(), r->therapist.get()})
            if (!d->sync())
                qFatal("the first passes failed");
        if (!pairConfirmation(*r->therapist->pairs, r->therapist->pairId).value().confirmedAt ||
            pairConfirmation(*r->therapist->pairs, r->therapist->pairId).value().otherConfirmedAt)
            qFatal("the tablet should have confirmed, the phone not");
        return r;
    }

    // A confirmation of the check words as `signer` signs it, in `author`'s name, naming
    // `of` and `transcript`, at `at`.
    static QJsonObject confirmation(const PairKeys &keys, const QString &author, const QString &of,
                                    const QByteArray &transcript, const QDateTime &at,
                                    const SecretBytes &signer)
    {
        return Envelope::sealConfirmed(keys, author, of, transcript, at, signer);
    }

    // The transcript both devices of `r` compute (the tablet's key first).
    static QByteArray transcriptOf(Room &r)
    {
        return PairKeys(r.payload.pairKey)
            .confirmationTranscript(r.payload.server.toString(),
                                    r.therapist->pairs->deviceKey().value().publicKey,
                                    r.patient->pairs->deviceKey().value().publicKey);
    }

    // Writes envelopes into the pair's database as anyone holding the pair key can.
    bool post(const Room &r, const QJsonArray &docs)
    {
        const PairKeys keys(r.payload.pairKey);
        CouchDatabase asPair(m_http, m_server.url(), keys.databaseName(), keys.userName(),
                             keys.password());
        const auto reply =
            asPair.request("POST", QStringLiteral("_bulk_docs"), {},
                           QJsonDocument(QJsonObject{{QStringLiteral("new_edits"), false},
                                                     {QStringLiteral("docs"), docs}}));
        return reply.response.ok();
    }

    // A record as `author` would make it, at the device's own time.
    static Record record(SyncDevice &clockOf, const QString &kind, const QJsonObject &body,
                         const QString &author)
    {
        Record r;
        r.id = newRandomId();
        r.kind = kind;
        r.thread = r.id;
        r.author = author;
        r.createdAt = clockOf.profile.clock.now();
        r.body = body;
        return r;
    }

    static QJsonObject response(bool inRoom)
    {
        QJsonObject body{{QStringLiteral("instrument"), QStringLiteral("phq9")},
                         {QStringLiteral("session"), 1},
                         {QStringLiteral("answers"), QJsonObject()}};
        if (inRoom)
            body.insert(QStringLiteral("inRoom"), true);
        return body;
    }

    // Syncs `d` and checks nothing changed there, the pass reported `rejected` refusals and
    // the status says `words`.
    static void syncChangesNothing(SyncDevice &d, int rejected, const QString &words)
    {
        const QStringList before = snapshot(d);
        auto counts = d.sync();
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
        QCOMPARE(counts.value().rejected, rejected);
        QCOMPARE(counts.value().pulled, 0);
        QCOMPARE(snapshot(d), before);
        QCOMPARE(d.pairState().lastFailure, words);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_server.start(&problem), qPrintable(problem));
    }

    // Someone with the pair key writes a record in the phone's name, signed with a key of
    // their own; the phone itself (a modified app) writes one naming the tablet as author.
    void recordInTheOtherDevicesNameIsRefused()
    {
        auto r = room();
        const PairKeys keys(r->payload.pairKey);
        const QString phone = r->patient->store->deviceId();
        const DeviceKey stranger = DeviceKey::generate();
        const Record forged = record(*r->therapist, kResponse, response(false), phone);
        Record named =
            record(*r->therapist, kResponse, response(false), r->therapist->store->deviceId());
        QVERIFY(
            post(*r, {Envelope::sealRecord(keys, forged, phone, stranger.secretKey, 2),
                      Envelope::sealRecord(keys, named, phone,
                                           r->patient->pairs->deviceKey().value().secretKey, 3)}));
        syncChangesNothing(*r->therapist, 2, status::recordRejected());
        QCOMPARE(r->therapist->store->records().get(forged.id).error().code, ErrorCode::NotFound);
    }

    // Bundles made by someone holding the pair key (docs/SYNC.md, "Bundles"): a forged record
    // beside a genuine one replayed, a bundle whose id is not its entries' (a record taken out
    // or put in), and one that is not a list. Each envelope in a bundle is checked as if it
    // came alone, and a bundle that is not well-formed is refused whole, even with a genuine,
    // new record inside.
    void forgedOrAlteredBundleChangesNothing()
    {
        auto r = room();
        const PairKeys keys(r->payload.pairKey);
        const QString phone = r->patient->store->deviceId();
        const SecretBytes &phoneKey = r->patient->pairs->deviceKey().value().secretKey;
        const QString first = r->patient->ids({kResponse}).value(0);
        const auto genuine = m_server.held(keys.databaseName(), keys.docId(first));
        QVERIFY(!genuine.path.isEmpty());
        const QJsonObject replayed{{QStringLiteral("_id"), keys.docId(first)},
                                   {QStringLiteral("e"), genuine.envelope()}};
        const Record forged = record(*r->therapist, kResponse, response(false), phone);
        const QJsonObject forgedEnvelope =
            Envelope::sealRecord(keys, forged, phone, DeviceKey::generate().secretKey, 2);
        const QList<QJsonObject> mixed{forgedEnvelope, replayed};
        const QJsonObject withForged = bundle::make(
            keys,
            bundle::logicalId(
                keys, {forgedEnvelope.value(QStringLiteral("_id")).toString(), keys.docId(first)}),
            mixed);
        const Record slipped = record(*r->therapist, kResponse, response(false), phone);
        const QJsonObject altered =
            bundle::make(keys, QStringLiteral("bundle:not its entries"),
                         {Envelope::sealRecord(keys, slipped, phone, phoneKey, 2)});
        const QJsonObject notAList{{QStringLiteral("_id"), keys.docId(QStringLiteral("bundle:x"))},
                                   {QStringLiteral("_rev"), keys.revision(QStringLiteral("x"))},
                                   {QStringLiteral("b"), QStringLiteral("not a list")}};
        QVERIFY(post(*r, {withForged, altered, notAList}));
        syncChangesNothing(*r->therapist, 3, status::recordRejected());
        QCOMPARE(r->therapist->store->records().get(forged.id).error().code, ErrorCode::NotFound);
        QCOMPARE(r->therapist->store->records().get(slipped.id).error().code, ErrorCode::NotFound);
        // Refused once, never fetched again.
        syncChangesNothing(*r->therapist, 0, QString());
    }

    // The patient's phone signs a letter as the therapist's: only the tablet writes letters.
    void letterFromThePatientsDeviceIsRefused()
    {
        auto r = room();
        Letter letter;
        letter.title = QStringLiteral("A note from your therapist");
        letter.date = QDate(2026, 5, 4);
        letter.sections = {{QString(), QString(), QStringLiteral("Stop the sessions.")}};
        const QString phone = r->patient->store->deviceId();
        const Record forged = record(*r->therapist, kLetter, letter.toJson(), phone);
        QVERIFY(
            post(*r, {Envelope::sealRecord(PairKeys(r->payload.pairKey), forged, phone,
                                           r->patient->pairs->deviceKey().value().secretKey, 2)}));
        syncChangesNothing(*r->therapist, 1, status::recordRejected());
        // The same letter from the tablet is the tablet's to write, and arrives.
        const QString tablet = r->therapist->store->deviceId();
        const Record real = record(*r->therapist, kLetter, letter.toJson(), tablet);
        QVERIFY(post(
            *r, {Envelope::sealRecord(PairKeys(r->payload.pairKey), real, tablet,
                                      r->therapist->pairs->deviceKey().value().secretKey, 2)}));
        auto counts = r->patient->sync();
        QVERIFY(counts);
        QCOMPARE(counts.value().pulled, 1);
        QVERIFY(r->patient->store->records().get(real.id));
    }

    // The tablet signs a form response that was not filled in there in the room (a
    // "correction" of the patient's answers): only the phone answers for the patient.
    void responseFromTheTherapistsDeviceOutsideTheRoomIsRefused()
    {
        auto r = room();
        const QString tablet = r->therapist->store->deviceId();
        Record correction = record(*r->patient, kResponse, response(false), tablet);
        const QString original = r->patient->ids({kResponse}).value(0);
        QVERIFY(!original.isEmpty());
        correction.parent = original;
        correction.thread = original;
        QVERIFY(post(
            *r, {Envelope::sealRecord(PairKeys(r->payload.pairKey), correction, tablet,
                                      r->therapist->pairs->deviceKey().value().secretKey, 2)}));
        syncChangesNothing(*r->patient, 1, status::recordRejected());
        // The same response marked as filled in on the tablet in the room is the tablet's to
        // make, and arrives.
        r->therapist->write(kResponse, QStringLiteral("in the room"), kPatient);
        QVERIFY(r->therapist->sync());
        auto counts = r->patient->sync();
        QVERIFY(counts);
        QCOMPARE(counts.value().pulled, 1);
    }

    // A third device announces itself (either role) and writes: refused on both devices,
    // which then say so, and keep saying so.
    void thirdDeviceIsRefusedAndShown()
    {
        auto r = room();
        const PairKeys keys(r->payload.pairKey);
        const DeviceKey third = DeviceKey::generate();
        const QString thirdId = newRandomId();
        const Record hers = record(*r->therapist, kResponse, response(false), thirdId);
        QVERIFY(post(*r, {Envelope::sealDevice(keys, thirdId, Role::Patient, third.publicKey,
                                               third.secretKey),
                          Envelope::sealRecord(keys, hers, thirdId, third.secretKey, 1)}));
        syncChangesNothing(*r->therapist, 1, status::anotherDevice(Role::Therapist));
        syncChangesNothing(*r->patient, 1, status::anotherDevice(Role::Patient));
        QCOMPARE(r->therapist->pairs->otherDevices(r->therapist->pairId).value(),
                 QStringList{r->patient->store->deviceId()});
        // The warning stays after later good passes.
        syncChangesNothing(*r->therapist, 0, status::anotherDevice(Role::Therapist));
        QVERIFY(statusLine(r->therapist->pairState(), r->therapist->profile.clock.now())
                    .contains(QStringLiteral("another device tried to join this pairing")));
    }

    // Neither device applies the other's records before its person confirmed the check
    // words; the announcements go both ways first, and both show the same four words.
    void recordsWaitForTheCheckWords()
    {
        Provisioning p(m_http, m_server.url(), m_server.adminName(), m_server.adminPassword());
        auto payload = p.createPair();
        QVERIFY(payload);
        SyncDevice tablet(Role::Therapist), phone(Role::Patient);
        tablet.confirmsOnJoin = phone.confirmsOnJoin = false;
        QVERIFY(tablet.pair(payload.value(), kPatient) && phone.pair(payload.value(), {}));
        tablet.write(kFocus, QStringLiteral("tablet's focus"), kPatient);
        phone.write(kResponse, QStringLiteral("phone's answer"));
        QVERIFY(tablet.sync());
        QCOMPARE(pairConfirmation(*tablet.pairs, tablet.pairId).value().checkWords, QString());
        QVERIFY(!confirmPair(*tablet.pairs, tablet.pairId)); // nobody has joined yet
        syncChangesNothing(phone, 0, status::awaitingConfirmation());
        syncChangesNothing(tablet, 0, status::awaitingConfirmation());
        const QString words = pairConfirmation(*tablet.pairs, tablet.pairId).value().checkWords;
        QCOMPARE(words.split(QLatin1Char(' ')).size(), 4);
        QCOMPARE(pairConfirmation(*phone.pairs, phone.pairId).value().checkWords, words);
        QVERIFY(words != PairKeys(payload.value().pairKey).verificationPhrase());

        // The phone's person taps "These words match": the tablet's focus arrives there, the
        // tablet still waits for its own person.
        QVERIFY(confirmPair(*phone.pairs, phone.pairId));
        const auto confirmed = pairConfirmation(*phone.pairs, phone.pairId).value().confirmedAt;
        QCOMPARE(confirmed, phone.profile.clock.now());
        auto counts = phone.sync();
        QVERIFY(counts);
        QCOMPARE(counts.value().pulled, 1);
        QCOMPARE(phone.count(kFocus), 1);
        QCOMPARE(phone.pairState().lastFailure, QString());
        // The tablet hears that the phone confirmed, and still applies nothing of it.
        counts = tablet.sync();
        QVERIFY(counts);
        QCOMPARE(counts.value().pulled, 0);
        QCOMPARE(tablet.count(kResponse, kPatient), 0);
        QCOMPARE(pairConfirmation(*tablet.pairs, tablet.pairId).value().otherConfirmedAt,
                 confirmed);
        QCOMPARE(tablet.pairState().lastFailure, status::awaitingConfirmation());
        QVERIFY(confirmPair(*tablet.pairs, tablet.pairId));
        counts = tablet.sync();
        QVERIFY(counts);
        QCOMPARE(counts.value().pulled, 1);
        QCOMPARE(tablet.count(kResponse, kPatient), 1);
        QCOMPARE(tablet.pairState().lastFailure, QString());
    }

    // Each device learns that the other's person confirmed the words, from the other's
    // signed confirmation, and when.
    void eachSideLearnsTheOtherConfirmed()
    {
        auto r = halfConfirmedRoom();
        const QDateTime tabletConfirmed =
            pairConfirmation(*r->therapist->pairs, r->therapist->pairId)
                .value()
                .confirmedAt.value();
        QVERIFY(r->patient->sync());
        QCOMPARE(pairConfirmation(*r->patient->pairs, r->patient->pairId).value().otherConfirmedAt,
                 tabletConfirmed);
        r->patient->profile.clock.advanceSeconds(90);
        QVERIFY(confirmPair(*r->patient->pairs, r->patient->pairId));
        QVERIFY(r->patient->sync());
        QVERIFY(r->therapist->sync());
        QCOMPARE(
            pairConfirmation(*r->therapist->pairs, r->therapist->pairId).value().otherConfirmedAt,
            r->patient->profile.clock.now());
        QCOMPARE(r->therapist->pairState().lastFailure, QString());
    }

    // A confirmation in the phone's name signed with another key, one naming another device
    // and one dated before 2000: each refused, and the phone's real one still arrives after.
    void forgedConfirmationIsRefused()
    {
        auto r = halfConfirmedRoom();
        const PairKeys keys(r->payload.pairKey);
        const QString phone = r->patient->store->deviceId();
        const QString tablet = r->therapist->store->deviceId();
        const SecretBytes &phoneKey = r->patient->pairs->deviceKey().value().secretKey;
        const QDateTime now = r->therapist->profile.clock.now();
        const DeviceKey stranger = DeviceKey::generate();
        QVERIFY(post(
            *r,
            {confirmation(keys, phone, tablet, transcriptOf(*r), now, stranger.secretKey),
             confirmation(keys, phone, newRandomId(), transcriptOf(*r), now.addSecs(1), phoneKey),
             confirmation(keys, phone, tablet, transcriptOf(*r),
                          QDateTime(QDate(1999, 12, 31), QTime(12, 0), Qt::UTC), phoneKey)}));
        syncChangesNothing(*r->therapist, 3, status::recordRejected());
        QVERIFY(confirmPair(*r->patient->pairs, r->patient->pairId));
        QVERIFY(r->patient->sync());
        QVERIFY(r->therapist->sync());
        QCOMPARE(
            pairConfirmation(*r->therapist->pairs, r->therapist->pairId).value().otherConfirmedAt,
            r->patient->profile.clock.now());
    }

    // A confirmation taken from another pairing: copied as it is into this pair's database,
    // and re-signed by this pair's phone over the other pairing's words. Both refused.
    void replayedConfirmationFromAnotherPairingIsRefused()
    {
        auto other = room();
        auto r = halfConfirmedRoom();
        const PairKeys otherKeys(other->payload.pairKey);
        const QString otherPhone = other->patient->store->deviceId();
        const auto otherAt =
            pairConfirmation(*other->patient->pairs, other->patient->pairId).value().confirmedAt;
        QVERIFY(otherAt);
        const QString path = QLatin1Char('/') + otherKeys.databaseName() + QLatin1Char('/') +
                             otherKeys.docId(Envelope::confirmedLogicalId(
                                 otherPhone, transcriptOf(*other), *otherAt,
                                 other->patient->pairs->deviceKey().value().secretKey));
        QJsonObject copied = QJsonDocument::fromJson(m_server.admin("GET", path).body).object();
        QVERIFY(copied.contains(QStringLiteral("e")));
        const QString phone = r->patient->store->deviceId();
        const QString tablet = r->therapist->store->deviceId();
        QVERIFY(
            post(*r, {copied, confirmation(PairKeys(r->payload.pairKey), phone, tablet,
                                           transcriptOf(*other), r->patient->profile.clock.now(),
                                           r->patient->pairs->deviceKey().value().secretKey)}));
        syncChangesNothing(*r->therapist, 2, status::recordRejected());
    }

    // A third device announces itself and posts a confirmation naming the tablet, over the
    // words it would show: refused, and the tablet still waits for the phone's.
    void confirmationFromAThirdDeviceIsRefused()
    {
        auto r = halfConfirmedRoom();
        const PairKeys keys(r->payload.pairKey);
        const DeviceKey third = DeviceKey::generate();
        const QString thirdId = newRandomId();
        const QString tablet = r->therapist->store->deviceId();
        const QByteArray words = keys.confirmationTranscript(
            r->payload.server.toString(), r->therapist->pairs->deviceKey().value().publicKey,
            third.publicKey);
        QVERIFY(post(*r, {Envelope::sealDevice(keys, thirdId, Role::Patient, third.publicKey,
                                               third.secretKey),
                          confirmation(keys, thirdId, tablet, words,
                                       r->therapist->profile.clock.now(), third.secretKey)}));
        syncChangesNothing(*r->therapist, 1, status::anotherDevice(Role::Therapist));
    }

    // Someone overhears the short code and collects the payload before the real phone: the
    // real phone finds "no pairing"; the intruder's device shows on the tablet with words that
    // nobody in the room can match, so the therapist taps "They do not match": the tablet
    // unpairs (the intruder hears of it), nothing the intruder wrote was applied, and the
    // next pairing has a new key, published under a new short code once.
    void snatchedShortCodeEndsThatPairing()
    {
        const QString user = QStringLiteral("dit-rendezvous");
        const QByteArray password = "rendezvous-only-password";
        Provisioning p(m_http, m_server.url(), m_server.adminName(), m_server.adminPassword());
        QVERIFY(p.prepareRendezvous(user, SecretBytes::copyOf(password)));
        ManualClock clock{
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)};
        Rendezvous meeting(m_http, m_server.url(), user, SecretBytes::copyOf(password), clock);
        auto first = p.createPair();
        QVERIFY(first);
        auto code = meeting.publish(first.value());
        QVERIFY(code);
        SyncDevice tablet(Role::Therapist), intruder(Role::Patient);
        tablet.confirmsOnJoin = false;
        QVERIFY(tablet.pair(first.value(), kPatient));
        QVERIFY(tablet.sync());

        auto snatched = meeting.collect(code.value());
        QVERIFY(snatched);
        QCOMPARE(meeting.collect(code.value()).error().message, Rendezvous::notFoundMessage());
        QVERIFY(intruder.pair(snatched.value(), {}));
        intruder.write(kResponse, QStringLiteral("intruder's answer"));
        QVERIFY(intruder.sync()); // it confirms at once: it has nobody to compare with
        // The tablet shows the intruder's words (and that it says it confirmed them); nothing
        // of it is applied.
        auto counts = tablet.sync();
        QVERIFY(counts);
        QCOMPARE(counts.value().pulled, 0);
        QCOMPARE(tablet.pairState().lastFailure, status::awaitingConfirmation());
        QCOMPARE(tablet.count(kResponse, kPatient), 0);

        // "They do not match" (or the real phone found no pairing): unpair, a new key.
        QVERIFY(Replicator(*tablet.pairs, tablet.http).unpair(tablet.pairId));
        QCOMPARE(tablet.pairState().state, Pair::State::Unpaired);
        QVERIFY(!tablet.pairs->pairKey(tablet.pairId));
        QCOMPARE(tablet.count(kResponse, kPatient), 0);
        auto heard = intruder.sync();
        QVERIFY(heard);
        QVERIFY(heard.value().peerUnpaired);

        auto second = p.createPair();
        QVERIFY(second);
        QVERIFY(second.value().pairKey.view() != first.value().pairKey.view());
        auto fresh = meeting.publish(second.value());
        QVERIFY(fresh);
        QVERIFY(fresh.value().typed() != code.value().typed());
        SyncDevice phone(Role::Patient);
        QVERIFY(tablet.pair(second.value(), kPatient)); // the old pair is gone: allowed
        auto got = meeting.collect(fresh.value());
        QVERIFY(got);
        QVERIFY(got.value().pairKey.view() == second.value().pairKey.view());
        QVERIFY(phone.pair(got.value(), {}));
        QVERIFY(tablet.sync() && phone.sync() && tablet.sync());
        QCOMPARE(pairConfirmation(*phone.pairs, phone.pairId).value().checkWords,
                 pairConfirmation(*tablet.pairs, tablet.pairId).value().checkWords);
        QCOMPARE(tablet.count(kResponse, kPatient), 0);
    }

    // An unpairing signed by someone who is not the other member changes nothing.
    void forgedUnpairChangesNothing()
    {
        auto r = room();
        const PairKeys keys(r->payload.pairKey);
        const DeviceKey stranger = DeviceKey::generate();
        QVERIFY(post(
            *r, {Envelope::sealUnpaired(keys, r->therapist->store->deviceId(), stranger.secretKey),
                 Envelope::sealUnpaired(keys, newRandomId(), stranger.secretKey)}));
        syncChangesNothing(*r->patient, 2, status::recordRejected());
        QCOMPARE(r->patient->pairState().state, Pair::State::Active);
        QVERIFY(r->patient->pairs->pairKey(r->patient->pairId));
    }

    // An unpairing posted beforehand in the tablet's name, at the id it used to have and at one
    // of the poster's own, cannot stand in for the tablet's real one: the phone still hears it.
    void unpairPostedEarlyCannotBlockTheRealOne()
    {
        auto r = room();
        const PairKeys keys(r->payload.pairKey);
        const DeviceKey stranger = DeviceKey::generate();
        const QString tablet = r->therapist->store->deviceId();
        const QJsonObject unpaired{{QStringLiteral("t"), QStringLiteral("unpaired")}};
        QVERIFY(post(*r, {Envelope::seal(keys, QStringLiteral("unpaired:") + tablet, 1, tablet,
                                         unpaired, stranger.secretKey),
                          Envelope::sealUnpaired(keys, tablet, stranger.secretKey)}));
        syncChangesNothing(*r->patient, 2, status::recordRejected());
        QVERIFY(Replicator(*r->therapist->pairs, r->therapist->http).unpair(r->therapist->pairId));
        auto heard = r->patient->sync();
        QVERIFY(heard);
        QVERIFY(heard.value().peerUnpaired);
        QCOMPARE(r->patient->pairState().state, Pair::State::Unpaired);
    }

    // The server deletes one record before the tablet reads it (the bundle it was sent in, a
    // pass of its own): the tablet notices the gap in the phone's numbers and says so, pass
    // after pass.
    void withheldRecordIsNoticed()
    {
        auto r = room();
        const PairKeys keys(r->payload.pairKey);
        const QString first = r->patient->write(kResponse, QStringLiteral("first"));
        QVERIFY(r->patient->sync());
        const QString held = r->patient->write(kResponse, QStringLiteral("held back"));
        QVERIFY(r->patient->sync());
        const QString last = r->patient->write(kResponse, QStringLiteral("last"));
        QVERIFY(r->patient->sync());
        const auto bundle = m_server.held(keys.databaseName(), keys.docId(held));
        QCOMPARE(bundle.doc.value(QStringLiteral("b")).toArray().size(), 1);
        QVERIFY(m_server
                    .admin("DELETE", bundle.path + QStringLiteral("?rev=") +
                                         bundle.doc.value(QStringLiteral("_rev")).toString())
                    .ok());
        auto counts = r->therapist->sync();
        QVERIFY(counts);
        QCOMPARE(counts.value().pulled, 2);
        QVERIFY(r->therapist->store->records().get(first));
        QVERIFY(r->therapist->store->records().get(last));
        QVERIFY(!r->therapist->store->records().get(held));
        QCOMPARE(r->therapist->pairState().lastFailure, status::recordWithheld(Role::Patient));
        syncChangesNothing(*r->therapist, 0, status::recordWithheld(Role::Patient));
    }

    // An old envelope put back (deleted, then posted again as a new revision, or posted
    // again as it was; its bundle, or alone) changes nothing.
    void replayedOldRecordChangesNothing()
    {
        auto r = room();
        const PairKeys keys(r->payload.pairKey);
        const QString id = r->patient->ids({kResponse}).value(0);
        const auto bundle = m_server.held(keys.databaseName(), keys.docId(id));
        QVERIFY(bundle.entry >= 0);
        QJsonObject old = bundle.doc;
        QVERIFY(post(*r, {old, QJsonObject{{QStringLiteral("_id"), keys.docId(id)},
                                           {QStringLiteral("_rev"), keys.revision(id)},
                                           {QStringLiteral("e"), bundle.envelope()}}}));
        QJsonObject again = old;
        again.insert(QStringLiteral("_rev"),
                     QString(QStringLiteral("2-") + QString(32, QLatin1Char('a'))));
        QVERIFY(post(*r, {again}));
        syncChangesNothing(*r->therapist, 0, QString());
        syncChangesNothing(*r->patient, 0, QString());
    }

    // An envelope of the first format (an app from before roles and numbers) is refused,
    // and the status says to update and pair again.
    void olderVersionIsSaidSo()
    {
        auto r = room();
        const QString phone = r->patient->store->deviceId();
        const Record old = record(*r->therapist, kResponse, response(false), phone);
        QJsonObject doc = Envelope::sealRecord(PairKeys(r->payload.pairKey), old, phone,
                                               r->patient->pairs->deviceKey().value().secretKey, 2);
        QByteArray blob =
            QByteArray::fromBase64(doc.value(QStringLiteral("e")).toString().toLatin1());
        blob[0] = char(1);
        doc.insert(QStringLiteral("e"), QString::fromLatin1(blob.toBase64()));
        QVERIFY(post(*r, {doc}));
        syncChangesNothing(*r->therapist, 1, status::olderVersion());
    }

    // A record stamped more than two days ahead of this device's clock (the other device's
    // clock is wrong, or it is forged) is not applied, and not lost: it waits and is reported
    // until this device's time catches up.
    void recordFromAClockAheadWaits()
    {
        auto r = room();
        r->therapist->profile.clock.advanceSeconds(3 * 24 * 3600);
        const QString ahead = r->therapist->write(kFocus, QStringLiteral("ahead"), kPatient);
        QVERIFY(r->therapist->sync());
        syncChangesNothing(*r->patient, 1, status::recordRejected());
        r->patient->profile.clock.advanceSeconds(3 * 24 * 3600);
        auto counts = r->patient->sync();
        QVERIFY(counts);
        QCOMPARE(counts.value().pulled, 1);
        QCOMPARE(counts.value().rejected, 0);
        QVERIFY(r->patient->store->records().get(ahead));
        QVERIFY(r->patient->pairState().lastFailure.isEmpty());
    }

    // A hostile server answers with an endless body, or declares a huge one: the client
    // stops at its limit, keeps nothing of it, and the pass says the server had a problem.
    void endlessAnswerIsCutAtTheLimit()
    {
        QTcpServer hostile;
        QVERIFY(hostile.listen(QHostAddress::LocalHost, 0));
        bool declare = false;
        qint64 sent = 0;
        QObject::connect(&hostile, &QTcpServer::newConnection, &hostile, [&] {
            QTcpSocket *s = hostile.nextPendingConnection();
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            head += declare ? QByteArray("Content-Length: 1000000000\r\n\r\n")
                            : QByteArray("Connection: close\r\n\r\n");
            s->write(head + "[");
            const QByteArray chunk(64 * 1024, ' ');
            auto more = [s, chunk, &sent] {
                if (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 1 << 20 &&
                    sent < qint64(64) << 20) {
                    s->write(chunk);
                    sent += chunk.size();
                }
            };
            QObject::connect(s, &QTcpSocket::bytesWritten, s, more);
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            more();
        });
        for (const bool declared : {false, true}) {
            declare = declared;
            sent = 0;
            HttpRequest req;
            req.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(hostile.serverPort()));
            const HttpResponse resp = m_http.send(req);
            QCOMPARE(resp.failure, HttpResponse::Failure::TooLarge);
            QVERIFY(resp.body.isEmpty());
            // How much the server managed to write before the client hung up is a matter of
            // timing: under the sanitizers the client is slow enough for the server to fill the
            // socket buffers first, so the bound is checked in the ordinary build only (the
            // refusal itself is checked in both).
            if (!kSanitized)
                QVERIFY2(sent < qint64(32) << 20, qPrintable(QString::number(sent)));
            QCOMPARE(status::forResponse(resp), status::serverProblem());
        }
    }
};

DIT_SYNC_SERVER_TEST_MAIN(TestSyncIntruder)
#include "tst_sync_intruder.moc"
