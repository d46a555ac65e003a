// Immutable records: versions name their parents, forks keep both, nothing is updated.
#include "TestSupport.h"

#include <QTest>

#include <sqlite3.h>

using namespace dit;

class TestRecords : public QObject
{
    Q_OBJECT

private:
    static QJsonObject text(const char *t)
    {
        return {{QStringLiteral("text"), QString::fromUtf8(t)}};
    }

private Q_SLOTS:
    void versionChain()
    {
        test::TempProfile t;
        auto store = t.create();
        RecordStore &r = store->records();
        auto v1 = r.append(QStringLiteral("focus"), text("one"));
        t.clock.advanceSeconds(5);
        auto v2 = r.append(QStringLiteral("focus"), text("two"), {}, v1.value().id);
        QVERIFY(v1 && v2);
        QCOMPARE(v2.value().thread, v1.value().id);
        QCOMPARE(v2.value().parent, v1.value().id);
        QCOMPARE(v2.value().author, store->deviceId());
        QCOMPARE(v2.value().createdAt, t.clock.now());
        auto heads = r.heads(QStringLiteral("focus"));
        QCOMPARE(heads.value().size(), 1);
        QCOMPARE(heads.value().first().id, v2.value().id);
        QCOMPARE(r.thread(v1.value().id).value().size(), 2);
    }

    void forksKeepBoth()
    {
        test::TempProfile t;
        auto store = t.create();
        RecordStore &r = store->records();
        auto base = r.append(QStringLiteral("letter"), text("draft"));
        auto a = r.append(QStringLiteral("letter"), text("therapist edit"), {}, base.value().id);
        auto b = r.append(QStringLiteral("letter"), text("patient edit"), {}, base.value().id);
        QVERIFY(a && b);
        auto heads = r.heads(QStringLiteral("letter"));
        QCOMPARE(heads.value().size(), 2);
        QStringList ids{heads.value().at(0).id, heads.value().at(1).id};
        QVERIFY(ids.contains(a.value().id) && ids.contains(b.value().id));
    }

    void recordsCannotBeUpdated()
    {
        test::TempProfile t;
        auto store = t.create();
        auto rec = store->records().append(QStringLiteral("note"), text("as written"));
        QVERIFY(!store->database().exec("UPDATE records SET body = '{}';"));
        QCOMPARE(store->records().get(rec.value().id).value().body, text("as written"));
    }

    // A body that is not valid UTF-8 (never written by the app: only by someone writing the
    // database with its key) reads with its bad bytes replaced, not as an empty body.
    void aBodyThatIsNotUtf8ReadsWithItsBadBytesReplaced()
    {
        test::TempProfile t;
        auto store = t.create();
        // {"text":"x<0xff> y"}
        QVERIFY(store->database().exec(
            "INSERT INTO records (id, kind, thread, author, created_at, schema, body) VALUES "
            "('bad-utf8', 'note', 'bad-utf8', 'elsewhere', 0, 1, "
            "CAST(x'7b2274657874223a2278ff2079227d' AS TEXT));"));
        auto read = store->records().get(QStringLiteral("bad-utf8"));
        QVERIFY(read);
        QCOMPARE(read.value().body.value(QStringLiteral("text")).toString(),
                 QStringLiteral("x\uFFFD y"));
    }

    void insertingTwiceAppliesOnce()
    {
        test::TempProfile t;
        auto store = t.create();
        auto rec = store->records().append(QStringLiteral("note"), text("once"));
        auto again = store->records().insertExisting(rec.value());
        QVERIFY(again);
        QCOMPARE(again.value(), false);
        QCOMPARE(store->records().list(QStringLiteral("note")).value().size(), 1);
    }

    void subjectsAreKeptApart()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        QVERIFY(store->records().append(QStringLiteral("note"), text("a"), QStringLiteral("p1")));
        QVERIFY(store->records().append(QStringLiteral("note"), text("b"), QStringLiteral("p2")));
        QCOMPARE(store->records().list(QStringLiteral("note"), QStringLiteral("p1")).value().size(),
                 1);
        QCOMPARE(store->records().list(QStringLiteral("note")).value().size(), 0);
    }

    void parentMustExistAndMatchKind()
    {
        test::TempProfile t;
        auto store = t.create();
        QCOMPARE(store->records()
                     .append(QStringLiteral("note"), text("x"), {},
                             QStringLiteral("0123456789abcdef0123456789abcdef"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
        auto note = store->records().append(QStringLiteral("note"), text("x"));
        QCOMPARE(store->records()
                     .append(QStringLiteral("letter"), text("y"), {}, note.value().id)
                     .error()
                     .code,
                 ErrorCode::BadInput);
    }

    void deleteThreadRemovesEveryVersion()
    {
        test::TempProfile t;
        auto store = t.create();
        auto v1 = store->records().append(QStringLiteral("letter"), text("1"));
        QVERIFY(store->records().append(QStringLiteral("letter"), text("2"), {}, v1.value().id));
        auto other = store->records().append(QStringLiteral("letter"), text("other"));
        QVERIFY(store->records().deleteThread(v1.value().id));
        auto left = store->records().list(QStringLiteral("letter")).value();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, other.value().id);
    }

    // Prepared statements are kept per connection and reused (docs/PERFORMANCE.md, "Sync"):
    // a reused one starts again from its first row with no value left bound.
    void aStatementIsPreparedOnceAndComesBackReset()
    {
        test::TempProfile t;
        auto store = t.create();
        Database &db = store->database();
        auto first = store->records().append(QStringLiteral("note"), text("1"));
        QVERIFY(store->records().append(QStringLiteral("note"), text("2")));
        const char *sql = "SELECT id, ?1 FROM records ORDER BY seq";
        const qsizetype idleBefore = db.cachedStatements();
        sqlite3_stmt *handle = nullptr;
        {
            auto stmt = db.prepare(sql);
            QVERIFY(stmt);
            handle = stmt.value().handle();
            stmt.value().bind(1, QStringLiteral("bound"));
            QVERIFY(stmt.value().next()); // stopped after its first row
            QCOMPARE(stmt.value().text(1), QStringLiteral("bound"));
        }
        QCOMPARE(db.cachedStatements(), idleBefore + 1);
        auto again = db.prepare(sql);
        QVERIFY(again);
        QCOMPARE(again.value().handle(), handle);
        QCOMPARE(db.cachedStatements(), idleBefore);
        QVERIFY(again.value().next());
        QCOMPARE(again.value().text(0), first.value().id);
        QVERIFY(again.value().isNull(1));
        // The same text in use twice at once: a second statement, and one kept afterwards.
        auto both = db.prepare(sql);
        QVERIFY(both);
        QVERIFY(both.value().handle() != handle);
        QVERIFY(both.value().next());
        QCOMPARE(both.value().text(0), first.value().id);
    }

    void aKeptStatementThatWritesIsRefusedWhenWritesAre()
    {
        test::TempProfile t;
        auto store = t.create();
        Database &db = store->database();
        const char *sql = "UPDATE settings SET value = value WHERE key = 'nothing'";
        QVERIFY(db.prepare(sql)); // kept
        db.refuseWrites(makeError(ErrorCode::DiskFull, QStringLiteral("full")));
        auto refused = db.prepare(sql);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::DiskFull);
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
