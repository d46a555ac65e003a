#include "LetterPdf.h"

#include "BookFont.h"
#include "PdfFile.h"
#include "text/Markdown.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

#include <memory>

namespace dit::documents {

namespace {

constexpr double kLetterBodyPt = 11.5;
// A block format property on section headings: the heading's number, so a heading that
// would be left alone at the foot of a page can be moved to the next one.
constexpr int kHeadingNumber = QTextFormat::UserProperty + 1;

// The first heading that ends a page without at least two lines of its section after it,
// or -1. The document must be fully laid out (pageCount() does that).
int lonelyHeading(QTextDocument &doc, double pageHeight)
{
    doc.pageCount();
    for (QTextBlock b = doc.begin(); b.isValid() && b.next().isValid(); b = b.next()) {
        if (!b.blockFormat().hasProperty(kHeadingNumber))
            continue;
        const QRectF heading = doc.documentLayout()->blockBoundingRect(b);
        const QRectF next = doc.documentLayout()->blockBoundingRect(b.next());
        const int lines = std::max(1, b.next().layout() ? b.next().layout()->lineCount() : 1);
        const double needed = next.top() + std::min(next.height(), 2.2 * next.height() / lines);
        if (int(heading.top() / pageHeight) != int(needed / pageHeight))
            return b.blockFormat().intProperty(kHeadingNumber);
    }
    return -1;
}

// Builds the document with a cursor: text goes in as text, never as HTML, so nothing in a
// letter can turn into markup.
class Builder
{
public:
    Builder(QTextDocument &doc, const QSet<int> &breakBefore)
        : m_cursor(&doc), m_family(bookFontFamily()), m_breakBefore(breakBefore)
    {}

    QTextCharFormat chars(double pt, bool bold = false, bool italic = false,
                          const QColor &colour = pdfInk()) const
    {
        QTextCharFormat f;
        f.setFontFamilies({m_family});
        f.setFontPointSize(pt);
        f.setFontWeight(bold ? QFont::DemiBold : QFont::Normal);
        f.setFontItalic(italic);
        // No ligatures where the script does not need them: the book serif's "fi" and "fl"
        // would otherwise come out of the PDF (copying, screen readers) as nothing.
        f.setFontStyleStrategy(QFont::PreferNoShaping);
        f.setForeground(colour);
        return f;
    }

    // Margins in points; the document lays out in the writer's pixels (kPdfDpi per inch).
    static double px(double points) { return points * kPdfDpi / 72.0; }

    QTextBlockFormat block(double before, double after, double indent = 0) const
    {
        QTextBlockFormat f;
        f.setTopMargin(px(before));
        f.setBottomMargin(px(after));
        f.setLeftMargin(px(indent));
        f.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
        return f;
    }

    void startBlock(const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void plain(const QString &text, const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        startBlock(format, chars);
        m_cursor.insertText(text, chars);
    }

    void runs(const QString &markup, const QTextCharFormat &base)
    {
        for (const text::InlineRun &run : text::inlineRuns(markup)) {
            QTextCharFormat f = base;
            if (run.strong)
                f.setFontWeight(QFont::DemiBold);
            if (run.emphasis)
                f.setFontItalic(!base.fontItalic());
            m_cursor.insertText(run.text, f);
        }
    }

    void pageBreak()
    {
        QTextBlockFormat f = block(0, 0);
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        startBlock(f, chars(kLetterBodyPt));
        m_pendingBreak = true;
    }

    void letter(const Letter &l)
    {
        titled(l.title, letters::authorLine(l) + QStringLiteral("  \u00B7  ") +
                            letters::letterDateText(l.date));
        for (const LetterSection &s : l.sections) {
            if (!s.heading.isEmpty())
                plain(s.heading, headingFormat(), chars(kLetterBodyPt * 1.2, true));
            auto blocks = text::parse(s.text);
            if (!blocks) {
                plain(s.text, block(0, 5), chars(kLetterBodyPt));
                continue;
            }
            QTextList *list = nullptr;
            QTextListFormat::Style listStyle = QTextListFormat::ListStyleUndefined;
            for (const text::Block &b : blocks.value()) {
                const bool bullet = b.type == text::Block::Type::Bullet;
                const bool numbered = b.type == text::Block::Type::Numbered;
                if (bullet || numbered) {
                    const auto style =
                        bullet ? QTextListFormat::ListDisc : QTextListFormat::ListDecimal;
                    startBlock(block(0, 2), chars(kLetterBodyPt));
                    if (!list || style != listStyle) {
                        QTextListFormat lf;
                        lf.setStyle(style);
                        lf.setIndent(1);
                        list = m_cursor.createList(lf);
                        listStyle = style;
                    } else {
                        list->add(m_cursor.block());
                    }
                    runs(b.markup, chars(kLetterBodyPt));
                    continue;
                }
                list = nullptr;
                if (b.type == text::Block::Type::Quote) {
                    startBlock(block(1, 5, 18), chars(kLetterBodyPt, false, true));
                    runs(b.markup, chars(kLetterBodyPt, false, true));
                } else {
                    startBlock(block(0, 5), chars(kLetterBodyPt));
                    runs(b.markup, chars(kLetterBodyPt));
                }
            }
        }
    }

    void marks(const QList<letters::MarkedPassage> &marks)
    {
        titled(letters::marksPartTitle(),
               QCoreApplication::translate(
                   "LetterPdf", "Kept with the letter. Only you made these marks and notes."));
        for (const letters::MarkedPassage &m : marks) {
            startBlock(block(8, 1, 12), chars(kLetterBodyPt, false, true));
            m_cursor.insertText(QStringLiteral("\u201C") + m.quote + QStringLiteral("\u201D"),
                                chars(kLetterBodyPt, false, true));
            if (!m.heading.isEmpty() || !m.inThisVersion)
                plain(m.inThisVersion ? m.heading : letters::markNotInVersionText(),
                      block(0, 1, 12), chars(kLetterBodyPt * 0.85, false, false, pdfMuted()));
            if (!m.note.isEmpty()) {
                startBlock(block(1, 2, 12), chars(kLetterBodyPt));
                m_cursor.insertText(QCoreApplication::translate("LetterPdf", "Your note: "),
                                    chars(kLetterBodyPt, true));
                m_cursor.insertText(m.note.simplified(), chars(kLetterBodyPt));
            }
        }
    }

private:
    QTextBlockFormat headingFormat()
    {
        QTextBlockFormat f = block(10, 3);
        const int number = m_headings++;
        f.setProperty(kHeadingNumber, number);
        if (m_breakBefore.contains(number))
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        return f;
    }

    void titled(const QString &title, const QString &subtitle)
    {
        if (m_pendingBreak) {
            // The page-break block is empty: put the title in it.
            m_cursor.setBlockCharFormat(chars(kLetterBodyPt * 1.9, true));
            m_cursor.insertText(title, chars(kLetterBodyPt * 1.9, true));
            m_pendingBreak = false;
        } else {
            plain(title, block(0, 2), chars(kLetterBodyPt * 1.9, true));
        }
        plain(subtitle, block(0, 14), chars(kLetterBodyPt * 0.9, false, false, pdfMuted()));
    }

    QTextCursor m_cursor;
    QString m_family;
    QSet<int> m_breakBefore;
    int m_headings = 0;
    bool m_first = true;
    bool m_pendingBreak = false;
};

void buildLetter(QTextDocument &doc, QPagedPaintDevice &device,
                 const letters::LetterExport &content, const QSet<int> &breakBefore)
{
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    Builder b(doc, breakBefore);
    b.letter(content.letter);
    if (content.reply) {
        b.pageBreak();
        b.letter(*content.reply);
    }
    if (!content.marks.isEmpty()) {
        b.pageBreak();
        b.marks(content.marks);
    }
}

} // namespace

Result<QByteArray> letterPdf(const letters::LetterExport &content)
{
    // About 75 characters a line: a comfortable measure for a serif on A4.
    return renderA4Pdf(kPdfDpi, QMarginsF(30, 24, 30, 16), [&](QPdfWriter &writer) -> Status {
        const QRectF page = writer.pageLayout().paintRectPixels(kPdfDpi);
        const double footer = kPdfDpi * 0.35; // room for the page number
        const double bodyHeight = page.height() - footer;
        // Lay out, then again with a page break before each heading that would be left at
        // the foot of a page, one at a time (each move shifts the rest).
        QSet<int> breakBefore;
        auto doc = std::make_unique<QTextDocument>();
        for (int pass = 0; pass < 40; ++pass) {
            doc = std::make_unique<QTextDocument>();
            buildLetter(*doc, writer, content, breakBefore);
            doc->setPageSize(QSizeF(page.width(), bodyHeight));
            const int lonely = lonelyHeading(*doc, bodyHeight);
            if (lonely < 0 || breakBefore.contains(lonely))
                break;
            breakBefore.insert(lonely);
        }
        const int pages = doc->pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorCode::Internal, QStringLiteral("the PDF writer did not start"));
        QFont numberFont(bookFontFamily());
        numberFont.setPointSizeF(kLetterBodyPt * 0.85);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * bodyHeight);
            doc->drawContents(&painter, QRectF(0, i * bodyHeight, page.width(), bodyHeight));
            painter.restore();
            if (pages > 1) {
                painter.setFont(numberFont);
                painter.setPen(pdfMuted());
                painter.drawText(QRectF(0, bodyHeight, page.width(), footer),
                                 Qt::AlignHCenter | Qt::AlignBottom, QString::number(i + 1));
            }
        }
        painter.end();
        return {};
    });
}

Status writeLetterPdf(const letters::LetterExport &content, const QString &path)
{
    return writeNewFile(path, [&] { return letterPdf(content); });
}

} // namespace dit::documents
