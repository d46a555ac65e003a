// Sync records on the server (docs/SYNC.md): encrypted, signed, opaque; anything changed,
// moved or forged is refused with the reason, never opened.
#include "TestSupport.h"
#include "common/Parallel.h"
#include "crypto/Aead.h"
#include "sync/Bundle.h"
#include "sync/Envelope.h"
#include "sync/PairStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dit;
using namespace dit::sync;

namespace {

Record sampleRecord()
{
    Record r;
    r.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    r.kind = QStringLiteral("measure-response");
    r.thread = r.id;
    r.author = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"); // the signing device
    r.subject = QStringLiteral("patient-7");                       // never leaves the device
    r.createdAt = QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);
    r.schema = 2;
    r.body = {{QStringLiteral("text"), QStringLiteral("MARKER-envelope-secret")}};
    return r;
}

QByteArray blobOf(const QJsonObject &doc)
{
    return QByteArray::fromBase64(doc.value(QStringLiteral("e")).toString().toLatin1());
}

QJsonObject withBlob(QJsonObject doc, const QByteArray &blob)
{
    doc.insert(QStringLiteral("e"), QString::fromLatin1(blob.toBase64()));
    return doc;
}

} // namespace

class TestSyncEnvelope : public QObject
{
    Q_OBJECT

    SecretBytes m_pairKey = PairKeys::newPairKey();
    DeviceKey m_author = DeviceKey::generate();
    const QString m_authorId = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

    std::function<QByteArray(const QString &)> known()
    {
        return [this](const QString &device) {
            return device == m_authorId ? m_author.publicKey : QByteArray();
        };
    }

private Q_SLOTS:
    void roundTrip()
    {
        const PairKeys keys(m_pairKey);
        const Record r = sampleRecord();
        const QJsonObject doc = Envelope::sealRecord(keys, r, m_authorId, m_author.secretKey, 1);
        const OpenResult opened = Envelope::open(keys, doc, known());
        QCOMPARE(opened.rejection, Rejection::None);
        QVERIFY(opened.opened);
        const Record &back = opened.opened->record;
        QCOMPARE(back.id, r.id);
        QCOMPARE(back.kind, r.kind);
        QCOMPARE(back.thread, r.thread);
        QCOMPARE(back.author, r.author);
        QCOMPARE(back.createdAt, r.createdAt);
        QCOMPARE(back.schema, 2);
        QCOMPARE(back.body, r.body);
        QVERIFY(back.subject.isEmpty()); // the pair maps it, the envelope never carries it
        QCOMPARE(opened.opened->author, m_authorId);
    }

    // The server sees an opaque id, a fixed revision and a blob: no id, kind, author, subject,
    // time or text of ours.
    void serverSeesNothingReadable()
    {
        const PairKeys keys(m_pairKey);
        const Record r = sampleRecord();
        const QJsonObject doc = Envelope::sealRecord(keys, r, m_authorId, m_author.secretKey, 1);
        QCOMPARE(doc.keys(),
                 (QStringList{QStringLiteral("_id"), QStringLiteral("_rev"), QStringLiteral("e")}));
        const QByteArray all = QJsonDocument(doc).toJson() + blobOf(doc);
        for (const QString &visible : {r.id, r.kind, r.author, r.subject, m_authorId,
                                       QStringLiteral("MARKER"), QStringLiteral("2026")})
            QVERIFY2(!all.contains(visible.toUtf8()), qPrintable(visible));
        QCOMPARE(doc.value(QStringLiteral("_id")).toString(), keys.docId(r.id));
        QCOMPARE(doc.value(QStringLiteral("_id")).toString().size(), 32);
        // Same id on every device of the pair; another pair's key gives another id.
        QCOMPARE(PairKeys(m_pairKey).docId(r.id), keys.docId(r.id));
        QVERIFY(PairKeys(PairKeys::newPairKey()).docId(r.id) != keys.docId(r.id));
        // Sizes are padded: a short and a slightly longer record look the same.
        Record longer = r;
        longer.body = {{QStringLiteral("text"), QStringLiteral("MARKER-envelope-secret, longer")}};
        QCOMPARE(
            blobOf(Envelope::sealRecord(keys, longer, m_authorId, m_author.secretKey, 1)).size(),
            blobOf(doc).size());
    }

    void tamperedCiphertextIsRefused_data()
    {
        QTest::addColumn<int>("offsetFromEnd");
        QTest::addRow("body tag") << 1;
        QTest::addRow("body middle") << 100;
        QTest::addRow("header") << -1; // -1: a byte inside the header ciphertext
    }

    void tamperedCiphertextIsRefused()
    {
        QFETCH(int, offsetFromEnd);
        const PairKeys keys(m_pairKey);
        const QJsonObject doc =
            Envelope::sealRecord(keys, sampleRecord(), m_authorId, m_author.secretKey, 1);
        QByteArray blob = blobOf(doc);
        const qsizetype at =
            offsetFromEnd < 0 ? 1 + aead::kNonceBytes + 2 + 3 : blob.size() - offsetFromEnd;
        blob[at] = char(blob[at] ^ 0x01);
        const OpenResult opened = Envelope::open(keys, withBlob(doc, blob), known());
        QVERIFY(!opened.opened);
        QCOMPARE(opened.rejection, Rejection::Authentication);
    }

    // The body's associated data is record id, schema and author: a header changed to name
    // another (re-encrypted with the header key, as someone holding the pair key could) no
    // longer opens the body.
    void changedAssociatedDataIsRefused()
    {
        const PairKeys keys(m_pairKey);
        const Record r = sampleRecord();
        const QJsonObject doc = Envelope::sealRecord(keys, r, m_authorId, m_author.secretKey, 1);
        const QByteArray blob = blobOf(doc);
        const int headerLen =
            (uchar(blob.at(1 + aead::kNonceBytes)) << 8) | uchar(blob.at(2 + aead::kNonceBytes));
        const QByteArray rest = blob.mid(1 + aead::kNonceBytes + 2 + headerLen);
        const QString docId = doc.value(QStringLiteral("_id")).toString();
        const QByteArray ad = QByteArray("dit-sync-header-v1") + '\0' + docId.toUtf8();
        for (const auto &[field, value] : QList<QPair<QString, QJsonValue>>{
                 {QStringLiteral("s"), 3}, {QStringLiteral("a"), QStringLiteral("cc")}}) {
            QJsonObject header{{QStringLiteral("i"), r.id},
                               {QStringLiteral("s"), 2},
                               {QStringLiteral("a"), m_authorId}};
            header.insert(field, value);
            const QByteArray nonce = aead::randomNonce();
            const QByteArray ct = aead::seal(
                keys.headerKey(), nonce, QJsonDocument(header).toJson(QJsonDocument::Compact), ad);
            QByteArray forged;
            forged.append(char(Envelope::kVersion)).append(nonce);
            forged.append(char(ct.size() >> 8)).append(char(ct.size() & 0xff)).append(ct);
            forged.append(rest);
            const OpenResult opened = Envelope::open(keys, withBlob(doc, forged), known());
            QVERIFY2(!opened.opened, qPrintable(field));
            QCOMPARE(opened.rejection, Rejection::Authentication);
        }
    }

    // A valid envelope copied to another document id: the header's associated data is the
    // document id, so it does not open there.
    void movedEnvelopeIsRefused()
    {
        const PairKeys keys(m_pairKey);
        QJsonObject doc =
            Envelope::sealRecord(keys, sampleRecord(), m_authorId, m_author.secretKey, 1);
        doc.insert(QStringLiteral("_id"), keys.docId(QStringLiteral("another")));
        QCOMPARE(Envelope::open(keys, doc, known()).rejection, Rejection::Authentication);
    }

    // Someone with the pair key but not the author's signing key (a device that left, a
    // leaked code) cannot make a record that passes as the author's.
    void wrongSignatureIsRefused()
    {
        const PairKeys keys(m_pairKey);
        const DeviceKey impostor = DeviceKey::generate();
        const QJsonObject doc =
            Envelope::sealRecord(keys, sampleRecord(), m_authorId, impostor.secretKey, 1);
        const OpenResult opened = Envelope::open(keys, doc, known());
        QVERIFY(!opened.opened);
        QCOMPARE(opened.rejection, Rejection::Signature);
    }

    void unknownDeviceIsRefused()
    {
        const PairKeys keys(m_pairKey);
        const DeviceKey stranger = DeviceKey::generate();
        const QJsonObject doc = Envelope::sealRecord(
            keys, sampleRecord(), QStringLiteral("dddddddddddddddddddddddddddddddd"),
            stranger.secretKey, 1);
        QCOMPARE(Envelope::open(keys, doc, known()).rejection, Rejection::UnknownDevice);
    }

    void otherPairKeyCannotOpen()
    {
        const QJsonObject doc = Envelope::sealRecord(PairKeys(m_pairKey), sampleRecord(),
                                                     m_authorId, m_author.secretKey, 1);
        const PairKeys other(PairKeys::newPairKey());
        QCOMPARE(Envelope::open(other, doc, known()).rejection, Rejection::Authentication);
    }

    void deviceAnnouncementIsSelfSigned()
    {
        const PairKeys keys(m_pairKey);
        const QJsonObject doc = Envelope::sealDevice(keys, m_authorId, Role::Patient,
                                                     m_author.publicKey, m_author.secretKey);
        const OpenResult opened =
            Envelope::open(keys, doc, [](const QString &) { return QByteArray(); });
        QVERIFY(opened.opened);
        QCOMPARE(opened.opened->type, EnvelopeType::Device);
        QCOMPARE(opened.opened->devicePublicKey, m_author.publicKey);
        QCOMPARE(opened.opened->role, Role::Patient);
        // Announcing someone else's key, signed by yourself, fails.
        const DeviceKey other = DeviceKey::generate();
        const QJsonObject lie = Envelope::sealDevice(keys, m_authorId, Role::Patient,
                                                     m_author.publicKey, other.secretKey);
        QCOMPARE(Envelope::open(keys, lie, [](const QString &) { return QByteArray(); }).rejection,
                 Rejection::Signature);
    }

    // A record's author is the device that signed it: a record naming another device as its
    // author, signed by a pair member, is refused (docs/SYNC.md, "Who may write what").
    void recordInAnotherDevicesNameIsRefused()
    {
        const PairKeys keys(m_pairKey);
        Record r = sampleRecord();
        r.author = QStringLiteral("cccccccccccccccccccccccccccccccc");
        const QJsonObject doc = Envelope::sealRecord(keys, r, m_authorId, m_author.secretKey, 1);
        const OpenResult opened = Envelope::open(keys, doc, known());
        QVERIFY(!opened.opened);
        QCOMPARE(opened.rejection, Rejection::WrongAuthor);
    }

    // The author's number travels signed; a record without one is not of this format.
    void numberTravelsSigned()
    {
        const PairKeys keys(m_pairKey);
        const Record r = sampleRecord();
        const QJsonObject doc = Envelope::sealRecord(keys, r, m_authorId, m_author.secretKey, 42);
        QCOMPARE(Envelope::open(keys, doc, known()).opened->number, 42);
        QJsonObject payload{{QStringLiteral("t"), QStringLiteral("record")},
                            {QStringLiteral("id"), r.id},
                            {QStringLiteral("kind"), r.kind},
                            {QStringLiteral("thread"), r.thread},
                            {QStringLiteral("author"), r.author},
                            {QStringLiteral("created"), 1.7e12},
                            {QStringLiteral("body"), r.body}};
        const QJsonObject unnumbered =
            Envelope::seal(keys, r.id, r.schema, m_authorId, payload, m_author.secretKey);
        QCOMPARE(Envelope::open(keys, unnumbered, known()).rejection, Rejection::Malformed);
    }

    // Envelopes of the first format (before roles and numbers) are refused with their own
    // reason, so the status can say to update and pair again.
    // A confirmation of the check words travels signed, names the device confirmed, the time
    // and the transcript; one signed by another key, or under another pair key, is refused.
    void confirmationTravelsSigned()
    {
        const PairKeys keys(m_pairKey);
        const QString tablet = QStringLiteral("cccccccccccccccccccccccccccccccc");
        const QByteArray transcript = keys.confirmationTranscript(
            QStringLiteral("https://sync.example"), QByteArray(32, '\x11'), m_author.publicKey);
        const QDateTime at(QDate(2026, 5, 4), QTime(10, 5), Qt::UTC);
        const QJsonObject doc =
            Envelope::sealConfirmed(keys, m_authorId, tablet, transcript, at, m_author.secretKey);
        QCOMPARE(doc.value(QStringLiteral("_id")).toString(),
                 keys.docId(
                     Envelope::confirmedLogicalId(m_authorId, transcript, at, m_author.secretKey)));
        const OpenResult opened = Envelope::open(keys, doc, known());
        QCOMPARE(opened.rejection, Rejection::None);
        QCOMPARE(opened.opened->type, EnvelopeType::Confirmed);
        QCOMPARE(opened.opened->author, m_authorId);
        QCOMPARE(opened.opened->confirmedDevice, tablet);
        QCOMPARE(opened.opened->transcript, transcript);
        QCOMPARE(opened.opened->confirmedAt, at);

        const DeviceKey stranger = DeviceKey::generate();
        QCOMPARE(Envelope::open(keys,
                                Envelope::sealConfirmed(keys, m_authorId, tablet, transcript, at,
                                                        stranger.secretKey),
                                known())
                     .rejection,
                 Rejection::Signature);
        const PairKeys other(PairKeys::newPairKey());
        QCOMPARE(Envelope::open(other, doc, known()).rejection, Rejection::Authentication);
        // Sealed under the other pair key in the same device's name, by the device itself:
        // it opens there, but names this pair's transcript, which the other pair's devices
        // compute differently (the replicator refuses it: tst_sync_intruder).
        const OpenResult moved = Envelope::open(
            other,
            Envelope::sealConfirmed(other, m_authorId, tablet, transcript, at, m_author.secretKey),
            known());
        QCOMPARE(moved.rejection, Rejection::None);
        QVERIFY(moved.opened->transcript !=
                other.confirmationTranscript(QStringLiteral("https://sync.example"),
                                             QByteArray(32, '\x11'), m_author.publicKey));
    }

    void oldFormatIsSaidSo()
    {
        const PairKeys keys(m_pairKey);
        const QJsonObject doc =
            Envelope::sealRecord(keys, sampleRecord(), m_authorId, m_author.secretKey, 1);
        QByteArray blob = blobOf(doc);
        blob[0] = char(1);
        QCOMPARE(Envelope::open(keys, withBlob(doc, blob), known()).rejection,
                 Rejection::OldFormat);
    }

    void garbageIsMalformed_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addRow("empty") << QJsonObject();
        QTest::addRow("not base64") << QJsonObject{{QStringLiteral("_id"), QStringLiteral("x")},
                                                   {QStringLiteral("e"), QStringLiteral("%%%")}};
        QTest::addRow("short") << QJsonObject{{QStringLiteral("_id"), QStringLiteral("x")},
                                              {QStringLiteral("e"), QStringLiteral("AQID")}};
    }

    void garbageIsMalformed()
    {
        QFETCH(QJsonObject, doc);
        QCOMPARE(Envelope::open(PairKeys(m_pairKey), doc, known()).rejection, Rejection::Malformed);
    }

    // A bundle (docs/SYNC.md, "Bundles") holds each envelope as it would stand alone: each
    // opens from it as it does alone, and the server sees nothing more.
    void bundleHoldsEnvelopesAsTheyStandAlone()
    {
        const PairKeys keys(m_pairKey);
        QList<QJsonObject> sealed;
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            Record r = sampleRecord();
            r.id = QStringLiteral("0123456789abcdef0123456789abcde%1").arg(i);
            r.thread = r.id;
            sealed.append(Envelope::sealRecord(keys, r, m_authorId, m_author.secretKey, i + 1));
            ids.append(sealed.last().value(QStringLiteral("_id")).toString());
        }
        const QString logical = bundle::logicalId(keys, ids);
        const QJsonObject doc = bundle::make(keys, logical, sealed);
        QVERIFY(bundle::isBundle(doc));
        QVERIFY(!bundle::isBundle(sealed.first()));
        QCOMPARE(doc.value(QStringLiteral("_id")).toString(), keys.docId(logical));
        QCOMPARE(doc.value(QStringLiteral("_rev")).toString(), keys.revision(logical));
        const QByteArray stored = QJsonDocument(doc).toJson();
        QVERIFY(!stored.contains("MARKER"));
        QVERIFY(!stored.contains(m_authorId.toLatin1()));
        const auto inside = bundle::envelopes(keys, doc);
        QVERIFY(inside);
        QCOMPARE(inside->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(inside->at(i).value(QStringLiteral("_id")), sealed.at(i).value("_id"));
            const OpenResult opened = Envelope::open(keys, inside->at(i), known());
            QVERIFY(opened.opened);
            QCOMPARE(opened.opened->number, i + 1);
        }
    }

    // A bundle's id is its pair's keyed hash of its entries' ids: the same records make the same
    // document, another set or order another, and a bundle whose entries are not the ones its
    // id names is refused whole.
    void bundleIdIsItsEntries()
    {
        const PairKeys keys(m_pairKey);
        const QStringList ids{QStringLiteral("aa"), QStringLiteral("bb")};
        QCOMPARE(bundle::logicalId(keys, ids), bundle::logicalId(keys, ids));
        QVERIFY(bundle::logicalId(keys, ids) != bundle::logicalId(keys, {ids.at(1), ids.at(0)}));
        QVERIFY(bundle::logicalId(keys, ids) != bundle::logicalId(keys, {ids.at(0)}));
        QVERIFY(bundle::logicalId(keys, ids) !=
                bundle::logicalId(PairKeys(PairKeys::newPairKey()), ids));
        const QJsonObject one =
            Envelope::sealRecord(keys, sampleRecord(), m_authorId, m_author.secretKey, 1);
        const QString oneId = one.value(QStringLiteral("_id")).toString();
        QVERIFY(
            bundle::envelopes(keys, bundle::make(keys, bundle::logicalId(keys, {oneId}), {one})));
        QVERIFY(!bundle::envelopes(keys, bundle::make(keys, bundle::logicalId(keys, ids), {one})));
        QVERIFY(!bundle::envelopes(PairKeys(PairKeys::newPairKey()),
                                   bundle::make(keys, bundle::logicalId(keys, {oneId}), {one})));
    }

    void malformedBundleIsRefusedWhole_data()
    {
        QTest::addColumn<QJsonValue>("entries");
        const QJsonObject entry{{QStringLiteral("_id"), QStringLiteral("aa")},
                                {QStringLiteral("e"), QStringLiteral("AQID")}};
        QJsonArray tooMany;
        for (int i = 0; i <= bundle::kMaxEntries; ++i)
            tooMany.append(entry);
        QTest::addRow("not a list") << QJsonValue(QStringLiteral("aa"));
        QTest::addRow("empty") << QJsonValue(QJsonArray());
        QTest::addRow("not an object") << QJsonValue(QJsonArray{QStringLiteral("aa")});
        QTest::addRow("no id") << QJsonValue(
            QJsonArray{QJsonObject{{QStringLiteral("e"), "AQID"}}});
        QTest::addRow("no envelope") << QJsonValue(QJsonArray{QJsonObject{{"_id", "aa"}}});
        QTest::addRow("too many") << QJsonValue(tooMany);
    }

    void malformedBundleIsRefusedWhole()
    {
        QFETCH(QJsonValue, entries);
        const PairKeys keys(m_pairKey);
        QStringList ids;
        for (const QJsonValue &e : entries.toArray())
            ids.append(e.toObject().value(QStringLiteral("_id")).toString());
        // Named by its entries where it has any, so only what is malformed refuses it.
        const QJsonObject doc{{QStringLiteral("_id"), keys.docId(bundle::logicalId(keys, ids))},
                              {QStringLiteral("b"), entries}};
        QVERIFY(bundle::isBundle(doc));
        QVERIFY(!bundle::envelopes(keys, doc));
        QJsonObject both = doc;
        both.insert(QStringLiteral("e"), QStringLiteral("AQID"));
        QVERIFY(!bundle::envelopes(keys, both));
    }

    // As the replicator does (docs/SYNC.md, "Requests in flight"): a batch sealed and a page
    // opened on every core, with one pair's keys and one key lookup shared. Each envelope is
    // the record it was sealed from, with its number, as if done one at a time.
    void envelopesSealAndOpenOnEveryCore()
    {
        const PairKeys keys(m_pairKey);
        QList<Record> records;
        for (int i = 0; i < 600; ++i) {
            Record r = sampleRecord();
            r.id = QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
            r.thread = r.id;
            r.body.insert(QStringLiteral("i"), i);
            records.append(r);
        }
        QList<QJsonObject> sealed(records.size());
        forEachInParallel(records.size(), [&](qsizetype i) {
            sealed[i] =
                Envelope::sealRecord(keys, records.at(i), m_authorId, m_author.secretKey, i + 1);
        });
        const QHash<QString, QByteArray> knownKeys{{m_authorId, m_author.publicKey}};
        const auto lookup = [&knownKeys](const QString &device) {
            return knownKeys.value(device);
        };
        QList<OpenResult> opened(sealed.size());
        forEachInParallel(sealed.size(), [&](qsizetype i) {
            opened[i] = Envelope::open(keys, sealed.at(i), lookup);
        });
        for (qsizetype i = 0; i < records.size(); ++i) {
            QVERIFY(opened.at(i).opened);
            QCOMPARE(opened.at(i).opened->record.id, records.at(i).id);
            QCOMPARE(opened.at(i).opened->record.body, records.at(i).body);
            QCOMPARE(opened.at(i).opened->number, i + 1);
        }
    }

    // The device's signing key is made once, kept in the encrypted store, and the same on
    // the next unlock; the pair key goes when unpaired.
    void keysLiveInTheStore()
    {
        test::TempProfile tp;
        QByteArray publicKey;
        QString pairId;
        {
            auto store = tp.create();
            PairStore pairs(*store);
            auto key = pairs.deviceKey();
            QVERIFY(key);
            publicKey = key.value().publicKey;
            QCOMPARE(publicKey.size(), 32);
            auto pair = pairs.add(QStringLiteral("https://sync.example"), m_pairKey, {}, {});
            QVERIFY(pair);
            pairId = pair.value().id;
        }
        auto again = tp.profile().unlock(test::secret("correct horse battery"));
        QVERIFY(again);
        PairStore pairs(*again.value());
        QCOMPARE(pairs.deviceKey().value().publicKey, publicKey);
        QVERIFY(pairs.pairKey(pairId).value().equals(m_pairKey));
        QVERIFY(pairs.markUnpaired(pairId, QStringLiteral("unpaired")));
        QCOMPARE(pairs.pairKey(pairId).error().code, ErrorCode::NotFound);
        QCOMPARE(pairs.get(pairId).value().state, Pair::State::Unpaired);
    }
};

QTEST_GUILESS_MAIN(TestSyncEnvelope)
#include "tst_sync_envelope.moc"
