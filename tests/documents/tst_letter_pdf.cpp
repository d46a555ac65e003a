// The letter as a PDF, checked as a person (and a security reviewer) would: the words come
// out of it with pdftotext, and pdfinfo shows metadata that names nobody.
#include "LetterPdf.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "letters/LetterStore.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace dit;

namespace {

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(tool, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext output with ligatures unfolded, page numbers (lines of only digits) dropped and
// white space collapsed, for comparing words across line and page breaks.
QString words(const QString &text)
{
    QStringList lines = text.normalized(QString::NormalizationForm_KC).split(u'\n');
    static const QRegularExpression pageNumber(QStringLiteral("^[\\s\\f]*\\d+[\\s\\f]*$"));
    lines.removeIf([](const QString &l) { return pageNumber.match(l).hasMatch(); });
    return lines.join(u' ').simplified();
}

QString flat(const QString &markup)
{
    return markup.simplified().remove(u'*').replace(QChar(QChar::LineSeparator), u' ').simplified();
}

} // namespace

class TestLetterPdf : public QObject
{
    Q_OBJECT

private:
    test::TempProfile m_profile;
    std::unique_ptr<Store> m_store;
    QString m_thread;

    letters::LetterExport content(bool reply, bool marks)
    {
        auto c = letters::gatherExport(m_store->records(), m_thread, {reply, marks});
        if (!c)
            qFatal("gathering the export failed");
        return c.value();
    }

    QString pdfFile(const letters::LetterExport &c, const char *name)
    {
        const QString path = m_profile.dir.filePath(QString::fromLatin1(name));
        const Status s = documents::writeLetterPdf(c, path);
        if (!s)
            qFatal("writing the PDF failed: %s", qPrintable(s.error().message));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing: run scripts/install-deps.sh (poppler-utils)");
        m_store = m_profile.create();
        QVERIFY(demo::fill(*m_store, m_profile.clock.now(), demo::Stage::After));
        const auto all = LetterStore(m_store->records()).letters();
        QVERIFY(all);
        for (const LetterSummary &s : all.value())
            if (s.current.letter.author == LetterAuthor::Therapist)
                m_thread = s.thread;
        QVERIFY(!m_thread.isEmpty());
    }

    // Every heading and every paragraph of the final version, the reply and the marks.
    void textComesOutWhole()
    {
        const letters::LetterExport c = content(true, true);
        QVERIFY(c.reply);
        QCOMPARE(c.marks.size(), 3);
        const QString path = pdfFile(c, "whole.pdf");
        const QString text = words(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        QVERIFY2(text.contains(c.letter.title), qPrintable(text.left(200)));
        for (const LetterSection &s : c.letter.sections) {
            if (!s.heading.isEmpty())
                QVERIFY2(text.contains(words(s.heading)), qPrintable(s.heading));
            for (const QString &para : s.text.split(QStringLiteral("\n\n")))
                QVERIFY2(text.contains(words(flat(para))),
                         qPrintable(para + QStringLiteral("\n---\n") + text.left(1500)));
        }
        QVERIFY(text.contains(
            words(flat(c.reply->sections.first().text.section(QStringLiteral("\n\n"), 1, 1)))));
        QVERIFY(text.contains(QStringLiteral("Passages you marked")));
        QVERIFY(
            text.contains(QStringLiteral("This is the bit to remember when I go quiet at work.")));
        // Emphasis markers are typography, not text.
        QVERIFY(!text.contains(QStringLiteral("*spare chair*")));
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        QVERIFY2(pages.captured(1).toInt() >= 3, qPrintable(info)); // letter, reply, marks
        QVERIFY(info.contains(QStringLiteral("A4")));
    }

    // Nothing in the document's metadata says whose letter it is or what it is.
    void metadataNamesNobody()
    {
        const QString path = pdfFile(content(true, true), "meta.pdf");
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(!info.startsWith(u'<'), qPrintable(info));
        for (const char *field : {"Title", "Author", "Subject", "Keywords", "Creator"}) {
            const auto m =
                QRegularExpression(QStringLiteral("^%1:[ \\t]*(.*)$").arg(QLatin1String(field)),
                                   QRegularExpression::MultilineOption)
                    .match(info);
            QVERIFY2(!m.hasMatch() || m.captured(1).trimmed().isEmpty(),
                     qPrintable(
                         QStringLiteral("%1 is set: %2").arg(QLatin1String(field), m.captured(1))));
        }
        const auto producer = QRegularExpression(QStringLiteral("^Producer:\\s*(.*)$"),
                                                 QRegularExpression::MultilineOption)
                                  .match(info);
        QVERIFY(!producer.hasMatch() ||
                producer.captured(1).trimmed().startsWith(QLatin1String("Qt ")));
        for (const char *word :
             {"Alex", "Ruth", "Our work together", "DIT", "dit-companion", "therap", "letter"})
            QVERIFY2(!info.contains(QLatin1String(word), Qt::CaseInsensitive), word);
        // The raw file carries no XMP metadata stream either.
        QVERIFY(!test::readFile(path).contains("<x:xmpmeta"));
    }

    void replyAndMarksOnlyWhenAsked()
    {
        const QString path = pdfFile(content(false, false), "alone.pdf");
        const QString text = words(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
        QVERIFY(text.contains(QStringLiteral("Our work together")));
        QVERIFY(!text.contains(QStringLiteral("Dear Ruth")));
        QVERIFY(!text.contains(QStringLiteral("Passages you marked")));
        QVERIFY(!text.contains(QStringLiteral("go quiet at work")));
    }

    // The letter is set in the embedded book serif (app/documents/fonts/), whatever fonts the
    // machine has, and the font goes into the file so it prints the same anywhere.
    void setInTheEmbeddedBookSerif()
    {
        const QString path = pdfFile(content(false, false), "serif.pdf");
        const QString fonts = run(QStringLiteral("pdffonts"), {path});
        QVERIFY2(fonts.contains(QLatin1String("CharisSIL")), qPrintable(fonts));
        QVERIFY2(!fonts.contains(QLatin1String("DejaVuSerif")), qPrintable(fonts));
    }

    void neverReplacesAFile()
    {
        const QString path = m_profile.dir.filePath(QStringLiteral("exists.pdf"));
        test::writeFile(path, "mine");
        const Status s = documents::writeLetterPdf(content(true, false), path);
        QCOMPARE(s.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(test::readFile(path), QByteArray("mine"));
    }
};

QTEST_MAIN(TestLetterPdf)
#include "tst_letter_pdf.moc"
