// The psychoeducation library: the shipped pieces, the file format and its errors, a
// service's content folder, ordering by phase, FTS4 search and read state.
#include "TestSupport.h"
#include "course/CourseWording.h"
#include "learn/LearnIndex.h"
#include "learn/LearnLibrary.h"
#include "learn/ReadState.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <unistd.h>

using namespace dit;

namespace {

QByteArray piece(const QByteArray &frontMatter, const QByteArray &body = "Some plain words.\n")
{
    return "---\n" + frontMatter + "---\n\n" + body;
}

const QByteArray kGoodFront = "title: A piece\nsummary: What it is about.\nphases: middle\n"
                              "order: 5\nminutes: 1\n";

QString parseError(const QByteArray &bytes, const QString &id = QStringLiteral("a-piece"))
{
    auto parsed = learn::parseArticle(id, bytes);
    return parsed ? QString() : parsed.error().message;
}

} // namespace

class TestLearn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every shipped piece loads, and together they cover what docs/COURSE.md lists.
    void builtInPiecesAllLoad()
    {
        LearnLibrary lib;
        lib.loadBuiltIn();
        for (const LoadProblem &p : lib.problems())
            qWarning("%s", qPrintable(p.text()));
        QVERIFY(lib.problems().isEmpty());
        const QStringList expected = {QStringLiteral("what-is-dit"),
                                      QStringLiteral("how-the-sessions-work"),
                                      QStringLiteral("phase-beginning"),
                                      QStringLiteral("phase-middle"),
                                      QStringLiteral("phase-ending"),
                                      QStringLiteral("your-focus"),
                                      QStringLiteral("quiet-therapist"),
                                      QStringLiteral("relationship-in-the-room"),
                                      QStringLiteral("breaks-and-cancellations"),
                                      QStringLiteral("feeling-worse-first"),
                                      QStringLiteral("endings-and-the-letter"),
                                      QStringLiteral("after-therapy"),
                                      QStringLiteral("crisis-help")};
        for (const QString &id : expected) {
            const Article *a = lib.article(id);
            QVERIFY2(a, qPrintable(id));
            QCOMPARE(a->source, QStringLiteral("built-in"));
        }
        // Every stage has something, and crisis help belongs to all of them.
        for (const QString &stage : learn::stages()) {
            QVERIFY(lib.orderedFor(stage).first().belongsTo(stage));
            QVERIFY(lib.article(QStringLiteral("crisis-help"))->belongsTo(stage));
        }
        // Home's phase cards point at real pieces.
        for (const QString &stage : learn::stages())
            QVERIFY(lib.article(wording::phaseCard(stage).articleId));
    }

    // Our own plain words: short sentences, no outcome promises or statistics, and no
    // clinical terms left unexplained.
    void builtInPiecesReadPlainly()
    {
        LearnLibrary lib;
        lib.loadBuiltIn();
        static const QRegularExpression sentenceEnd(QStringLiteral("[.?!:]\\s+|\\n\\n"));
        static const QRegularExpression numberPercent(QStringLiteral("\\d+\\s*(%|per ?cent)"));
        const QStringList promises = {QStringLiteral("will cure"), QStringLiteral("guarantee"),
                                      QStringLiteral("proven"), QStringLiteral("recovery rate")};
        const QStringList jargon = {QStringLiteral("transference"), QStringLiteral("mentalis"),
                                    QStringLiteral("psychodynamic"),
                                    QStringLiteral("representation")};
        for (const Article &a : lib.articles()) {
            const QString text = a.title + u' ' + a.summary + u' ' + a.plainText;
            const QString lower = text.toLower();
            for (const QString &p : promises)
                QVERIFY2(!lower.contains(p), qPrintable(a.id + u' ' + p));
            for (const QString &j : jargon)
                QVERIFY2(!lower.contains(j), qPrintable(a.id + u' ' + j));
            QVERIFY2(!lower.contains(numberPercent), qPrintable(a.id));
            const QStringList sentences = text.split(sentenceEnd, Qt::SkipEmptyParts);
            int words = 0;
            for (const QString &s : sentences) {
                const int n = int(s.split(u' ', Qt::SkipEmptyParts).size());
                words += n;
                QVERIFY2(n <= 35, qPrintable(a.id + QStringLiteral(": ") + s));
            }
            QVERIFY2(double(words) / sentences.size() <= 16,
                     qPrintable(a.id + QStringLiteral(" has long sentences on average")));
            QVERIFY2(a.minutes <= 4, qPrintable(a.id + QStringLiteral(" is long to read")));
        }
    }

    void frontMatterIsParsed()
    {
        auto parsed = learn::parseArticle(
            QStringLiteral("a-piece"),
            piece("title: \"A piece: with a colon\"\nsummary: What it is about.\n"
                  "phases: initial, after\norder: 7\nminutes: 1\n",
                  "## A heading\n\nSome *kind* words.\n\n- one\n- two\n"));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const Article &a = parsed.value();
        QCOMPARE(a.title, QStringLiteral("A piece: with a colon"));
        QCOMPARE(a.phases, (QStringList{QStringLiteral("initial"), QStringLiteral("after")}));
        QCOMPARE(a.order, 7);
        QCOMPARE(a.minutes, 1);
        QCOMPARE(a.blocks.size(), 4);
        QCOMPARE(a.blocks.first().type, text::Block::Type::Heading);
        QVERIFY(a.belongsTo(QStringLiteral("after")));
        QVERIFY(!a.belongsTo(QStringLiteral("middle")));
        QVERIFY(a.plainText.contains(QStringLiteral("Some kind words.")));
    }

    // Each mistake a content editor could make gets a message that says what and where.
    void badFilesAreExplained_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("problem");
        const QString id = QStringLiteral("a-piece");
        QTest::newRow("no front matter")
            << QByteArray("Just text.\n") << id << QStringLiteral("line 1: the file must start");
        QTest::newRow("unclosed") << QByteArray("---\ntitle: x\n") << id
                                  << QStringLiteral("no closing ---");
        QTest::newRow("missing key") << piece("title: A\nsummary: B\nphases: middle\norder: 1\n")
                                     << id << QStringLiteral("needs \"minutes\"");
        QTest::newRow("unknown key") << piece(kGoodFront + "author: me\n") << id
                                     << QStringLiteral("line 7: unknown key \"author\"");
        QTest::newRow("twice") << piece(kGoodFront + "order: 6\n") << id
                               << QStringLiteral("line 7: \"order\" is given twice");
        QTest::newRow("not key value")
            << piece("title A piece\n") << id << QStringLiteral("line 2: front matter lines");
        QTest::newRow("bad phase")
            << piece("title: A\nsummary: B\nphases: middle, later\norder: 1\nminutes: 1\n") << id
            << QStringLiteral("found \"later\"");
        QTest::newRow("phase twice")
            << piece("title: A\nsummary: B\nphases: middle, middle\norder: 1\nminutes: 1\n") << id
            << QStringLiteral("listed twice");
        QTest::newRow("order word")
            << piece("title: A\nsummary: B\nphases: middle\norder: first\nminutes: 1\n") << id
            << QStringLiteral("order must be a whole number");
        QTest::newRow("minutes zero")
            << piece("title: A\nsummary: B\nphases: middle\norder: 1\nminutes: 0\n") << id
            << QStringLiteral("minutes must be a whole number from 1 to 30");
        QTest::newRow("minutes wrong")
            << piece("title: A\nsummary: B\nphases: middle\norder: 1\nminutes: 12\n") << id
            << QStringLiteral("minutes says 12, but the text has 5 words");
        QTest::newRow("long title") << piece("title: " + QByteArray(81, 'x') +
                                             "\nsummary: B\nphases: all\norder: 1\nminutes: 1\n")
                                    << id << QStringLiteral("title is longer than 80");
        QTest::newRow("h1 in body") << piece(kGoodFront, "# Title again\n") << id
                                    << QStringLiteral("line 9: use ## or ###");
        QTest::newRow("html in body") << piece(kGoodFront, "Fine.\n\n<b>bold</b>\n") << id
                                      << QStringLiteral("line 11: HTML is not allowed");
        QTest::newRow("open emphasis")
            << piece(kGoodFront, "An *open marker.\n") << id << QStringLiteral("not closed");
        QTest::newRow("no body") << piece(kGoodFront, "\n\n") << id
                                 << QStringLiteral("no text after the front matter");
        QTest::newRow("bad utf8") << piece(kGoodFront, "caf\xc3(\n") << id
                                  << QStringLiteral("not valid UTF-8");
        QTest::newRow("bad id") << piece(kGoodFront) << QStringLiteral("My Piece")
                                << QStringLiteral("file name must be lowercase");
    }

    void badFilesAreExplained()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, id);
        QFETCH(QString, problem);
        const QString message = parseError(bytes, id);
        QVERIFY2(message.contains(problem), qPrintable(message));
    }

    // A service's folder adds and replaces pieces by id; a broken, missing or unreadable file
    // is named in a problem and the rest of the library still works.
    void serviceFolderAddsReplacesAndReports()
    {
        QTemporaryDir dir;
        const auto write = [&](const char *name, const QByteArray &bytes) {
            test::writeFile(dir.filePath(QString::fromLatin1(name)), bytes);
        };
        write("crisis-help.md",
              piece("title: Help in Anytown\nsummary: Our local numbers.\nphases: all\n"
                    "order: 1\nminutes: 1\n",
                    "Call the Anytown crisis team.\n"));
        write("local-groups.md", piece(kGoodFront, "Groups that meet in Anytown.\n"));
        write("broken.md", piece(kGoodFront, "An **unclosed strong marker.\n"));
        write("unreadable.md", piece(kGoodFront));
        write("notes.txt", "not a piece");
        QFile::setPermissions(dir.filePath(QStringLiteral("unreadable.md")), {});

        LearnLibrary lib;
        lib.loadBuiltIn();
        const qsizetype builtIn = lib.articles().size();
        const QList<LoadProblem> problems = lib.loadFolder(dir.path());
        QCOMPARE(lib.article(QStringLiteral("crisis-help"))->title,
                 QStringLiteral("Help in Anytown"));
        QCOMPARE(lib.article(QStringLiteral("crisis-help"))->source,
                 dir.filePath(QStringLiteral("crisis-help.md")));
        QVERIFY(lib.article(QStringLiteral("local-groups")));
        QVERIFY(!lib.article(QStringLiteral("broken")));
        const bool root = ::geteuid() == 0; // root reads any file
        QCOMPARE(lib.articles().size(), builtIn + (root ? 2 : 1));

        QStringList texts;
        for (const LoadProblem &p : problems)
            texts << p.text();
        QCOMPARE(problems.size(), root ? 1 : 2);
        QVERIFY2(texts.first().startsWith(dir.filePath(QStringLiteral("broken.md")) +
                                          QStringLiteral(": ")),
                 qPrintable(texts.first()));
        QVERIFY(texts.first().contains(QStringLiteral("not closed")));
        if (!root)
            QVERIFY2(texts.last().startsWith(dir.filePath(QStringLiteral("unreadable.md"))) &&
                         texts.last().contains(QStringLiteral("could not be read")),
                     qPrintable(texts.last()));
        QCOMPARE(lib.problems(), problems);
    }

    void missingFolderOrFileIsNamed()
    {
        LearnLibrary lib;
        lib.loadBuiltIn();
        const auto folder = lib.loadFolder(QStringLiteral("/nonexistent/learn"));
        QCOMPARE(folder.size(), 1);
        QCOMPARE(folder.first().file, QStringLiteral("/nonexistent/learn"));
        QVERIFY(folder.first().message.contains(QStringLiteral("does not exist")));
        const auto file = lib.loadFile(QStringLiteral("/nonexistent/gone.md"));
        QCOMPARE(file.size(), 1);
        QVERIFY(file.first().text().startsWith(QStringLiteral("/nonexistent/gone.md: ")));
        QVERIFY(!lib.isEmpty()); // the built-in pieces are still there
    }

    // The current stage's pieces come first, each group in the pieces' own order.
    void orderedByPhase()
    {
        LearnLibrary lib;
        lib.loadBuiltIn();
        const QList<Article> middle = lib.orderedFor(QStringLiteral("middle"));
        qsizetype firstOther = -1;
        for (qsizetype i = 0; i < middle.size(); ++i) {
            const bool mine = middle.at(i).belongsTo(QStringLiteral("middle"));
            if (!mine && firstOther < 0)
                firstOther = i;
            if (mine)
                QVERIFY2(firstOther < 0, qPrintable(middle.at(i).id));
            if (i > 0 && (firstOther < 0 || i > firstOther))
                QVERIFY(i == firstOther || middle.at(i - 1).order <= middle.at(i).order);
        }
        QCOMPARE(middle.first().id, QStringLiteral("phase-middle"));
        QVERIFY(firstOther > 0);
        QCOMPARE(lib.orderedFor(QStringLiteral("initial")).first().id,
                 QStringLiteral("what-is-dit"));
        QCOMPARE(lib.orderedFor(QStringLiteral("ending")).first().id,
                 QStringLiteral("phase-ending"));
        QCOMPARE(lib.orderedFor(QStringLiteral("after")).first().id,
                 QStringLiteral("after-therapy"));
    }

    void searchWithFts4()
    {
        LearnLibrary lib;
        lib.loadBuiltIn();
        auto index = LearnIndex::create();
        QVERIFY2(index, qPrintable(index.error().message));
        QVERIFY(index.value()->rebuild(lib.articles()));

        auto hits = index.value()->search(QStringLiteral("goodbye letter"));
        QVERIFY(hits);
        QVERIFY(!hits.value().isEmpty());
        // A title match ranks first.
        QCOMPARE(hits.value().first().id, QStringLiteral("endings-and-the-letter"));
        QVERIFY2(hits.value().first().snippet.contains(QStringLiteral("<b>")),
                 qPrintable(hits.value().first().snippet));

        // Prefixes: "cancel" finds "cancelled"; case and accents do not matter.
        auto cancel = index.value()->search(QStringLiteral("CANCEL"));
        QVERIFY(!cancel.value().isEmpty());
        QCOMPARE(cancel.value().first().id, QStringLiteral("breaks-and-cancellations"));
        QVERIFY(!index.value()->search(QStringLiteral("sîlence")).value().isEmpty());

        // Every word must appear.
        QVERIFY(index.value()->search(QStringLiteral("silence zebra")).value().isEmpty());
        // Query syntax is never interpreted: these must not fail or match everything.
        for (const char *q : {"\"", "*", "a OR b", "-", "NEAR(", "title:x", "'); DROP"})
            QVERIFY2(index.value()->search(QString::fromLatin1(q)), q);
        QVERIFY(index.value()->search(QString()).value().isEmpty());
        // Snippets are escaped: nothing in content can become markup.
        for (const SearchHit &h : hits.value())
            QVERIFY(!h.snippet.contains(QStringLiteral("<i>")));
    }

    void searchSeesReplacedPieces()
    {
        LearnLibrary lib;
        lib.loadBuiltIn();
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("crisis-help.md")),
                        piece("title: Help in Anytown\nsummary: Local numbers.\nphases: all\n"
                              "order: 1\nminutes: 1\n",
                              "Call the Anytown crisis team.\n"));
        QVERIFY(lib.loadFolder(dir.path()).isEmpty());
        auto index = LearnIndex::create();
        QVERIFY(index.value()->rebuild(lib.articles()));
        QCOMPARE(index.value()->search(QStringLiteral("anytown")).value().size(), 1);
        QVERIFY(index.value()->search(QStringLiteral("Samaritans")).value().isEmpty());
        QVERIFY(index.value()->rebuild(lib.articles())); // rebuilding twice does not duplicate
        QCOMPARE(index.value()->search(QStringLiteral("anytown")).value().size(), 1);
    }

    // Read state lives in the encrypted store and survives locking.
    void readStateIsKept()
    {
        test::TempProfile t;
        {
            auto store = t.create();
            ReadState read(store->settings(), t.clock);
            QVERIFY(!read.isRead(QStringLiteral("phase-middle")));
            QVERIFY(read.markRead(QStringLiteral("phase-middle")));
            const QDateTime first = read.readAt(QStringLiteral("phase-middle"));
            QCOMPARE(first, t.clock.now());
            t.clock.advanceSeconds(3600);
            QVERIFY(read.markRead(QStringLiteral("phase-middle")));
            QCOMPARE(read.readAt(QStringLiteral("phase-middle")), first); // first time kept
            QVERIFY(read.markRead(QStringLiteral("your-focus")));
            QVERIFY(read.markUnread(QStringLiteral("your-focus")));
            QVERIFY(read.markUnread(QStringLiteral("never-read")));
        }
        Profile p = t.profile();
        auto store = p.unlock(test::secret("correct horse battery"));
        QVERIFY(store);
        ReadState read(store.value()->settings(), t.clock);
        QCOMPARE(read.readIds(), QSet<QString>{QStringLiteral("phase-middle")});
    }
};

QTEST_GUILESS_MAIN(TestLearn)
#include "tst_learn.moc"
