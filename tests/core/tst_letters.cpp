// Letters: versions and forks, shared/final marks, highlights and notes kept apart from the
// letter, drafts, and deleting (only what belongs to the letter).
#include "TestSupport.h"
#include "letters/Annotations.h"
#include "letters/LetterDrafts.h"
#include "letters/LetterStore.h"
#include "letters/LetterTemplate.h"

#include <QJsonDocument>
#include <QTest>

using namespace dit;

namespace {

Letter sample(const QString &self = QStringLiteral("You often feel like an *afterthought*."))
{
    Letter l = letters::blankLetter(LetterAuthor::Therapist);
    l.title = QStringLiteral("Our work together");
    l.date = QDate(2026, 6, 10);
    l.sections[l.sectionIndex(QStringLiteral("self"))].text = self;
    l.sections[l.sectionIndex(QStringLiteral("others"))].text =
        QStringLiteral("Others seem busy.\n\nAnd critical.");
    return letters::withoutEmptySections(l);
}

int countRows(Store &s, const char *sql)
{
    auto stmt = s.database().prepare(sql);
    return stmt && stmt.value().next() ? int(stmt.value().integer(0)) : -1;
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateHasTheDitHeadingsInOrder()
    {
        QStringList keys;
        for (const auto &t : letters::therapistTemplate())
            keys << t.key;
        QCOMPARE(keys, (QStringList{"background", "self", "others", "feelings", "pattern",
                                    "changed", "keep", "ending"}));
        QVERIFY(letters::therapistTemplate().first().optional); // the opening is optional
        QCOMPARE(letters::headingForKey(QStringLiteral("feelings")),
                 QStringLiteral("How this makes you feel and how you deal with these feelings"));
    }

    // A real letter's headings (docs/LETTERS.md) fit the template's sections.
    void realHeadingsMatchTemplateKeys_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("key");
        QTest::newRow("self") << "Experiences of your self"
                              << "self";
        QTest::newRow("case") << "EXPERIENCES OF YOURSELF"
                              << "self";
        QTest::newRow("others") << "Experiences of others"
                                << "others";
        QTest::newRow("feelings") << "How this makes you feel and how you deal with these feelings"
                                  << "feelings";
        QTest::newRow("achieved curly")
            << QString::fromUtf8("Therapy so far and what you\u2019ve achieved") << "changed";
        QTest::newRow("achieved") << "Therapy so far and what you've achieved."
                                  << "changed";
        QTest::newRow("conclusion") << "Conclusion"
                                    << "ending";
        QTest::newRow("background") << "Background and referral"
                                    << "background";
        QTest::newRow("own") << "A poem I found"
                             << "";
    }

    void realHeadingsMatchTemplateKeys()
    {
        QFETCH(QString, heading);
        QFETCH(QString, key);
        QCOMPARE(letters::keyForHeading(heading), key);
    }

    void problemsAreNamed()
    {
        Letter l = sample();
        QVERIFY(l.problem().isEmpty());
        Letter noTitle = l;
        noTitle.title = QStringLiteral("  ");
        QVERIFY(noTitle.problem().contains(QLatin1String("title")));
        Letter noDate = l;
        noDate.date = {};
        QVERIFY(noDate.problem().contains(QLatin1String("date")));
        Letter emptySection = l;
        emptySection.sections[0].text.clear();
        QVERIFY(emptySection.problem().contains(QLatin1String("no text")));
        Letter heading = l;
        heading.sections[0].text = QStringLiteral("## Not here");
        QVERIFY(heading.problem().contains(QLatin1String("heading")));
        Letter html = l;
        html.sections[0].text = QStringLiteral("<b>bold</b>");
        QVERIFY(html.problem().contains(QLatin1String("HTML")));
    }

    void jsonRoundTrip()
    {
        Letter l = sample();
        l.inReplyTo = QStringLiteral("0123456789abcdef0123456789abcdef");
        l.source = QStringLiteral("file");
        auto back = Letter::fromJson(l.toJson());
        QVERIFY(back);
        QCOMPARE(back.value(), l);
        QVERIFY(!Letter::fromJson({{"author", "nobody"}}));
    }

    // Every save is an immutable version naming its parent; the chain is kept in order.
    void versionChain()
    {
        test::TempProfile t;
        auto store = t.create();
        LetterStore letters(store->records());
        auto v1 = letters.create(sample());
        QVERIFY(v1);
        t.clock.advanceSeconds(60);
        auto v2 = letters.revise(v1.value().id, sample(QStringLiteral("Second thoughts.")));
        t.clock.advanceSeconds(60);
        auto v3 = letters.revise(v2.value().id, sample(QStringLiteral("Third.")));
        QVERIFY(v2 && v3);
        QCOMPARE(v3.value().parent, v2.value().id);
        QCOMPARE(v3.value().thread, v1.value().id);
        auto all = letters.versions(v1.value().thread);
        QCOMPARE(all.value().size(), 3);
        QCOMPARE(all.value().at(0).record.id, v1.value().id);
        QVERIFY(!all.value().at(0).isHead && all.value().at(2).isHead);
        QCOMPARE(letters.currentVersion(v1.value().thread).value().record.id, v3.value().id);
        // The first version is still exactly as written.
        QCOMPARE(letters.version(v1.value().id).value().letter, sample());
        auto summary = letters.summary(v1.value().thread);
        QCOMPARE(summary.value().versionCount, 3);
        QCOMPARE(summary.value().headCount, 1);
    }

    // Two versions made from the same parent (say on two devices) are both kept and shown.
    void forksKeepBothVersions()
    {
        test::TempProfile t;
        auto store = t.create();
        LetterStore letters(store->records());
        auto base = letters.create(sample());
        t.clock.advanceSeconds(10);
        auto a = letters.revise(base.value().id, sample(QStringLiteral("Therapist's edit.")));
        t.clock.advanceSeconds(10);
        auto b = letters.revise(base.value().id, sample(QStringLiteral("Typed from paper.")));
        QVERIFY(a && b);
        auto heads = store->records().heads(QString::fromLatin1(LetterStore::kKind));
        QCOMPARE(heads.value().size(), 2);
        auto all = letters.versions(base.value().thread);
        QCOMPARE(all.value().size(), 3);
        int headCount = 0;
        for (const LetterVersion &v : all.value())
            headCount += v.isHead ? 1 : 0;
        QCOMPARE(headCount, 2);
        QCOMPARE(letters.summary(base.value().thread).value().headCount, 2);
        // With no final mark, the newest head is shown.
        QCOMPARE(letters.currentVersion(base.value().thread).value().record.id, b.value().id);
    }

    // A mark is a record of its own; the version it marks is unchanged.
    void finalMarkChoosesTheVersionShown()
    {
        test::TempProfile t;
        auto store = t.create();
        LetterStore letters(store->records());
        auto v1 = letters.create(sample());
        t.clock.advanceSeconds(10);
        auto v2 = letters.revise(v1.value().id, sample(QStringLiteral("Agreed.")));
        t.clock.advanceSeconds(10);
        const QJsonObject before = store->records().get(v2.value().id).value().body;
        QVERIFY(letters.mark(v2.value().id, VersionMark::Final));
        QVERIFY(letters.mark(v1.value().id, VersionMark::Shared));
        QCOMPARE(store->records().get(v2.value().id).value().body, before);
        t.clock.advanceSeconds(10);
        auto v3 = letters.revise(v2.value().id, sample(QStringLiteral("A later thought.")));
        QVERIFY(v3);
        auto current = letters.currentVersion(v1.value().thread);
        QCOMPARE(current.value().record.id, v2.value().id);
        QVERIFY(current.value().final);
        auto all = letters.versions(v1.value().thread).value();
        QVERIFY(all.at(0).shared && !all.at(0).final);
        QVERIFY(!all.at(2).shared && !all.at(2).final);
        QVERIFY(
            !letters.mark(QStringLiteral("0123456789abcdef0123456789abcdef"), VersionMark::Final));
    }

    void badLettersAreRefusedAndNothingIsStored()
    {
        test::TempProfile t;
        auto store = t.create();
        LetterStore letters(store->records());
        Letter bad = sample();
        bad.title.clear();
        QCOMPARE(letters.create(bad).error().code, ErrorCode::BadInput);
        QCOMPARE(store->records().list(QString::fromLatin1(LetterStore::kKind)).value().size(), 0);
    }

    void replyIsALetterNamingTheLetter()
    {
        test::TempProfile t;
        auto store = t.create();
        LetterStore letters(store->records());
        auto letter = letters.create(sample());
        QCOMPARE(letters.replyTo(letter.value().thread).value(), QString());
        Letter reply = letters::blankLetter(LetterAuthor::Patient);
        reply.title = QStringLiteral("My reply");
        reply.date = QDate(2026, 6, 20);
        reply.inReplyTo = letter.value().thread;
        reply.sections[0].text = QStringLiteral("Thank you.");
        auto saved = letters.create(reply);
        QVERIFY(saved);
        QCOMPARE(letters.replyTo(letter.value().thread).value(), saved.value().thread);
        QCOMPARE(letters.letters().value().size(), 2);
    }

    void resolveByPrefix()
    {
        test::TempProfile t;
        auto store = t.create();
        LetterStore letters(store->records());
        auto v1 = letters.create(sample());
        auto v2 = letters.revise(v1.value().id, sample(QStringLiteral("Two.")));
        QCOMPARE(letters.resolve(v1.value().id).value(), v1.value().thread);
        QCOMPARE(letters.resolve(v2.value().id.left(10)).value(), v1.value().thread);
        QCOMPARE(letters.resolve(QStringLiteral("abc")).error().code, ErrorCode::BadInput);
        QCOMPARE(letters.resolve(QStringLiteral("ffffffffff")).error().code, ErrorCode::NotFound);
    }

    void anchorsTrimAndQuote()
    {
        const Letter l = sample();
        const int others = l.sectionIndex(QStringLiteral("others"));
        QCOMPARE(letters::blockTexts(l, others),
                 (QStringList{"Others seem busy.", "And critical."}));
        // Markers are not counted: offsets are into what the reader sees.
        const int self = l.sectionIndex(QStringLiteral("self"));
        QCOMPARE(letters::blockTexts(l, self).first(),
                 QStringLiteral("You often feel like an afterthought."));
        auto a = letters::anchorFor(l, QStringLiteral("t"), QStringLiteral("v"), self, 0, 23, 35);
        QVERIFY(a);
        QCOMPARE(a.value().quote, QStringLiteral("afterthought"));
        auto padded =
            letters::anchorFor(l, QStringLiteral("t"), QStringLiteral("v"), self, 0, 22, 35);
        QCOMPARE(padded.value().quote, QStringLiteral("afterthought"));
        // Part of a word selected: the whole word is meant.
        auto partial =
            letters::anchorFor(l, QStringLiteral("t"), QStringLiteral("v"), self, 0, 25, 30);
        QCOMPARE(partial.value().quote, QStringLiteral("afterthought"));
        QCOMPARE(partial.value().start, 23);
        QVERIFY(!letters::anchorFor(l, QStringLiteral("t"), QStringLiteral("v"), self, 0, 3, 4));
        QVERIFY(!letters::anchorFor(l, QStringLiteral("t"), QStringLiteral("v"), self, 5, 0, 4));
    }

    // A passage marked on one version is found again in a revised one by its words.
    void locateAcrossVersions()
    {
        const Letter v1 = sample();
        const int self = v1.sectionIndex(QStringLiteral("self"));
        auto a = letters::anchorFor(v1, QStringLiteral("t"), QStringLiteral("v1"), self, 0, 23, 35);
        QCOMPARE(letters::locate(v1, QStringLiteral("v1"), a.value()),
                 (PassageLocation{self, 0, 23, 35}));
        const Letter v2 = sample(QStringLiteral("A new first line.\n\nYou still feel an "
                                                "*afterthought* at times."));
        QCOMPARE(letters::locate(v2, QStringLiteral("v2"), a.value()),
                 (PassageLocation{self, 1, 18, 30}));
        const Letter v3 = sample(QStringLiteral("Rewritten entirely."));
        QVERIFY(!letters::locate(v3, QStringLiteral("v3"), a.value()));
    }

    // Highlights and notes are records of their own: the letter's record body is unchanged.
    void annotationsAreKeptApartFromTheLetter()
    {
        test::TempProfile t;
        auto store = t.create();
        LetterStore letters(store->records());
        AnnotationStore notes(store->records());
        const Letter l = sample();
        auto v = letters.create(l);
        const QByteArray bodyBefore = QJsonDocument(v.value().body).toJson();
        const int self = l.sectionIndex(QStringLiteral("self"));
        auto anchor =
            letters::anchorFor(l, v.value().thread, v.value().id, self, 0, 23, 35).value();
        auto h = notes.addHighlight(anchor);
        t.clock.advanceSeconds(5);
        auto n = notes.addNote(anchor, QStringLiteral("Not sure this is right."));
        QVERIFY(h && n);
        QCOMPARE(h.value().kind, QString::fromLatin1(AnnotationStore::kHighlightKind));
        QCOMPARE(QJsonDocument(store->records().get(v.value().id).value().body).toJson(),
                 bodyBefore);
        QCOMPARE(store->records().thread(v.value().thread).value().size(), 1);

        auto found = notes.forLetter(v.value().thread);
        QCOMPARE(found.value().size(), 2);
        QCOMPARE(found.value().at(0).type, Annotation::Type::Highlight);
        QCOMPARE(found.value().at(1).note, QStringLiteral("Not sure this is right."));
        QCOMPARE(found.value().at(1).anchor.quote, QStringLiteral("afterthought"));

        // Editing a note is a new version; removing deletes every version of it.
        t.clock.advanceSeconds(5);
        auto edited = notes.editNote(n.value().id, QStringLiteral("It is right."));
        QVERIFY(edited);
        QCOMPARE(edited.value().parent, n.value().id);
        QCOMPARE(notes.forLetter(v.value().thread).value().at(1).note,
                 QStringLiteral("It is right."));
        QVERIFY(!notes.editNote(h.value().id, QStringLiteral("a highlight has no text")));
        QVERIFY(!notes.addNote(anchor, QStringLiteral("   ")));
        QVERIFY(notes.remove(edited.value().id));
        QCOMPARE(store->records().thread(n.value().thread).value().size(), 0);
        QCOMPARE(notes.forLetter(v.value().thread).value().size(), 1);
        QCOMPARE(QJsonDocument(store->records().get(v.value().id).value().body).toJson(),
                 bodyBefore);
    }

    void draftsSaveLoadAndRemove()
    {
        test::TempProfile t;
        auto store = t.create();
        LetterDrafts drafts(store->database(), t.clock);
        LetterDraft d;
        d.key = LetterDrafts::keyForNew(LetterAuthor::Therapist);
        d.letter = letters::blankLetter(LetterAuthor::Therapist);
        d.letter.sections[1].text = QStringLiteral("half a sentence, * unbalanced");
        d.dateText = QStringLiteral("not yet a date");
        QVERIFY(drafts.save(d));
        auto back = drafts.load(d.key);
        QVERIFY(back && back.value());
        QCOMPARE(back.value()->letter.sections[1].text, d.letter.sections[1].text);
        QCOMPARE(back.value()->dateText, d.dateText);
        QCOMPARE(back.value()->updatedAt, t.clock.now());
        QCOMPARE(drafts.all().value().size(), 1);
        QVERIFY(drafts.remove(d.key));
        QVERIFY(!drafts.load(d.key).value());
    }

    // Deleting removes the letter, its marks, highlights, notes and drafts, and nothing else.
    void deleteRemovesOnlyWhatBelongsToTheLetter()
    {
        test::TempProfile t;
        auto store = t.create();
        LetterStore letters(store->records());
        AnnotationStore notes(store->records());
        LetterDrafts drafts(store->database(), t.clock);
        const Letter l = sample();
        auto v1 = letters.create(l);
        auto v2 = letters.revise(v1.value().id, sample(QStringLiteral("Revised.")));
        QVERIFY(letters.mark(v2.value().id, VersionMark::Final));
        const int self = l.sectionIndex(QStringLiteral("self"));
        auto anchor =
            letters::anchorFor(l, v1.value().thread, v1.value().id, self, 0, 23, 35).value();
        QVERIFY(notes.addNote(anchor, QStringLiteral("mine")));
        LetterDraft d;
        d.key = LetterDrafts::keyForRevision(v1.value().thread);
        d.letter = l;
        QVERIFY(drafts.save(d));

        // Another letter (the reply) and its own highlight must survive.
        Letter reply = letters::blankLetter(LetterAuthor::Patient);
        reply.title = QStringLiteral("Reply");
        reply.date = QDate(2026, 6, 20);
        reply.inReplyTo = v1.value().thread;
        reply.sections[0].text = QStringLiteral("Thank you for this.");
        auto r = letters.create(reply);
        auto replyAnchor =
            letters::anchorFor(reply, r.value().thread, r.value().id, 0, 0, 0, 5).value();
        QVERIFY(notes.addHighlight(replyAnchor));

        QVERIFY(letters.deleteLetter(v1.value().thread));
        QCOMPARE(letters.versions(v1.value().thread).error().code, ErrorCode::NotFound);
        QCOMPARE(notes.forLetter(v1.value().thread).value().size(), 0);
        QCOMPARE(countRows(*store, "SELECT count(*) FROM records WHERE kind = 'letter_mark'"), 0);
        QCOMPARE(countRows(*store, "SELECT count(*) FROM drafts"), 0);
        QCOMPARE(letters.letters().value().size(), 1);
        QCOMPARE(notes.forLetter(r.value().thread).value().size(), 1);
        QCOMPARE(countRows(*store, "SELECT count(*) FROM records"), 2);
    }
};

QTEST_GUILESS_MAIN(TestLetters)
#include "tst_letters.moc"
