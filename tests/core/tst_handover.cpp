// Hand-over files (docs/THERAPIST.md): the one-time code, sealing and opening (wrong code, damage,
// tampering, not a hand-over file), and a patient's shared items carried from a therapist's
// tablet to the patient's phone and back, all or nothing.
#include "TestSupport.h"
#include "caseload/PatientStore.h"
#include "course/CourseStore.h"
#include "crypto/FilePrefix.h"
#include "demo/DemoData.h"
#include "focus/FocusStore.h"
#include "handover/Handover.h"
#include "handover/HandoverCode.h"
#include "handover/HandoverFile.h"
#include "letters/LetterStore.h"
#include "measures/AnswerVector.h"
#include "measures/InstrumentCatalogue.h"
#include "measures/ResponseStore.h"
#include "sharing/RecordRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

#include <sodium.h>
#include <sys/stat.h>

using namespace dit;
using namespace dit::handover;

namespace {

SecretBytes code(const char *text)
{
    QString typed = QString::fromLatin1(text);
    return normalised(typed).value();
}

QString patientId(Store &store, const char *label)
{
    return PatientStore(store.records()).resolve(QString::fromLatin1(label)).value().id;
}

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes()
    {
        const SecretBytes c = newCode();
        QCOMPARE(c.size(), qsizetype(kCodeLength));
        const QString shown = grouped(c);
        QCOMPARE(shown.size(), kCodeLength + 2);
        QCOMPARE(shown.at(4), QLatin1Char('-'));
        // What a person types back: case, spaces, dashes, O for 0, I and L for 1.
        QString typed = QStringLiteral("7kq2 m9xd-4htw");
        auto canonical = normalised(typed);
        QVERIFY(canonical);
        QCOMPARE(grouped(*canonical), QStringLiteral("7KQ2-M9XD-4HTW"));
        QString oil = QStringLiteral("OIL0-1111-0000");
        QCOMPARE(grouped(*normalised(oil)), QStringLiteral("0110-1111-0000"));
        for (const char *bad : {"7KQ2-M9XD-4HT", "7KQ2-M9XD-4HTWX", "7KQ2-M9XD-4HTU", ""}) {
            QString t = QString::fromLatin1(bad);
            QVERIFY2(!normalised(t), bad);
        }
        // Two codes differ (60 random bits).
        QVERIFY(grouped(newCode()) != grouped(newCode()));
    }

    void pipeOrDeviceIsRefusedWithoutWaiting()
    {
        // A hand-over "file" that is a named pipe or a link to /dev/zero is refused at once,
        // before any reading (it would hang, or read without end).
        test::TempProfile phone;
        auto patient = phone.create("patient passphrase", Role::Patient);
        const QString pipe =
            phone.dir.path() + QStringLiteral("/pipe") + QLatin1String(kFileSuffix);
        QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
        const QString zero =
            phone.dir.path() + QStringLiteral("/zero") + QLatin1String(kFileSuffix);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        for (const QString &path : {pipe, zero}) {
            auto refused = importFile(*patient, path, code("7KQ2-M9XD-4HTW"));
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("not a regular file")),
                     qPrintable(refused.error().message));
        }
    }

    // A crafted file asking for more than the app itself would choose (the old ceiling of
    // 1 GiB and 20 passes) is refused before any key is derived, as a backup's header is
    // (docs/SECURITY.md, "Hand-over files"; tst_backup has the same case).
    void headerAskingForMoreMemoryThanTheAppUsesIsRefused()
    {
        auto sealed = seal(QByteArray("{}"), code("7KQ2-M9XD-4HTW"), test::fastKdf());
        QVERIFY(sealed);
        QByteArray bytes = sealed.value();
        const quint32 headerLength =
            qFromBigEndian<quint32>(bytes.constData() + fileprefix::kFixedBytes - 4);
        const QByteArray header = bytes.mid(fileprefix::kFixedBytes, headerLength);
        QJsonObject o = QJsonDocument::fromJson(header).object();
        QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        QVERIFY(!kdf.isEmpty());
        kdf.insert(QStringLiteral("ops"), QStringLiteral("20"));
        kdf.insert(QStringLiteral("mem"), QStringLiteral("1073741824"));
        o.insert(QStringLiteral("kdf"), kdf);
        const QByteArray edited = QJsonDocument(o).toJson(QJsonDocument::Compact);
        bytes.replace(fileprefix::kFixedBytes, header.size(), edited);
        const quint32 length = qToBigEndian(quint32(edited.size()));
        bytes.replace(fileprefix::kFixedBytes - 4, 4,
                      QByteArray(reinterpret_cast<const char *>(&length), 4));
        // The unkeyed check, recomputed as an attacker could.
        const qsizetype check = bytes.size() - kCheckBytes;
        unsigned char h[kCheckBytes];
        crypto_generichash(h, kCheckBytes,
                           reinterpret_cast<const unsigned char *>(bytes.constData()),
                           static_cast<unsigned long long>(check), nullptr, 0);
        bytes.replace(check, kCheckBytes,
                      QByteArray(reinterpret_cast<const char *>(h), kCheckBytes));
        // Refused when read, so open() never derives a key with them.
        auto parsed = parse(bytes);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::Damaged);
        QVERIFY2(parsed.error().message.contains(QStringLiteral("key parameters")),
                 qPrintable(parsed.error().message));
        auto opened = open(bytes, code("7KQ2-M9XD-4HTW"));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Damaged);
    }

    void sealAndOpen()
    {
        const QByteArray payload = "{\"format\":\"x\"}";
        const SecretBytes right = code("7KQ2-M9XD-4HTW");
        auto sealed = seal(payload, right, test::fastKdf());
        QVERIFY(sealed);
        QVERIFY(sealed.value().startsWith(QByteArray(kMagic, 8)));
        QVERIFY(!sealed.value().contains(payload));
        auto opened = open(sealed.value(), right);
        QVERIFY(opened);
        QCOMPARE(opened.value(), payload);

        auto wrong = open(sealed.value(), code("7KQ2-M9XD-4HTX"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);

        // Every single flipped byte is refused (damage or a wrong key), never opened.
        for (qsizetype i = 0; i < sealed.value().size(); i += 7) {
            QByteArray bad = sealed.value();
            bad[i] = char(bad[i] ^ 0x20);
            auto r = open(bad, right);
            QVERIFY2(!r, qPrintable(QStringLiteral("byte %1").arg(i)));
        }
        // Flipped in the ciphertext and the check fixed up: the tag still refuses it.
        {
            QByteArray bad = sealed.value();
            bad[bad.size() - kCheckBytes - 3] ^= 0x01;
            QVERIFY(!open(bad, right));
        }
        QByteArray cut = sealed.value();
        cut.chop(10);
        QCOMPARE(open(cut, right).error().code, ErrorCode::Damaged);
        QCOMPARE(open("PK\x03\x04 not ours", right).error().code, ErrorCode::BadInput);
        QCOMPARE(open(QByteArray(), right).error().code, ErrorCode::BadInput);
    }

    void roundTripToThePatientAndBack()
    {
        test::TempProfile tablet;
        auto therapist = tablet.create("therapist passphrase", Role::Therapist);
        QVERIFY(demo::fillCaseload(*therapist, tablet.clock.now()));
        const QString jt = patientId(*therapist, "J.T.");
        const QString file = tablet.dir.path() + QStringLiteral("/jt") + QLatin1String(kFileSuffix);

        auto exported = exportFile(*therapist, jt, Choice(), file, test::fastKdf());
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QVERIFY(exported.value().contents.byKind.value(QStringLiteral("focus")) > 0);
        QVERIFY(!exported.value().contents.describe().isEmpty());
        // Never over an existing file.
        QCOMPARE(exportFile(*therapist, jt, Choice(), file, test::fastKdf()).error().code,
                 ErrorCode::AlreadyExists);
        // The file holds nothing readable: not the label, not the focus.
        const QByteArray bytes = test::readFile(file);
        const auto focusThere = FocusStore(therapist->records()).current(jt).value();
        QVERIFY(focusThere);
        QVERIFY(!bytes.contains(focusThere->focus.affect.toUtf8()));
        QVERIFY(!bytes.contains("J.T."));

        test::TempProfile phone;
        auto patient = phone.create("patient passphrase", Role::Patient);
        // The wrong code changes nothing.
        auto wrong = importFile(*patient, file, code("0000-0000-0000"));
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(!FocusStore(patient->records()).current().value());
        // A tampered file changes nothing either.
        const QString tampered = phone.dir.path() + QStringLiteral("/bad.dithandover");
        QByteArray bad = bytes;
        bad[bad.size() / 2] ^= 0x40;
        test::writeFile(tampered, bad);
        QVERIFY(!importFile(*patient, tampered, exported.value().code));
        QVERIFY(!FocusStore(patient->records()).current().value());

        auto imported = importFile(*patient, file, exported.value().code);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QVERIFY(imported.value().added.total() > 0);
        // On the phone the records are the patient's own (no subject), ids unchanged.
        const auto focusHere = FocusStore(patient->records()).current().value();
        QVERIFY(focusHere);
        QCOMPARE(focusHere->focus.affect, focusThere->focus.affect);
        QCOMPARE(focusHere->id, focusThere->id);
        QVERIFY(CourseStore(patient->records()).current().value());
        // Only shared letter versions travel.
        auto letters = LetterStore(patient->records()).letters();
        QVERIFY(letters);
        for (const LetterSummary &s : letters.value())
            QVERIFY(s.current.shared || s.current.final);
        // The same file again adds nothing.
        auto again = importFile(*patient, file, exported.value().code);
        QVERIFY(again);
        QCOMPARE(again.value().added.total(), 0);
        QCOMPARE(again.value().alreadyHere, imported.value().added.total());

        // A file for another patient is refused on this phone (the pair is set).
        const QString rm = patientId(*therapist, "R.M.");
        const QString other = tablet.dir.path() + QStringLiteral("/rm.dithandover");
        auto forOther = exportFile(*therapist, rm, Choice(), other, test::fastKdf());
        QVERIFY(forOther);
        auto refused = importFile(*patient, other, forOther.value().code);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::BadInput);

        // A therapist cannot bring in a file meant for a patient.
        QCOMPARE(importFile(*therapist, file, exported.value().code).error().code,
                 ErrorCode::BadInput);

        // Back: the patient's answers reach the tablet, under J.T.
        const QString back = phone.dir.path() + QStringLiteral("/back.dithandover");
        auto reply = exportFile(*patient, {}, Choice(), back, test::fastKdf());
        QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().message));
        auto received = importFile(*therapist, back, reply.value().code);
        QVERIFY2(received, qPrintable(received ? QString() : received.error().message));
        QCOMPARE(received.value().patientId, jt);
    }

    // A file for the patient carries the label the therapist gave them; the phone shows it
    // before anything is brought in, and looking writes nothing (docs/CLINICAL_SAFETY.md
    // H18). The tablet is told the label of the patient a file from the phone goes to.
    void whomTheFileIsForIsSeenBeforeAnythingIsSaved()
    {
        test::TempProfile tablet;
        auto therapist = tablet.create("therapist passphrase", Role::Therapist);
        QVERIFY(demo::fillCaseload(*therapist, tablet.clock.now()));
        const QString jt = patientId(*therapist, "J.T.");
        const QString file = tablet.dir.path() + QStringLiteral("/jt.dithandover");
        auto exported = exportFile(*therapist, jt, Choice(), file, test::fastKdf());
        QVERIFY(exported);

        test::TempProfile phone;
        auto patient = phone.create("patient passphrase", Role::Patient);
        auto payload = readAndOpen(file, exported.value().code);
        QVERIFY(payload);
        auto seen = inspectPayload(*patient, payload.value(), {});
        QVERIFY2(seen, qPrintable(seen ? QString() : seen.error().message));
        QCOMPARE(seen.value().label, QStringLiteral("J.T."));
        QCOMPARE(seen.value().added.total(), exported.value().contents.total());
        // Nothing was written: no records, no pairing with the therapist.
        QVERIFY(!FocusStore(patient->records()).current().value());
        QVERIFY(!CourseStore(patient->records()).current().value());
        QVERIFY(patient->settings().value(QString::fromLatin1(kPairSetting)).isEmpty());

        QVERIFY(importPayload(*patient, payload.value(), {}));
        auto again = inspectPayload(*patient, payload.value(), {});
        QVERIFY(again);
        QCOMPARE(again.value().label, QStringLiteral("J.T."));
        QCOMPARE(again.value().added.total(), 0);

        // A file for another patient is refused before any label is shown.
        const QString other = tablet.dir.path() + QStringLiteral("/rm.dithandover");
        auto forOther =
            exportFile(*therapist, patientId(*therapist, "R.M."), Choice(), other, test::fastKdf());
        QVERIFY(forOther);
        auto otherPayload = readAndOpen(other, forOther.value().code);
        QVERIFY(otherPayload);
        QCOMPARE(inspectPayload(*patient, otherPayload.value(), {}).error().code,
                 ErrorCode::BadInput);

        // On the tablet, a file from the phone names the patient it goes to.
        const QString back = phone.dir.path() + QStringLiteral("/back.dithandover");
        auto reply = exportFile(*patient, {}, Choice(), back, test::fastKdf());
        QVERIFY(reply);
        auto backPayload = readAndOpen(back, reply.value().code);
        QVERIFY(backPayload);
        auto onTablet = inspectPayload(*therapist, backPayload.value(), {});
        QVERIFY(onTablet);
        QCOMPARE(onTablet.value().label, QStringLiteral("J.T."));
    }

    // The label a file carries: none (a file from an earlier version) is allowed; anything
    // that could not be a label is refused.
    void fileLabelIsALabelOrNothing()
    {
        test::TempProfile phone;
        auto patient = phone.create("patient passphrase", Role::Patient);
        const auto payload = [](const QByteArray &label) -> QByteArray {
            return "{\"format\":\"dit-companion-handover\",\"version\":1,\"from\":"
                   "\"therapist\",\"profile\":\"0123456789abcdef0123456789abcdef\","
                   "\"device\":\"d\",\"pair\":\"0123456789abcdef0123456789abcdee\","
                   "\"made\":\"1\",\"records\":[]" +
                   label + "}";
        };
        auto none = inspectPayload(*patient, payload(""), {});
        QVERIFY(none);
        QVERIFY(none.value().label.isEmpty());
        auto spaced = inspectPayload(*patient, payload(",\"label\":\"  A.K. \""), {});
        QVERIFY(spaced);
        QCOMPARE(spaced.value().label, QStringLiteral("A.K."));
        QVERIFY(!inspectPayload(*patient, payload(",\"label\":42"), {}));
        QVERIFY(!inspectPayload(*patient, payload(",\"label\":\"\""), {}));
        QVERIFY(!inspectPayload(*patient, payload(",\"label\":\"A.\\nK.\""), {}));
        QVERIFY(!importPayload(*patient, payload(",\"label\":42"), {}));
    }

    void payloadRefusesWhatIsNotAllowed()
    {
        test::TempProfile phone;
        auto patient = phone.create("patient passphrase", Role::Patient);
        QVERIFY(!importPayload(*patient, "not json", {}));
        QVERIFY(
            !importPayload(*patient, "{\"format\":\"dit-companion-handover\",\"version\":9}", {}));
        // A kind a therapist may not send (a patient record) is refused whole.
        const QByteArray sneaky =
            "{\"format\":\"dit-companion-handover\",\"version\":1,\"from\":\"therapist\","
            "\"profile\":\"0123456789abcdef0123456789abcdef\",\"device\":\"d\","
            "\"pair\":\"0123456789abcdef0123456789abcdee\",\"made\":\"1\",\"records\":[{"
            "\"id\":\"0123456789abcdef0123456789abcded\",\"kind\":\"patient\"}]}";
        auto r = importPayload(*patient, sneaky, {});
        QVERIFY(!r);
        QCOMPARE(patient->records().list(QStringLiteral("patient")).value().size(), 0);
    }

    // The rule set hand-over files and sync share (core/sharing/RecordRules.h, docs/SYNC.md
    // "Who may write what"): its bounds, and which side may make what.
    void recordRulesBoundsAndSides()
    {
        const QDateTime now(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
        Record r;
        r.id = QStringLiteral("0123456789abcdef0123456789abcdef");
        r.thread = r.id;
        r.author = QStringLiteral("fedcba9876543210fedcba9876543210");
        r.kind = QStringLiteral("focus");
        r.createdAt = now;
        r.body = {{QStringLiteral("affect"), QStringLiteral("calm")}};
        QVERIFY(sharing::fieldsAreValid(r, now));
        // Time: from 1 January 2000; at most two days after this device's clock.
        Record t = r;
        t.createdAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(sharing::fieldsAreValid(t, now));
        t.createdAt = t.createdAt.addMSecs(-1);
        QVERIFY(!sharing::fieldsAreValid(t, now));
        t.createdAt = now.addMSecs(sharing::kMaxClockAheadMs);
        QVERIFY(sharing::fieldsAreValid(t, now));
        QVERIFY(!sharing::isAhead(t, now));
        t.createdAt = t.createdAt.addMSecs(1);
        QVERIFY(!sharing::fieldsAreValid(t, now));
        QVERIFY(sharing::isAhead(t, now));
        // Schema 1 to 100; ids of 32 hex; a body up to 1 MiB.
        t = r;
        t.schema = sharing::kMaxSchema;
        QVERIFY(sharing::fieldsAreValid(t, now));
        t.schema = sharing::kMaxSchema + 1;
        QVERIFY(!sharing::fieldsAreValid(t, now));
        t.schema = 0;
        QVERIFY(!sharing::fieldsAreValid(t, now));
        t = r;
        t.author = QStringLiteral("not an id");
        QVERIFY(!sharing::fieldsAreValid(t, now));
        t = r;
        t.body = {{QStringLiteral("affect"), QString(sharing::kMaxBodyBytes, QLatin1Char('a'))}};
        QVERIFY(!sharing::fieldsAreValid(t, now));
        // Versions: a first version starts its thread; a parent of another kind or thread is
        // refused; an unknown parent is allowed.
        QVERIFY(sharing::fitsItsThread(r, [](const QString &) { return std::nullopt; }));
        t = r;
        t.thread = QStringLiteral("11111111111111111111111111111111");
        QVERIFY(!sharing::fitsItsThread(t, [](const QString &) { return std::nullopt; }));
        Record version = r;
        version.id = QStringLiteral("22222222222222222222222222222222");
        version.parent = r.id;
        QVERIFY(sharing::fitsItsThread(version, [&](const QString &) { return r; }));
        Record other = r;
        other.kind = QStringLiteral("course");
        QVERIFY(!sharing::fitsItsThread(version, [&](const QString &) { return other; }));

        // Sides: a letter by its writer's side; a response by the patient, or on the tablet
        // when marked as filled in there.
        QVERIFY(sharing::mayCreate(sharing::Side::Therapist, r));
        QVERIFY(sharing::mayCreate(sharing::Side::Patient, r));
        Letter letter;
        letter.title = QStringLiteral("Letter");
        letter.date = QDate(2026, 5, 4);
        letter.sections = {{QString(), QString(), QStringLiteral("Text.")}};
        Record l = r;
        l.kind = QStringLiteral("letter");
        l.body = letter.toJson();
        QVERIFY(sharing::mayCreate(sharing::Side::Therapist, l));
        QVERIFY(!sharing::mayCreate(sharing::Side::Patient, l));
        letter.author = LetterAuthor::Patient;
        letter.inReplyTo = r.id;
        l.body = letter.toJson();
        QVERIFY(!sharing::mayCreate(sharing::Side::Therapist, l));
        QVERIFY(sharing::mayCreate(sharing::Side::Patient, l));

        test::TempProfile tablet;
        auto therapist = tablet.create("therapist passphrase", Role::Therapist);
        const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
        ResponseStore responses(therapist->records(), catalogue);
        const auto answers = parseAnswerVector(*catalogue.find(QStringLiteral("phq9")),
                                               QStringLiteral("0,0,0,0,0,0,0,0,0"));
        QVERIFY(answers);
        auto inRoom =
            responses.submit(QStringLiteral("phq9"), 1, answers.value(), {}, QStringLiteral("p"));
        QVERIFY2(inRoom, qPrintable(inRoom ? QString() : inRoom.error().message));
        QVERIFY(inRoom.value().inRoom); // every response made on a therapist's tablet
        const Record made = therapist->records().get(inRoom.value().id).value();
        QVERIFY(sharing::mayCreate(sharing::Side::Therapist, made));
        QVERIFY(!sharing::mayCreate(sharing::Side::Patient, made));
        Record unmarked = made;
        unmarked.body.remove(QStringLiteral("inRoom"));
        QVERIFY(!sharing::mayCreate(sharing::Side::Therapist, unmarked));
        QVERIFY(sharing::mayCreate(sharing::Side::Patient, unmarked));
        // A hand-over file carries answers given on either device, both ways.
        QVERIFY(sharing::mayCarry(sharing::Direction::ToTherapist, made));
        QVERIFY(sharing::mayCarry(sharing::Direction::ToPatient, unmarked));
        QVERIFY(!sharing::mayCarry(sharing::Direction::ToTherapist, r)); // a focus: not that way
    }
};

QTEST_GUILESS_MAIN(TestHandover)
#include "tst_handover.moc"
