// The app's Markdown subset: what it accepts, how it renders, and what it refuses.
#include "TestSupport.h"
#include "text/Markdown.h"

#include <QTest>

using namespace dit;
using namespace dit::text;

class TestMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks()
    {
        const QString src =
            QStringLiteral("# What DIT is\n\nA short therapy,\nsixteen sessions.\n\n"
                           "## Phases\n- the *beginning*\n* the middle\n"
                           "1. first\n2. second\n> a quoted line\n");
        auto parsed = parse(src);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const QList<Block> &b = parsed.value();
        QCOMPARE(b.size(), 8);
        QCOMPARE(b[0].type, Block::Type::Heading);
        QCOMPARE(b[0].level, 1);
        QCOMPARE(b[0].markup, QStringLiteral("What DIT is"));
        QCOMPARE(b[1].type, Block::Type::Paragraph);
        QCOMPARE(b[1].markup, QStringLiteral("A short therapy, sixteen sessions."));
        QCOMPARE(b[2].level, 2);
        QCOMPARE(b[3].type, Block::Type::Bullet);
        QCOMPARE(b[4].type, Block::Type::Bullet);
        QCOMPARE(b[5].type, Block::Type::Numbered);
        QCOMPARE(b[6].level, 2);
        QCOMPARE(b[7].type, Block::Type::Quote);
    }

    void inlineRendering()
    {
        QCOMPARE(toStyledText(QStringLiteral("a *b* **c** d")),
                 QStringLiteral("a <i>b</i> <b>c</b> d"));
        QCOMPARE(toPlainText(QStringLiteral("a *b* **c** d")), QStringLiteral("a b c d"));
        // Escaping: text that looks like markup is shown as text, never interpreted.
        QCOMPARE(toStyledText(QStringLiteral("1 < 2 & \\*not emphasis\\*")),
                 QStringLiteral("1 &lt; 2 &amp; *not emphasis*"));
        QCOMPARE(toStyledText(QStringLiteral("an **emphasis *inside* strong**")),
                 QStringLiteral("an <b>emphasis </b><b><i>inside</i></b><b> strong</b>"));
    }

    void emphasisMayCloseOnALaterLine()
    {
        auto parsed = parse(QStringLiteral("it was *really\nhard* to say"));
        QVERIFY(parsed);
        QCOMPARE(toStyledText(parsed.value().first().markup),
                 QStringLiteral("it was <i>really hard</i> to say"));
    }

    void documentAsPlainText()
    {
        auto parsed = parse(QStringLiteral("# Title\n\nSome *text*.\n\n- one\n1. two"));
        QCOMPARE(toPlainText(parsed.value()),
                 QStringLiteral("Title\n\nSome text.\n\n- one\n\n1. two"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("problem");
        QTest::newRow("html") << QStringLiteral("fine\n<script>x</script>")
                              << QStringLiteral("line 2: HTML");
        QTest::newRow("link") << QStringLiteral("see [here](http://x)")
                              << QStringLiteral("line 1: links");
        QTest::newRow("image") << QStringLiteral("![a](b.png)")
                               << QStringLiteral("links and images");
        QTest::newRow("code") << QStringLiteral("a\n\n```\ncode\n```")
                              << QStringLiteral("line 3: code");
        QTest::newRow("table") << QStringLiteral("| a | b |") << QStringLiteral("tables");
        QTest::newRow("h4") << QStringLiteral("#### deep") << QStringLiteral("levels 1 to 3");
        QTest::newRow("no space") << QStringLiteral("#Title") << QStringLiteral("a space");
        QTest::newRow("empty item") << QStringLiteral("- ") << QStringLiteral("no text");
        QTest::newRow("open emphasis")
            << QStringLiteral("an *open marker") << QStringLiteral("not closed");
        QTest::newRow("open strong")
            << QStringLiteral("an **open marker") << QStringLiteral("** (strong)");
    }

    void refusals()
    {
        QFETCH(QString, source);
        QFETCH(QString, problem);
        auto parsed = parse(source);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::BadInput);
        QVERIFY2(parsed.error().message.contains(problem), qPrintable(parsed.error().message));
    }

    void emptyIsEmpty()
    {
        QVERIFY(parse(QString()).value().isEmpty());
        QVERIFY(parse(QStringLiteral("\n\n  \n")).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
