// My focus (IPAF): validation, versions kept as it is refined, reflections beside it, and
// caseload subjects kept apart for the therapist's editor to come.
#include "TestSupport.h"
#include "common/Ids.h"
#include "focus/FocusStore.h"

#include <QJsonArray>
#include <QTest>

using namespace dit;

namespace {

Focus sample()
{
    Focus f;
    f.selfRepresentation = QStringLiteral("an afterthought");
    f.otherRepresentation = QStringLiteral("too busy for me");
    f.affect = QStringLiteral("shame");
    f.defensiveFunction = QStringLiteral("not asking means not being refused");
    f.ownWords = {QStringLiteral("bottom of the pile")};
    f.handles = {QStringLiteral("the leftovers")};
    f.goals = {QStringLiteral("ask for one thing a week")};
    f.session = 4;
    f.writtenBy = QStringLiteral("patient");
    return f;
}

} // namespace

class TestFocus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << 0 << QStringLiteral("at least one part");
        QTest::newRow("too long") << 1 << QStringLiteral("up to 2000");
        QTest::newRow("empty goal") << 2 << QStringLiteral("Goals has an empty entry");
        QTest::newRow("too many words") << 3 << QStringLiteral("at most 20");
        QTest::newRow("session") << 4 << QStringLiteral("session number");
        QTest::newRow("author") << 5 << QStringLiteral("patient or the therapist");
    }

    void validation()
    {
        QFETCH(int, which);
        QFETCH(QString, problem);
        Focus f = sample();
        switch (which) {
        case 0:
            f = Focus();
            break;
        case 1:
            f.affect = QString(Focus::kMaxText + 1, u'x');
            break;
        case 2:
            f.goals << QStringLiteral("  ");
            break;
        case 3:
            for (int i = 0; i < Focus::kMaxItems; ++i)
                f.ownWords << QStringLiteral("words");
            break;
        case 4:
            f.session = 99;
            break;
        case 5:
            f.writtenBy = QStringLiteral("someone");
            break;
        }
        QVERIFY2(f.problem().contains(problem), qPrintable(f.problem()));
        QVERIFY(sample().problem().isEmpty());
        // A focus with only one part is still a focus (it is built up over sessions).
        Focus partial;
        partial.affect = QStringLiteral("fear");
        QVERIFY(partial.problem().isEmpty());
    }

    void jsonRoundTrip()
    {
        const Focus f = sample();
        auto back = Focus::fromJson(f.toJson());
        QVERIFY(back);
        QCOMPARE(back.value(), f);
        QJsonObject broken = f.toJson();
        broken.insert(QStringLiteral("goals"), QJsonArray{1, 2});
        QCOMPARE(Focus::fromJson(broken).error().code, ErrorCode::BadInput);
        // Field names are the model's own, for the therapist's editor and exports.
        for (const char *key : {"selfRepresentation", "otherRepresentation", "affect",
                                "defensiveFunction", "ownWords", "handles", "goals"})
            QVERIFY2(f.toJson().contains(QLatin1String(key)), key);
    }

    void versionsAreKeptAsItIsRefined()
    {
        test::TempProfile t;
        auto store = t.create();
        FocusStore focus(store->records());
        QVERIFY(!focus.current().value().has_value());
        auto first = focus.save(sample());
        QVERIFY(first);
        t.clock.advanceSeconds(5 * 7 * 24 * 3600);
        Focus refined = sample();
        refined.otherRepresentation = QStringLiteral("busy, though sometimes they notice me");
        refined.session = 9;
        auto second = focus.save(refined);
        QVERIFY(second);

        const auto current = focus.current().value();
        QVERIFY(current.has_value());
        QCOMPARE(current->id, second.value().id);
        QCOMPARE(current->focus.session, 9);
        const QList<FocusVersion> versions = focus.versions().value();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.first().focus.otherRepresentation, QStringLiteral("too busy for me"));
        QCOMPARE(versions.first().savedAt, t.clock.now().addSecs(-5 * 7 * 24 * 3600));
        // The second version revises the first: one thread, with a parent.
        auto record = store->records().get(second.value().id).value();
        QCOMPARE(record.parent, first.value().id);
        QCOMPARE(record.thread, first.value().id);
        QVERIFY(!focus.hasDivergedVersions().value());

        Focus empty;
        QCOMPARE(focus.save(empty).error().code, ErrorCode::BadInput);
        QCOMPARE(focus.versions().value().size(), 2);
    }

    // Two versions made apart (two devices, before sync) are both kept and reported.
    void divergedVersionsAreBothKept()
    {
        test::TempProfile t;
        auto store = t.create();
        FocusStore focus(store->records());
        auto first = focus.save(sample());
        Record other;
        other.id = newRandomId();
        other.kind = QString::fromLatin1(FocusStore::kKind);
        other.thread = first.value().id;
        other.parent = first.value().id;
        other.author = QStringLiteral("another-device");
        other.createdAt = t.clock.now().addSecs(60);
        Focus theirs = sample();
        theirs.writtenBy = QStringLiteral("therapist");
        other.body = theirs.toJson();
        QVERIFY(store->records().insertExisting(other).value());
        t.clock.advanceSeconds(30);
        Focus mine = sample();
        mine.affect = QStringLiteral("shame and anger");
        QVERIFY(focus.save(mine));
        // The second save revised the latest head (the therapist's, made at +60 s) ...
        QVERIFY(!focus.hasDivergedVersions().value());
        QCOMPARE(focus.versions().value().size(), 3);
        // ... while two independent edits of one parent leave two heads.
        test::TempProfile t2;
        auto store2 = t2.create();
        FocusStore focus2(store2->records());
        auto base = focus2.save(sample());
        QVERIFY(store2->records().append(QString::fromLatin1(FocusStore::kKind), mine.toJson(), {},
                                         base.value().id));
        QVERIFY(store2->records().append(QString::fromLatin1(FocusStore::kKind), theirs.toJson(),
                                         {}, base.value().id));
        QVERIFY(focus2.hasDivergedVersions().value());
        QCOMPARE(focus2.versions().value().size(), 3);
    }

    void reflectionsSitBesideTheFocus()
    {
        test::TempProfile t;
        auto store = t.create();
        FocusStore focus(store->records());
        // A reflection can be written before the focus is (it then names no version).
        auto early = focus.addReflection(QStringLiteral("  Not sure what my pattern is yet. "));
        QVERIFY(early);
        QCOMPARE(early.value().text, QStringLiteral("Not sure what my pattern is yet."));
        QVERIFY(early.value().focusVersion.isEmpty());
        auto v1 = focus.save(sample());
        t.clock.advanceSeconds(3600);
        auto r = focus.addReflection(QStringLiteral("Noticed it at work today."));
        QVERIFY(r);
        QCOMPARE(r.value().focusVersion, v1.value().id);
        t.clock.advanceSeconds(3600);
        auto edited = focus.editReflection(r.value().id, QStringLiteral("Noticed it at work."));
        QVERIFY(edited);
        QCOMPARE(edited.value().thread, r.value().thread);
        QCOMPARE(edited.value().written, r.value().written);
        QCOMPARE(edited.value().edited, t.clock.now());

        QList<FocusReflection> all = focus.reflections().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().text, QStringLiteral("Noticed it at work.")); // newest first
        // Reflections never change the focus itself.
        QCOMPARE(focus.versions().value().size(), 1);

        QCOMPARE(focus.addReflection(QStringLiteral("   ")).error().code, ErrorCode::BadInput);
        QCOMPARE(focus.editReflection(v1.value().id, QStringLiteral("x")).error().code,
                 ErrorCode::BadInput); // a focus version is not a reflection
        QVERIFY(focus.removeReflection(all.first().thread));
        QCOMPARE(focus.reflections().value().size(), 1);
        QCOMPARE(focus.removeReflection(all.first().thread).error().code, ErrorCode::NotFound);
        // Removing a reflection never removes the focus.
        QVERIFY(focus.removeReflection(v1.value().id).error().code == ErrorCode::NotFound);
        QVERIFY(focus.current().value().has_value());
    }

    void caseloadSubjectsAreKeptApart()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        FocusStore focus(store->records());
        QVERIFY(focus.save(sample(), QStringLiteral("patient-a")));
        QVERIFY(!focus.current().value().has_value());
        QVERIFY(!focus.current(QStringLiteral("patient-b")).value().has_value());
        QVERIFY(focus.current(QStringLiteral("patient-a")).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestFocus)
#include "tst_focus.moc"
