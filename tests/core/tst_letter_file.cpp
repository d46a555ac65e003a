// The letter file format (import and export), typed text, plain-text export and the
// highlighted-passage HTML.
#include "TestSupport.h"
#include "letters/LetterExport.h"
#include "letters/LetterFile.h"
#include "letters/LetterTemplate.h"
#include "letters/PassageHtml.h"
#include "text/Markdown.h"
#include "text/TypedText.h"

#include <QTest>

using namespace dit;
using namespace dit::letters;

namespace {

const char *kGood = "# Our work together\n"
                    "Author: therapist\n"
                    "Date: 2026-06-10\n"
                    "\n"
                    "## Background and referral\n"
                    "\n"
                    "Dear Alex,\n"
                    "\n"
                    "You came in *March*.\n"
                    "\n"
                    "## Experiences of your self\n"
                    "\n"
                    "You feel like an afterthought,\n"
                    "a spare chair.\n"
                    "\n"
                    "- one\n"
                    "- two\n"
                    "\n"
                    "## A poem I found\n"
                    "\n"
                    "> Something **kept**.\n"
                    "\n"
                    "## Conclusion\n"
                    "\n"
                    "With warm wishes,\n"
                    "Ruth\n";

} // namespace

class TestLetterFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAWellFormedFile()
    {
        auto l = parseLetterFile(kGood);
        QVERIFY2(l, qPrintable(l.error().message));
        QCOMPARE(l.value().title, QStringLiteral("Our work together"));
        QCOMPARE(l.value().author, LetterAuthor::Therapist);
        QCOMPARE(l.value().date, QDate(2026, 6, 10));
        QCOMPARE(l.value().source, QStringLiteral("file"));
        const auto &s = l.value().sections;
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0).key, QStringLiteral("background"));
        QCOMPARE(s.at(0).heading, QStringLiteral("Background and referral"));
        QCOMPARE(s.at(0).text, QStringLiteral("Dear Alex,\n\nYou came in *March*."));
        QCOMPARE(s.at(1).key, QStringLiteral("self"));
        QCOMPARE(s.at(1).text,
                 QStringLiteral("You feel like an afterthought, a spare chair.\n\n- one\n\n- two"));
        QCOMPARE(s.at(2).key, QString());
        QCOMPARE(s.at(2).text, QStringLiteral("> Something **kept**."));
        QCOMPARE(s.at(3).key, QStringLiteral("ending"));
        QCOMPARE(s.at(3).text, QStringLiteral("With warm wishes, Ruth"));
    }

    void exportReadsBackTheSame()
    {
        Letter l = parseLetterFile(kGood).value();
        l.inReplyTo = QStringLiteral("0123456789abcdef0123456789abcdef");
        auto back = parseLetterFile(toLetterFile(l).toUtf8());
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(back.value(), l);
    }

    // A backslash at the end of a line keeps the break (a sign-off); export writes it back.
    void hardLineBreaks()
    {
        auto l = parseLetterFile("# T\nDate: 2026-06-10\n\n## Ending\n\nWith warm wishes,\\\n"
                                 "Ruth\nand more\n\nC:\\\\\n");
        QVERIFY2(l, qPrintable(l.error().message));
        QCOMPARE(l.value().sections.at(0).text,
                 QString::fromUtf8("With warm wishes,\u2028Ruth and more\n\nC:\\\\"));
        QVERIFY(toLetterFile(l.value()).contains(QStringLiteral("With warm wishes,\\\nRuth")));
        QCOMPARE(parseLetterFile(toLetterFile(l.value()).toUtf8()).value(), l.value());
        QVERIFY(blockHtml(l.value().sections.at(0).text.section(u'\n', 0, 0), {}, QString())
                    .contains(QLatin1String("wishes,<br>Ruth")));
    }

    void replyWithoutHeadings()
    {
        auto l = parseLetterFile("# My reply\nAuthor: patient\nDate: 2026-06-20\n\nDear Ruth,\n\n"
                                 "Thank you.\n");
        QVERIFY2(l, qPrintable(l.error().message));
        QCOMPARE(l.value().author, LetterAuthor::Patient);
        QCOMPARE(l.value().sections.size(), 1);
        QCOMPARE(l.value().sections.at(0).key, QStringLiteral("reply"));
        QCOMPARE(l.value().sections.at(0).heading, QString());
        QCOMPARE(parseLetterFile(toLetterFile(l.value()).toUtf8()).value(), l.value());
    }

    // Malformed files are refused with a reason a person can act on.
    void malformedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray("\n\n") << "empty";
        QTest::newRow("no title") << QByteArray("Date: 2026-06-10\n\n## Ending\n\nBye.\n")
                                  << "line 1: the file must begin";
        QTest::newRow("no date") << QByteArray("# T\n\n## Ending\n\nBye.\n") << "Date:";
        QTest::newRow("bad date") << QByteArray("# T\nDate: 10/06/2026\n\n## E\n\nBye.\n")
                                  << "line 2: the date";
        QTest::newRow("bad author")
            << QByteArray("# T\nAuthor: GP\nDate: 2026-06-10\n\n## E\n\nx\n") << "line 2: Author";
        QTest::newRow("unknown header")
            << QByteArray("# T\nDate: 2026-06-10\nPatient: Alex Smith\n\n## E\n\nx\n")
            << "line 3: unknown header";
        QTest::newRow("html") << QByteArray("# T\nDate: 2026-06-10\n\n## E\n\n<script>x</script>\n")
                              << "line 6: HTML";
        QTest::newRow("link") << QByteArray("# T\nDate: 2026-06-10\n\n## E\n\nsee [x](http://a)\n")
                              << "line 6: links";
        QTest::newRow("subheading")
            << QByteArray("# T\nDate: 2026-06-10\n\n## E\n\n### sub\n\nx\n") << "Only \"## \"";
        QTest::newRow("empty section")
            << QByteArray("# T\nDate: 2026-06-10\n\n## E\n\n## F\n\nx\n") << "\"E\" has no text";
        QTest::newRow("unclosed") << QByteArray("# T\nDate: 2026-06-10\n\n## E\n\n*open\n")
                                  << "not closed";
        QTest::newRow("not utf8") << QByteArray("# T\nDate: 2026-06-10\n\n## E\n\n\xff\xfe\n")
                                  << "UTF-8";
        QTest::newRow("binary") << QByteArray(2 * 1024 * 1024, 'a') << "too large";
        QTest::newRow("no sections") << QByteArray("# T\nDate: 2026-06-10\n") << "at least one";
    }

    void malformedFilesAreRefused()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        auto l = parseLetterFile(file);
        QVERIFY(!l);
        QCOMPARE(l.error().code, ErrorCode::BadInput);
        QVERIFY2(l.error().message.contains(reason), qPrintable(l.error().message));
    }

    // Typed text: whatever a person types can be saved and reads as they typed it.
    void typedTextAlwaysParses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("plain"); // what a reader sees, blocks joined by blank lines
        QTest::newRow("plain") << "Hello there."
                               << "Hello there.";
        QTest::newRow("emphasis") << "I felt *seen*."
                                  << "I felt seen.";
        QTest::newRow("lone star") << "5 * 3 is fifteen"
                                   << "5 * 3 is fifteen";
        QTest::newRow("html-ish") << "I <3 this <b>really</b>"
                                  << "I <3 this <b>really</b>";
        QTest::newRow("link-ish") << "[aside](not a link)"
                                  << "[aside](not a link)";
        QTest::newRow("hash") << "#1 thing"
                              << "#1 thing";
        QTest::newRow("pipe") << "| a | b |"
                              << "| a | b |";
        QTest::newRow("indented") << "        indented"
                                  << "indented";
        QTest::newRow("backticks") << "```"
                                   << "```";
        QTest::newRow("bare dash") << "-"
                                   << "-";
        QTest::newRow("bare quote") << ">"
                                    << ">";
        QTest::newRow("backslash") << "C:\\new\\table"
                                   << "C:\\new\\table";
        QTest::newRow("list") << "- one\n- two"
                              << "- one\n\n- two";
        QTest::newRow("paragraphs") << "One.\n\n\n\nTwo."
                                    << "One.\n\nTwo.";
        QTest::newRow("star in list") << "* a star * here"
                                      << "- a star * here";
        QTest::newRow("literal star") << "a \\* b"
                                      << "a * b";
        QTest::newRow("line break kept")
            << "With warm wishes,\nRuth" << QString::fromUtf8("With warm wishes,\u2028Ruth");
    }

    void typedTextAlwaysParses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, plain);
        const QString markup = text::fromTyped(typed);
        auto blocks = text::parse(markup);
        QVERIFY2(blocks, qPrintable(markup + QStringLiteral(": ") + blocks.error().message));
        for (const text::Block &b : blocks.value())
            QVERIFY(b.type != text::Block::Type::Heading);
        QCOMPARE(text::toPlainText(blocks.value()), plain);
        // Editing again and saving gives the same letter.
        QCOMPARE(text::fromTyped(text::toTyped(markup)), markup);
    }

    void toTypedShowsWhatWasTyped()
    {
        for (const char *typed : {"5 * 3", "I <3 you", "C:\\new", "[a](b)", "#1", "*kind*"})
            QCOMPARE(text::toTyped(text::fromTyped(QString::fromUtf8(typed))),
                     QString::fromUtf8(typed));
    }

    void plainTextExport()
    {
        LetterExport e;
        e.letter = parseLetterFile(kGood).value();
        e.letter.sections[1].text = QStringLiteral(
            "A long paragraph that goes on and on well beyond seventy-two characters so that "
            "it has to wrap onto a second line.");
        Letter reply = blankLetter(LetterAuthor::Patient);
        reply.title = QStringLiteral("My reply");
        reply.date = QDate(2026, 6, 20);
        reply.sections[0].text = QStringLiteral("Thank *you*.");
        e.reply = reply;
        e.marks = {{QStringLiteral("Conclusion"), QStringLiteral("warm wishes"),
                    QStringLiteral("I keep this."), true}};
        const QString txt = toPlainTextExport(e);
        QVERIFY(txt.startsWith(QStringLiteral("Our work together\n=================\n")));
        QVERIFY(txt.contains(QStringLiteral("Background and referral\n-----------------------")));
        QVERIFY(txt.contains(QStringLiteral("Thank you.")));
        QVERIFY(!txt.contains(u'*' + QStringLiteral("you")));
        QVERIFY(txt.contains(QStringLiteral("\n    Something kept.\n")));
        QVERIFY(txt.contains(QStringLiteral("Passages you marked")));
        QVERIFY(txt.contains(QStringLiteral("I keep this.")));
        for (const QString &line : txt.split(u'\n'))
            QVERIFY2(line.size() <= 72, qPrintable(line));
    }

    // The HTML's text is the block's plain text, so view offsets are block offsets.
    void passageHtml()
    {
        const QString html = blockHtml(QStringLiteral("You are *not* an <afterthought>."),
                                       {{8, 11}}, QStringLiteral("#ffee99"));
        QCOMPARE(html, QStringLiteral("You are <span style=\"background-color:#ffee99;\"><u><i>not"
                                      "</i></u></span> an &lt;afterthought&gt;."));
        QCOMPARE(blockHtml(QStringLiteral("one two"), {}, QString(), {{4, 7}}),
                 QStringLiteral("one <u>two</u>"));
        QVERIFY(!blockHtml(QStringLiteral("x"), {{0, 1}}, QStringLiteral("red;x:y"))
                     .contains(QLatin1String("x:y")));
    }
};

QTEST_GUILESS_MAIN(TestLetterFile)
#include "tst_letter_file.moc"
