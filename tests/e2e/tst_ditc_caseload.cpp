// ditc patients and ditc handover (docs/THERAPIST.md) through the real binary: a therapist's
// caseload, and a hand-over file from the therapist's profile into a patient's, with the one-time
// code printed once and read back on stdin.
#include "Processes.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dit;

namespace {

const QByteArray kTherapist = "therapist passphrase\n";
const QByteArray kPatient = "patient passphrase\n";

} // namespace

class TestDitcCaseload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tablet;
    QString m_phone;

    test::Run onTablet(QStringList args, const QByteArray &in = kTherapist)
    {
        return test::ditc(QStringList{QStringLiteral("--profile"), m_tablet} + args, in);
    }
    test::Run onPhone(QStringList args, const QByteArray &in = kPatient)
    {
        return test::ditc(QStringList{QStringLiteral("--profile"), m_phone} + args, in);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tablet = m_dir.filePath(QStringLiteral("tablet"));
        m_phone = m_dir.filePath(QStringLiteral("phone"));
        QCOMPARE(onTablet({QStringLiteral("init"), QStringLiteral("--role"),
                           QStringLiteral("therapist"), QStringLiteral("--no-confirm")})
                     .code,
                 0);
        QCOMPARE(onPhone({QStringLiteral("init"), QStringLiteral("--no-confirm")}).code, 0);
    }

    void helpDocumentsTheCommands()
    {
        const test::Run r = test::ditc({QStringLiteral("--help")});
        QVERIFY(r.out.contains("patients"));
        QVERIFY(r.out.contains("handover"));
    }

    void addListShow()
    {
        const test::Run empty = onTablet({QStringLiteral("patients"), QStringLiteral("list")});
        QCOMPARE(empty.code, 0);
        QVERIFY(empty.out.contains("No patients yet"));
        const test::Run added = onTablet({QStringLiteral("--json"), QStringLiteral("patients"),
                                          QStringLiteral("add"), QStringLiteral("A.K.")});
        QCOMPARE(added.code, 0);
        const QString id =
            QJsonDocument::fromJson(added.out).object().value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), 32);
        // The same label twice is refused (exit 2), and nothing is added.
        QCOMPARE(
            onTablet({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("a.k.")})
                .code,
            2);
        QCOMPARE(
            onTablet({QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("R.M.")})
                .code,
            0);
        const test::Run list = onTablet(
            {QStringLiteral("--json"), QStringLiteral("patients"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QJsonArray patients =
            QJsonDocument::fromJson(list.out).object().value(QStringLiteral("patients")).toArray();
        QCOMPARE(patients.size(), 2);
        QStringList labels;
        for (const QJsonValue &p : patients)
            labels << p[QStringLiteral("label")].toString();
        labels.sort();
        QCOMPARE(labels, (QStringList{QStringLiteral("A.K."), QStringLiteral("R.M.")}));

        const test::Run show =
            onTablet({QStringLiteral("patients"), QStringLiteral("show"), id.left(8)});
        QCOMPARE(show.code, 0);
        QVERIFY(show.out.contains("A.K."));
        QVERIFY(show.out.contains("Risk answers not yet acknowledged: 0"));
        QCOMPARE(
            onTablet({QStringLiteral("patients"), QStringLiteral("show"), QStringLiteral("Z.Z.")})
                .code,
            2);
        // A wrong passphrase: exit 3, nothing shown.
        const test::Run wrong =
            onTablet({QStringLiteral("patients"), QStringLiteral("list")}, "not it\n");
        QCOMPARE(wrong.code, 3);
        QVERIFY(!wrong.out.contains("A.K."));
        // A patient's profile has no caseload.
        QCOMPARE(onPhone({QStringLiteral("patients"), QStringLiteral("list")}).code, 2);
    }

    void handoverRoundTrip()
    {
        const QString file = m_dir.filePath(QStringLiteral("ak.dithandover"));
        const test::Run exported =
            onTablet({QStringLiteral("handover"), QStringLiteral("export"), QStringLiteral("A.K."),
                      QStringLiteral("--out"), file});
        QCOMPARE(exported.code, 0);
        const QByteArray code = exported.out.trimmed();
        QCOMPARE(code.size(), 14);
        QCOMPARE(code.at(4), '-');
        QVERIFY(QFile::exists(file));
        // Never over an existing file.
        QCOMPARE(onTablet({QStringLiteral("handover"), QStringLiteral("export"),
                           QStringLiteral("A.K."), QStringLiteral("--out"), file})
                     .code,
                 2);
        const QByteArray before = test::fileDigest(file);

        // The wrong code: exit 3, nothing brought in.
        const test::Run wrong =
            onPhone({QStringLiteral("handover"), QStringLiteral("import"), file},
                    kPatient + "0000-0000-0000\n");
        QCOMPARE(wrong.code, 3);
        // Not a code at all: exit 2.
        QCOMPARE(onPhone({QStringLiteral("handover"), QStringLiteral("import"), file},
                         kPatient + "hello\n")
                     .code,
                 2);
        // A damaged copy: refused, exit 4.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.dithandover"));
        QByteArray bytes = test::readFile(file);
        bytes[bytes.size() / 2] ^= 0x10;
        test::writeFile(damaged, bytes);
        const test::Run bad =
            onPhone({QStringLiteral("handover"), QStringLiteral("import"), damaged},
                    kPatient + code + '\n');
        QCOMPARE(bad.code, 4);

        // Nothing is saved until whom the file is for is confirmed (as the app asks,
        // docs/CLINICAL_SAFETY.md H18). A script (stdin not a terminal) must give --for with
        // the file's label: without it, even with "yes" on its input, or with another label,
        // refused, exit 2; the label is never written to its output.
        const QStringList import = {QStringLiteral("--json"), QStringLiteral("handover"),
                                    QStringLiteral("import"), file};
        const QStringList forAK{QStringLiteral("--for"), QStringLiteral("A.K.")};
        for (const QByteArray &rest : {QByteArray(), QByteArray("yes\n")}) {
            const test::Run unconfirmed = onPhone(import, kPatient + code + '\n' + rest);
            QCOMPARE(unconfirmed.code, 2);
            QVERIFY2(unconfirmed.err.contains("not imported: whom the file is for was not "
                                              "confirmed: give --for LABEL"),
                     unconfirmed.err.constData());
            QVERIFY(!unconfirmed.err.contains("A.K."));
            QVERIFY(unconfirmed.out.isEmpty());
        }
        const test::Run someoneElse =
            onPhone(import + QStringList{QStringLiteral("--for"), QStringLiteral("B.C.")},
                    kPatient + code + '\n');
        QCOMPARE(someoneElse.code, 2);
        QVERIFY2(someoneElse.err.contains("the file is not for B.C.; nothing was saved"),
                 someoneElse.err.constData());
        QVERIFY(!someoneElse.err.contains("A.K."));

        // The right code, typed in lower case, with the file's label: brought in.
        const test::Run ok = onPhone(import + forAK, kPatient + code.toLower() + '\n');
        QCOMPARE(ok.code, 0);
        QVERIFY(QJsonDocument::fromJson(ok.out).object().contains(QStringLiteral("added")));
        QVERIFY(!ok.out.contains("A.K.") && !ok.err.contains("A.K."));
        QCOMPARE(test::fileDigest(file), before); // the file is read, never changed
        // On the therapist's own tablet it is refused (made for a patient's phone).
        QCOMPARE(onTablet(QStringList{QStringLiteral("handover"), QStringLiteral("import"), file} +
                              forAK,
                          kTherapist + code + '\n')
                     .code,
                 2);

        // The other direction names the patient the file goes into, the same way.
        const QString back = m_dir.filePath(QStringLiteral("back.dithandover"));
        const test::Run returned = onPhone(
            {QStringLiteral("handover"), QStringLiteral("export"), QStringLiteral("--out"), back});
        QVERIFY2(returned.code == 0, returned.err.constData());
        const QByteArray backCode = returned.out.trimmed();
        const QStringList importBack = {QStringLiteral("handover"), QStringLiteral("import"), back};
        QCOMPARE(onTablet(importBack, kTherapist + backCode + "\nyes\n").code, 2);
        QCOMPARE(onTablet(importBack + QStringList{QStringLiteral("--for"), QStringLiteral("Z.Z.")},
                          kTherapist + backCode + '\n')
                     .code,
                 2);
        QCOMPARE(onTablet(importBack + forAK, kTherapist + backCode + '\n').code, 0);
    }

    // At a terminal (util-linux `script` gives ditc one) the person is shown whom the file is
    // for and asked; only "yes" brings it in (docs/CLINICAL_SAFETY.md H18).
    void handoverImportAsksAtATerminal()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("util-linux script is not installed");
        const QString file = m_dir.filePath(QStringLiteral("asked.dithandover"));
        const test::Run exported =
            onTablet({QStringLiteral("handover"), QStringLiteral("export"), QStringLiteral("A.K."),
                      QStringLiteral("--out"), file});
        QCOMPARE(exported.code, 0);
        const QByteArray code = exported.out.trimmed();
        const auto atTerminal = [&](const QByteArray &answer) {
            QStringList words{QStringLiteral(DIT_DITC_PATH), QStringLiteral("--profile"), m_phone,
                              QStringLiteral("handover"),    QStringLiteral("import"),    file};
            for (QString &w : words)
                w = QLatin1Char('\'') + w + QLatin1Char('\'');
            return test::runProgram(
                script, {QStringLiteral("-qec"), words.join(u' '), QStringLiteral("/dev/null")},
                kPatient + code + '\n' + answer + '\n');
        };
        const test::Run no = atTerminal("no");
        QCOMPARE(no.code, 2);
        QVERIFY2(no.out.contains("This file is for: A.K."), no.out.constData());
        QVERIFY2(no.out.contains("Import the file for A.K.? Type yes"), no.out.constData());
        QVERIFY2(no.out.contains("not imported: whom the file is for was not confirmed; nothing "
                                 "was saved"),
                 no.out.constData());
        const test::Run yes = atTerminal("yes");
        QCOMPARE(yes.code, 0);
        QVERIFY2(yes.out.contains("Brought in"), yes.out.constData());
    }

    // A label that looks like a full name is refused unless the therapist says, with a flag,
    // that they mean it (the app's second step); nothing is added on the refusal.
    void fullNameNeedsTheDeliberateFlag()
    {
        const auto count = [this] {
            const test::Run list = onTablet(
                {QStringLiteral("--json"), QStringLiteral("patients"), QStringLiteral("list")});
            return QJsonDocument::fromJson(list.out)
                .object()
                .value(QStringLiteral("patients"))
                .toArray()
                .size();
        };
        const qsizetype before = count();
        const test::Run refused = onTablet(
            {QStringLiteral("patients"), QStringLiteral("add"), QStringLiteral("Sarah Jones")});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("full name"), refused.err.constData());
        QVERIFY2(refused.err.contains("--keep-identifying-label"), refused.err.constData());
        QCOMPARE(count(), before);
        const test::Run kept =
            onTablet({QStringLiteral("patients"), QStringLiteral("add"),
                      QStringLiteral("--keep-identifying-label"), QStringLiteral("Sarah Jones")});
        QCOMPARE(kept.code, 0);
        QVERIFY(kept.out.contains("full name")); // the warning is still said
        QCOMPARE(count(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestDitcCaseload)
#include "tst_ditc_caseload.moc"
