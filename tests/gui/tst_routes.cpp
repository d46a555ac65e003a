// The route table (docs/ARCHITECTURE.md, "Routes"): every key --page, the UI driver, the
// screenshots and the tests use is in it, each page it names exists, and an unknown key gets
// an error listing the known ones.
#include "LetterEditing.h"
#include "Routes.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace dit;

class TestRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKeyTheGalleryUsesIsARoute_data()
    {
        QTest::addColumn<QString>("key");
        // scripts/screenshots.sh and the journeys name these.
        for (const char *key : {"home",
                                "measures",
                                "learn",
                                "letter",
                                "settings",
                                "crisis",
                                "form",
                                "progress",
                                "focus",
                                "focus-edit",
                                "focus-history",
                                "notes",
                                "note-new",
                                "course-setup",
                                "course-weeks",
                                "sync-pair",
                                "letter-read",
                                "letter-reply-read",
                                "letter-reply",
                                "letter-paper",
                                "letter-compare",
                                "letter-versions",
                                "letter-delete",
                                "learn-article:breathing",
                                "caseload",
                                "caseload-export",
                                "patient-add",
                                "hand-over",
                                "patient",
                                "patient:P-1",
                                "patient-focus",
                                "patient-letter",
                                "patient-letter-edit",
                                "patient-sessions",
                                "patient-file",
                                "patient-export"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }
    void everyKeyTheGalleryUsesIsARoute()
    {
        QFETCH(QString, key);
        QVERIFY(Routes::find(key));
    }

    void unknownKeysAreRefusedWithTheList()
    {
        QVERIFY(!Routes::find(QStringLiteral("hom")));
        QVERIFY(!Routes::find(QStringLiteral("learn-article:"))); // the argument is missing
        const QString message = Routes::unknownKeyMessage(QStringLiteral("hom"));
        QVERIFY2(message.contains(QStringLiteral("\"hom\"")), qPrintable(message));
        for (const char *key : {"home", "letter-read", "learn-article:ID", "patient:ID"})
            QVERIFY2(message.contains(QLatin1String(key)), qPrintable(message));
        QVERIFY(Routes::route(QStringLiteral("hom"), QStringLiteral("patient")).isEmpty());
    }

    void aRouteGivesItsDestinationPagesAndProperties()
    {
        const QVariantMap edit =
            Routes::route(QStringLiteral("focus-edit"), QStringLiteral("patient"));
        QCOMPARE(edit.value("destination").toString(), QStringLiteral("home"));
        QCOMPARE(edit.value("pages").toStringList(),
                 (QStringList{QStringLiteral("focus/FocusPage"),
                              QStringLiteral("focus/FocusEditPage")}));
        QVERIFY(edit.value("call").toString().isEmpty());

        const QVariantMap article =
            Routes::route(QStringLiteral("learn-article:breathing"), QStringLiteral("patient"));
        QCOMPARE(article.value("destination").toString(), QStringLiteral("learn"));
        QCOMPARE(article.value("properties").toMap().value("articleId").toString(),
                 QStringLiteral("breathing"));

        const QVariantMap read =
            Routes::route(QStringLiteral("letter-read"), QStringLiteral("patient"));
        QCOMPARE(read.value("destination").toString(), QStringLiteral("letter"));
        QCOMPARE(read.value("call").toString(), QStringLiteral("openRoute"));
        QCOMPARE(read.value("argument").toString(), QStringLiteral("letter-read"));
        QCOMPARE(read.value("pages").toStringList(),
                 QStringList{QStringLiteral("letters/LetterReadPage")});
        QCOMPARE(read.value("properties").toMap().value("letterId").toString(),
                 QStringLiteral("@letter"));
        const QVariantMap paper =
            Routes::route(QStringLiteral("letter-paper"), QStringLiteral("patient"));
        QCOMPARE(paper.value("properties").toMap().value("mode").toInt(),
                 int(LetterEditing::Mode::Paper));

        const QVariantMap form = Routes::route(QStringLiteral("form"), QStringLiteral("patient"));
        QCOMPARE(form.value("destination").toString(), QStringLiteral("measures"));
        QCOMPARE(form.value("call").toString(), QStringLiteral("open"));
        QCOMPARE(form.value("argument").toString(), QStringLiteral("form"));
    }

    void aPatientsPagesAreOneChainFromTheTable()
    {
        // The pages the caseload pushes, in order, and the call on the last one.
        const QVariantMap edit =
            Routes::route(QStringLiteral("patient-focus-edit"), QStringLiteral("therapist"));
        QCOMPARE(edit.value("call").toString(), QStringLiteral("openRoute"));
        QCOMPARE(edit.value("pages").toStringList(),
                 (QStringList{QStringLiteral("caseload/PatientPage"),
                              QStringLiteral("caseload/PatientFocusPage"),
                              QStringLiteral("focus/FocusEditPage")}));
        const QVariantMap letterEdit =
            Routes::route(QStringLiteral("patient-letter-edit"), QStringLiteral("therapist"));
        QCOMPARE(letterEdit.value("then").toString(), QStringLiteral("edit"));
        const QVariantMap byLabel =
            Routes::route(QStringLiteral("patient:A.K."), QStringLiteral("therapist"));
        QCOMPARE(byLabel.value("properties").toMap().value("patientLabel").toString(),
                 QStringLiteral("A.K."));
    }

    void fillPutsInWhatThePageKnows()
    {
        const QVariantMap pair =
            Routes::route(QStringLiteral("patient-pair"), QStringLiteral("therapist"));
        const QVariantMap filled =
            Routes::fill(pair.value("properties").toMap(),
                         {{QStringLiteral("@patient"), QStringLiteral("p1")},
                          {QStringLiteral("@patientLabel"), QStringLiteral("A.K.")}});
        QCOMPARE(filled.value("patientId").toString(), QStringLiteral("p1"));
        QCOMPARE(filled.value("label").toString(), QStringLiteral("A.K."));
        // Values not starting with '@', and numbers, stay as they are.
        const QVariantMap kept = Routes::fill(
            {{QStringLiteral("mode"), 3}, {QStringLiteral("letterId"), QString()}}, {});
        QCOMPARE(kept.value("mode").toInt(), 3);
        QCOMPARE(kept.value("letterId").toString(), QString());
    }

    void eachRoleHasItsOwnShell()
    {
        // A therapist's home is the caseload; a patient has no caseload.
        const QVariantMap home = Routes::route(QStringLiteral("home"), QStringLiteral("therapist"));
        QCOMPARE(home.value("destination").toString(), QStringLiteral("caseload"));
        QVERIFY(Routes::route(QStringLiteral("caseload"), QStringLiteral("patient")).isEmpty());
        QVERIFY(Routes::route(QStringLiteral("focus"), QStringLiteral("therapist")).isEmpty());
        const QVariantMap patient =
            Routes::route(QStringLiteral("patient:P-1"), QStringLiteral("therapist"));
        QCOMPARE(patient.value("argument").toString(), QStringLiteral("patient:P-1"));
        // Crisis support and Learn are in both.
        for (const char *role : {"patient", "therapist"}) {
            QVERIFY(Routes::keys(QLatin1String(role), {}).contains(QStringLiteral("crisis")));
            QVERIFY(Routes::keys(QLatin1String(role), {}).contains(QStringLiteral("learn")));
        }
        QVERIFY(!Routes::keys(QStringLiteral("patient"), {}).contains(QStringLiteral("caseload")));
    }

    // Each destination's first page, in one place for the shell and the unlock's read-ahead: the
    // caseload, or Home (the letter after therapy); every one a page of the app.
    void eachDestinationStartsOnItsPage()
    {
        const QStringList therapist = Routes::tabPages(QStringLiteral("therapist"));
        const QStringList patient = Routes::tabPages(QStringLiteral("patient"));
        QCOMPARE(therapist.size(), 3);
        QCOMPARE(patient.size(), 5);
        QCOMPARE(Routes::homePage(QStringLiteral("therapist"), false),
                 QStringLiteral("CaseloadPage"));
        QCOMPARE(Routes::homePage(QStringLiteral("therapist"), true),
                 QStringLiteral("CaseloadPage"));
        QCOMPARE(Routes::homePage(QStringLiteral("patient"), false), QStringLiteral("HomePage"));
        QCOMPARE(Routes::homePage(QStringLiteral("patient"), true),
                 QStringLiteral("LetterHomePage"));
        QVERIFY(patient.first().isEmpty()); // decided by homePage
        for (const QString &page :
             therapist + patient.mid(1) +
                 QStringList{QStringLiteral("HomePage"), QStringLiteral("LetterHomePage")})
            QVERIFY2(!Routes::pageUrl(page).isEmpty(), qPrintable(page));
    }

    void argumentKeysAreListedOnlyWithAnArgument()
    {
        QVERIFY(!Routes::keys(QStringLiteral("patient"), {}).join(' ').contains(':'));
        QVERIFY(Routes::keys(QStringLiteral("patient"), QStringLiteral("a1"))
                    .contains(QStringLiteral("learn-article:a1")));
    }

    void everyPageNamedExists()
    {
        for (const Route &r : Routes::all()) {
            for (const QString &page : r.pages)
                QVERIFY2(QFileInfo::exists(QStringLiteral(DIT_UI_DIR "/") + page +
                                           QStringLiteral(".qml")),
                         qPrintable(r.key + QStringLiteral(": ") + page));
        }
    }

    // Pages are made from their URL, found by file name in the app's QML modules, wherever
    // in them the file is.
    void pageUrlFindsAModuleFileByName()
    {
        const QUrl shell = Routes::pageUrl(QStringLiteral("AppShell"));
        QVERIFY2(shell.toString().endsWith(QStringLiteral("/AppShell.qml")),
                 qPrintable(shell.toString()));
        QCOMPARE(shell.scheme(), QStringLiteral("qrc"));
        QVERIFY(QFileInfo::exists(QLatin1Char(':') + shell.path()));
        for (const Route &r : Routes::all())
            for (const QString &page : r.pages)
                QVERIFY2(!Routes::pageUrl(page).isEmpty(), qPrintable(page));
        QVERIFY(!Routes::pageUrl(QStringLiteral("CalmStackView")).isEmpty());
        QCOMPARE(Routes::pageUrl(QStringLiteral("shell/AppShell")), shell); // a folder too
        QVERIFY(Routes::pageUrl(QStringLiteral("NoSuchPage")).isEmpty());
    }

    void pageUrlKnowsEveryQmlFileOfTheModules()
    {
        // The list is made at build time; every file in the resources is in it.
        QDirIterator it(QStringLiteral(":/qt-project.org/imports/org/ditcompanion"),
                        {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QCOMPARE(Routes::pageUrl(QFileInfo(path).completeBaseName()),
                     QUrl(QStringLiteral("qrc") + path));
            ++files;
        }
        QVERIFY(files > 100);
    }
};

QTEST_GUILESS_MAIN(TestRoutes)
#include "tst_routes.moc"
