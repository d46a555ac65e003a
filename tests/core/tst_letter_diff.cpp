// The word-level comparison between two versions of a letter, and how it is shown: by words
// and symbols as well as colour.
#include "letters/LetterDiff.h"
#include "letters/LetterTemplate.h"

#include <QTest>

using namespace dit;
using namespace dit::letters;

namespace {

using T = DiffOp::Type;

QString marked(const QString &a, const QString &b)
{
    return toMarkedText(diffWords(a, b));
}

Letter letterWith(const QList<LetterSection> &sections)
{
    Letter l;
    l.title = QStringLiteral("Letter");
    l.date = QDate(2026, 6, 1);
    l.sections = sections;
    return l;
}

} // namespace

class TestLetterDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens()
    {
        QCOMPARE(wordTokens(QStringLiteral("You didn't, I'm sure  -- well-known.")),
                 (QStringList{"You", " ", "didn't", ",", " ", "I'm", " ", "sure", "  ", "-", "-",
                              " ", "well-known", "."}));
        QCOMPARE(wordTokens(QString()), QStringList());
    }

    void identicalTextsAreOneEqualRun()
    {
        const QList<DiffOp> ops =
            diffWords(QStringLiteral("same words"), QStringLiteral("same words"));
        QCOMPARE(ops, (QList<DiffOp>{{T::Equal, "same words"}}));
    }

    // Small hand-checked cases: the expected runs are what a reader would call the change.
    void knownCases_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("insert word") << "you said it was fine"
                                     << "you said it was really fine"
                                     << "you said it was [+ really +] fine";
        QTest::newRow("delete word") << "you felt very dropped"
                                     << "you felt dropped"
                                     << "you felt [- very -] dropped";
        QTest::newRow("replace phrase")
            << "you found it hard to say how you felt."
            << "you were able to say that you had felt dropped."
            << "you [- found it hard -] [+ were able +] to say [- how -] [+ that +] you [+ had +] "
               "felt [+ dropped +].";
        QTest::newRow("punctuation") << "With best wishes,"
                                     << "With warm wishes,"
                                     << "With [- best -] [+ warm +] wishes,";
        QTest::newRow("from empty") << ""
                                    << "New text."
                                    << "[+ New text. +]";
        QTest::newRow("to empty") << "Old text."
                                  << ""
                                  << "[- Old text. -]";
        QTest::newRow("new paragraph")
            << "One. Two."
            << "One.\n\nTwo." << QString::fromUtf8("One.[- \u00B6 -] [+ \u00B6 +]\n\nTwo.");
    }

    void knownCases()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(marked(before, after), expected);
    }

    // Whatever the edit, the runs give back both texts exactly.
    void runsReconstructBothTexts_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("reorder") << "a b c d e f"
                                 << "f e d c b a";
        QTest::newRow("mixed") << "The spare chair, at the corner."
                               << "A chair: the corner, spare!";
        QTest::newRow("unicode") << QString::fromUtf8("caf\u00e9 \U0001F600 na\u00efve")
                                 << QString::fromUtf8("caf\u00e9 na\u00efve \U0001F600");
        QTest::newRow("whitespace") << "a  b\n\nc"
                                    << "a b\nc";
    }

    void runsReconstructBothTexts()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const QList<DiffOp> ops = diffWords(before, after);
        QCOMPARE(diffBefore(ops), before);
        QCOMPARE(diffAfter(ops), after);
        for (qsizetype i = 1; i < ops.size(); ++i)
            QVERIFY(ops.at(i).type != ops.at(i - 1).type || ops.at(i).type != T::Equal);
    }

    // A long section rewritten completely still gives a correct (if coarse) answer quickly.
    void bigRewriteStaysBounded()
    {
        QStringList a, b;
        for (int i = 0; i < 3000; ++i) {
            a << QStringLiteral("w%1").arg(i);
            b << QStringLiteral("x%1").arg(i);
        }
        const QString before = QStringLiteral("Start ") + a.join(u' ') + QStringLiteral(" end");
        const QString after = QStringLiteral("Start ") + b.join(u' ') + QStringLiteral(" end");
        const QList<DiffOp> ops = diffWords(before, after);
        QCOMPARE(diffBefore(ops), before);
        QCOMPARE(diffAfter(ops), after);
        QCOMPARE(ops.first().type, T::Equal);
        QCOMPARE(ops.last().type, T::Equal);
    }

    void styledTextUsesSymbolsAndEscapes()
    {
        const QList<DiffOp> ops =
            diffWords(QStringLiteral("said a b"), QStringLiteral("said <img src=x> b"));
        const QString styled =
            toStyledText(ops, QStringLiteral("#2b6b3a"), QStringLiteral("javascript:alert(1)"));
        QVERIFY2(styled.contains(QLatin1String("<b>[+</b>&nbsp;<u>&lt;img src=x&gt;</u>")),
                 qPrintable(styled));
        QVERIFY(styled.contains(QLatin1String("<b>[-</b>&nbsp;<s>a</s>")));
        QVERIFY(!styled.contains(QLatin1String("<img")));
        QVERIFY(styled.contains(QLatin1String("<font color=\"#2b6b3a\">")));
        QVERIFY(!styled.contains(QLatin1String("javascript"))); // a bad colour is dropped
        const QString spoken = toSpokenText(ops);
        QCOMPARE(spoken, QStringLiteral("said (removed: a) (added: <img src=x>) b"));
    }

    // The reading pages' soft highlights: each side is exactly that version's words, its
    // changed runs in a tinted span, with no symbols or struck-through words; escaped.
    void highlightedSidesAreEachVersionsOwnWords()
    {
        const QList<DiffOp> ops = diffWords(QStringLiteral("You felt second best at work."),
                                            QStringLiteral("You felt <i>overlooked</i> at work."));
        const QString later = toHighlightedText(ops, DiffSide::Later, QStringLiteral("#fbe7a1"));
        QCOMPARE(later, QStringLiteral("You felt <span style=\"background-color:#fbe7a1\">"
                                       "&lt;i&gt;overlooked&lt;/i&gt;</span> at work."));
        const QString earlier =
            toHighlightedText(ops, DiffSide::Earlier, QStringLiteral("#fbe7a1"));
        QCOMPARE(earlier, QStringLiteral("You felt <span style=\"background-color:#fbe7a1\">"
                                         "second best</span> at work."));
        for (const QString &side : {later, earlier}) {
            QVERIFY(!side.contains(QLatin1String("[+")) && !side.contains(QLatin1String("[-")));
            QVERIFY(!side.contains(QLatin1String("<s>")));
        }
        // A bad colour is dropped, the words are still set apart for the span.
        QVERIFY(!toHighlightedText(ops, DiffSide::Later, QStringLiteral("red;x:1"))
                     .contains(QLatin1String("red")));
        QCOMPARE(toSpokenText(ops, DiffSide::Later),
                 QStringLiteral("You felt (new: <i>overlooked</i>) at work."));
        QCOMPARE(toSpokenText(ops, DiffSide::Earlier),
                 QStringLiteral("You felt (since changed: second best) at work."));
        // A new paragraph break alone is not shown as a change.
        const QList<DiffOp> breakOnly =
            diffWords(QStringLiteral("One. Two."), QStringLiteral("One.\n\nTwo."));
        QCOMPARE(toHighlightedText(breakOnly, DiffSide::Later, QStringLiteral("#fff")),
                 QStringLiteral("One.<br><br>Two."));
    }

    void sectionsArePairedByKeyThenHeading()
    {
        const Letter before = letterWith({{"self", "Experiences of your self", "Old self."},
                                          {"", "A poem", "Roses."},
                                          {"ending", "Ending", "Goodbye."}});
        const Letter after = letterWith({{"background", "Background", "How we met."},
                                         {"self", "Experiences of your self", "New self."},
                                         {"ending", "Conclusion", "Goodbye."}});
        const LetterDiff d = compareLetters(before, after);
        QCOMPARE(d.sections.size(), 4);
        QCOMPARE(d.sections.at(0).change, SectionDiff::Change::Added);
        QCOMPARE(d.sections.at(0).headingAfter, QStringLiteral("Background"));
        QCOMPARE(d.sections.at(1).change, SectionDiff::Change::Changed);
        QCOMPARE(toMarkedText(d.sections.at(1).ops), QStringLiteral("[- Old -] [+ New +] self."));
        QCOMPARE(d.sections.at(2).change, SectionDiff::Change::Removed);
        QCOMPARE(d.sections.at(2).headingBefore, QStringLiteral("A poem"));
        // Same key, new heading: a change even though the words are the same.
        QCOMPARE(d.sections.at(3).change, SectionDiff::Change::Changed);
        QCOMPARE(d.sections.at(3).headingBefore, QStringLiteral("Ending"));
        QCOMPARE(d.sections.at(3).headingAfter, QStringLiteral("Conclusion"));
        QVERIFY(!d.same());
        QVERIFY(compareLetters(before, before).same());
    }

    // Emphasis markers are not compared: readers see words, and so does the diff.
    void markupIsNotCompared()
    {
        const Letter a = letterWith({{"self", "S", "You are *not* an afterthought."}});
        const Letter b = letterWith({{"self", "S", "You are **not** an afterthought."}});
        QVERIFY(compareLetters(a, b).same());
    }
};

QTEST_GUILESS_MAIN(TestLetterDiff)
#include "tst_letter_diff.moc"
