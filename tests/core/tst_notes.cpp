// On my mind: dated notes, private by default, "to bring" or not, edited as new versions,
// searchable, and encrypted at rest.
#include "TestSupport.h"
#include "notes/NoteStore.h"

#include <QDirIterator>
#include <QTest>

using namespace dit;

class TestNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListEdit()
    {
        test::TempProfile t;
        auto store = t.create();
        NoteStore notes(store->records());
        auto first = notes.add(QStringLiteral("The phone call with Mum"), true, 7);
        QVERIFY(first);
        QVERIFY(first.value().isPrivate); // private by default
        QVERIFY(first.value().toBring);
        QCOMPARE(first.value().forSession, 7);
        QCOMPARE(first.value().written, t.clock.now());
        t.clock.advanceSeconds(60);
        QVERIFY(notes.add(QStringLiteral("A walk helped"), false));

        QList<Note> all = notes.list().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().text, QStringLiteral("A walk helped")); // newest first
        QVERIFY(!all.first().toBring);

        t.clock.advanceSeconds(60);
        auto edited =
            notes.update(first.value().id, QStringLiteral("The call with Mum, Sunday"), false);
        QVERIFY(edited);
        QCOMPARE(edited.value().thread, first.value().thread);
        QCOMPARE(edited.value().written, first.value().written); // still dated when written
        QCOMPARE(edited.value().edited, t.clock.now());
        QCOMPARE(edited.value().forSession, 7);
        QVERIFY(!edited.value().toBring);
        QVERIFY(edited.value().isPrivate);
        // Editing makes a new version; the old one is kept.
        QCOMPARE(store->records().thread(first.value().thread).value().size(), 2);
        all = notes.list().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.last().text, QStringLiteral("The call with Mum, Sunday"));
    }

    // Notes written in the same moment still list newest first, every time.
    void sameMomentOrderIsStable()
    {
        test::TempProfile t;
        auto store = t.create();
        NoteStore notes(store->records());
        for (int i = 0; i < 6; ++i)
            QVERIFY(notes.add(QStringLiteral("note %1").arg(i), false));
        const QList<Note> all = notes.list().value();
        for (int i = 0; i < 6; ++i)
            QCOMPARE(all.at(i).text, QStringLiteral("note %1").arg(5 - i));
    }

    void refusals()
    {
        test::TempProfile t;
        auto store = t.create();
        NoteStore notes(store->records());
        QCOMPARE(notes.add(QStringLiteral("  \n "), true).error().code, ErrorCode::BadInput);
        QCOMPARE(notes.add(QString(Note::kMaxText + 1, u'x'), true).error().code,
                 ErrorCode::BadInput);
        QCOMPARE(notes
                     .update(QStringLiteral("0123456789abcdef0123456789abcdef"),
                             QStringLiteral("x"), false)
                     .error()
                     .code,
                 ErrorCode::NotFound);
        auto course = store->records().append(QStringLiteral("course"), {});
        QCOMPARE(notes.update(course.value().id, QStringLiteral("x"), false).error().code,
                 ErrorCode::BadInput);
        QCOMPARE(notes.remove(course.value().thread).error().code, ErrorCode::NotFound);
        QVERIFY(notes.list().value().isEmpty());
    }

    void removeDeletesEveryVersion()
    {
        test::TempProfile t;
        auto store = t.create();
        NoteStore notes(store->records());
        auto n = notes.add(QStringLiteral("one"), true);
        QVERIFY(notes.update(n.value().id, QStringLiteral("one, edited"), true));
        QVERIFY(notes.add(QStringLiteral("two"), false));
        QVERIFY(notes.remove(n.value().thread));
        QCOMPARE(store->records().thread(n.value().thread).value().size(), 0);
        QCOMPARE(notes.list().value().size(), 1);
    }

    void search()
    {
        test::TempProfile t;
        auto store = t.create();
        NoteStore notes(store->records());
        QVERIFY(notes.add(QStringLiteral("Felt annoyed when we ran out of time"), true));
        QVERIFY(notes.add(QStringLiteral("Café with Jo: she noticed I was quiet"), false));
        QVERIFY(notes.add(QStringLiteral("Sleeping badly again"), true));
        QCOMPARE(notes.list(QStringLiteral("annoy")).value().size(), 1);
        QCOMPARE(notes.list(QStringLiteral("CAFE jo")).value().size(), 1);
        QCOMPARE(notes.list(QStringLiteral("jo sleeping")).value().size(), 0); // every word
        QCOMPARE(notes.list(QStringLiteral("ran")).value().size(), 1);
        QCOMPARE(notes.list(QStringLiteral("an")).value().size(), 1); // word starts only
        QCOMPARE(notes.list(QString()).value().size(), 3);
        // A search finds a note by its current words, not an older version's.
        auto n = notes.add(QStringLiteral("zebra"), false);
        QVERIFY(notes.update(n.value().id, QStringLiteral("giraffe"), false));
        QVERIFY(notes.list(QStringLiteral("zebra")).value().isEmpty());
        QCOMPARE(notes.list(QStringLiteral("giraffe")).value().size(), 1);
    }

    // Notes are in the encrypted store: the words appear in no file of the profile.
    void notesAreNotOnDiskInPlainText()
    {
        test::TempProfile t;
        {
            auto store = t.create();
            NoteStore notes(store->records());
            QVERIFY(notes.add(QStringLiteral("MARKER-on-my-mind-7f3a"), true));
            QVERIFY(store->database().checkpoint());
        }
        QDirIterator it(t.path(), QDir::Files | QDir::Hidden);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            QVERIFY2(!test::readFile(path).contains("MARKER-on-my-mind"), qPrintable(path));
        }
        QVERIFY(files >= 2);
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
