#include "PatientSummaryPdf.h"

#include "PdfFile.h"
#include "course/CourseWording.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace dit::documents {

namespace {

constexpr double kSummaryBodyPt = 10;
const QColor kRule(0xdc, 0xd7, 0xcf);

QString sansFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const char *wanted : {"DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"})
        if (families.contains(QString::fromLatin1(wanted)))
            return QString::fromLatin1(wanted);
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

// Text goes in through a cursor, never as HTML: nothing typed can turn into markup.
class Writer
{
public:
    explicit Writer(QTextDocument &doc) : m_cursor(&doc), m_family(sansFamily()) {}

    QTextCharFormat chars(double pt, bool bold = false, const QColor &colour = pdfInk()) const
    {
        QTextCharFormat f;
        f.setFontFamilies({m_family});
        f.setFontPointSize(pt);
        f.setFontWeight(bold ? QFont::DemiBold : QFont::Normal);
        f.setForeground(colour);
        return f;
    }

    void paragraph(const QString &text, const QTextCharFormat &format, double before = 0,
                   double after = 4)
    {
        QTextBlockFormat b;
        b.setTopMargin(before);
        b.setBottomMargin(after);
        if (m_first) {
            m_cursor.setBlockFormat(b);
            m_first = false;
        } else {
            m_cursor.insertBlock(b, format);
        }
        m_cursor.insertText(text, format);
    }

    void title(const QString &text) { paragraph(text, chars(kSummaryBodyPt * 1.8, true), 0, 2); }
    void note(const QString &text)
    {
        paragraph(text, chars(kSummaryBodyPt * 0.9, false, pdfMuted()), 0, 8);
    }
    void heading(const QString &text)
    {
        paragraph(text, chars(kSummaryBodyPt * 1.25, true), 14, 4);
    }
    void body(const QString &text) { paragraph(text, chars(kSummaryBodyPt)); }
    void pair(const QString &label, const QString &value)
    {
        paragraph(QString(), chars(kSummaryBodyPt), 0, 2);
        m_cursor.insertText(label + QStringLiteral(": "), chars(kSummaryBodyPt, true));
        m_cursor.insertText(value, chars(kSummaryBodyPt));
    }

    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        if (rows.isEmpty())
            return;
        paragraph(QString(), chars(kSummaryBodyPt), 0, 0);
        QTextTableFormat f;
        f.setBorder(0.5);
        f.setBorderBrush(kRule);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        f.setCellPadding(4);
        f.setCellSpacing(0);
        f.setHeaderRowCount(1);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *t = m_cursor.insertTable(int(rows.size()) + 1, int(header.size()), f);
        for (int c = 0; c < header.size(); ++c)
            t->cellAt(0, c).firstCursorPosition().insertText(header.at(c),
                                                             chars(kSummaryBodyPt, true));
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < header.size() && c < rows.at(r).size(); ++c)
                t->cellAt(r + 1, c).firstCursorPosition().insertText(rows.at(r).at(c),
                                                                     chars(kSummaryBodyPt));
        m_cursor.movePosition(QTextCursor::End);
    }

private:
    QTextCursor m_cursor;
    QString m_family;
    bool m_first = true;
};

void buildSummary(QTextDocument &doc, const PatientOverview &o, const QDateTime &generated)
{
    const QLocale locale;
    const auto date = [&](const QDateTime &t) {
        return locale.toString(t.toLocalTime().date(), QLocale::LongFormat);
    };
    Writer w(doc);
    w.title(QCoreApplication::translate("PatientSummaryPdf", "Summary of therapy"));
    w.note(QCoreApplication::translate("PatientSummaryPdf", "%1 · made on %2")
               .arg(o.patient.label, date(generated)));

    w.heading(QCoreApplication::translate("PatientSummaryPdf", "Course"));
    w.body(caseload::courseLine(o.summary));
    if (o.course) {
        w.pair(QCoreApplication::translate("PatientSummaryPdf", "Sessions"),
               QString::number(o.course->totalSessions));
        w.pair(QCoreApplication::translate("PatientSummaryPdf", "First session"),
               wording::dateTime(QDateTime(o.course->firstSession, o.course->sessionTime)));
        QList<QStringList> table;
        for (const TimelineEntry &e : o.timeline)
            table.append(
                {e.session > 0 ? QString::number(e.session) : QString(),
                 locale.toString(e.session > 0 ? e.start.toLocalTime().date() : e.slot,
                                 QLocale::ShortFormat),
                 wording::phaseName(e.phase),
                 e.symbol() + QLatin1Char(' ') + e.label() +
                     (e.moved ? QCoreApplication::translate("PatientSummaryPdf", " (moved)")
                              : QString())});
        w.table({QCoreApplication::translate("PatientSummaryPdf", "Session"),
                 QCoreApplication::translate("PatientSummaryPdf", "Date"),
                 QCoreApplication::translate("PatientSummaryPdf", "Phase"),
                 QCoreApplication::translate("PatientSummaryPdf", "Attendance")},
                table);
    }

    w.heading(QCoreApplication::translate("PatientSummaryPdf", "Scores by session"));
    QStringList header{QCoreApplication::translate("PatientSummaryPdf", "Session")};
    QMap<int, QStringList> bySession;
    for (qsizetype c = 0; c < o.series.size(); ++c) {
        header << o.series.at(c).name;
        for (const ProgressPoint &p : o.series.at(c).points) {
            QStringList &row = bySession[p.session];
            if (row.isEmpty())
                row = QStringList(o.series.size(), QCoreApplication::translate("PatientSummaryPdf",
                                                                               "not filled in"));
            row[c] = p.bandLabel.isEmpty()
                         ? QString::number(p.total)
                         : QStringLiteral("%1 (%2)").arg(p.total).arg(p.bandLabel.toLower());
            if (p.fromAverage)
                row[c] += QCoreApplication::translate("PatientSummaryPdf",
                                                      ", completed from the average");
        }
    }
    QList<QStringList> scoreRows;
    for (auto it = bySession.cbegin(); it != bySession.cend(); ++it)
        scoreRows.append(QStringList{QString::number(it.key())} + it.value());
    if (scoreRows.isEmpty())
        w.body(QCoreApplication::translate("PatientSummaryPdf", "No complete forms yet."));
    else
        w.table(header, scoreRows);

    w.heading(QCoreApplication::translate("PatientSummaryPdf", "Outcomes"));
    for (const auto &[label, value] : caseload::outcomeStatus(o.outcome))
        w.pair(label, value);
    for (const QString &line : o.outcome.therapistSummary)
        w.body(line);

    w.heading(QCoreApplication::translate("PatientSummaryPdf", "At the start and the end"));
    for (const StartAndEnd &m : {o.sos10, o.rq}) {
        if (m.start.isEmpty()) {
            w.pair(m.name, QCoreApplication::translate("PatientSummaryPdf", "not given yet"));
            continue;
        }
        w.pair(m.name, m.end.isEmpty()
                           ? QCoreApplication::translate("PatientSummaryPdf", "session %1: %2")
                                 .arg(m.firstSession)
                                 .arg(m.start)
                           : QCoreApplication::translate("PatientSummaryPdf",
                                                         "session %1: %2; session %3: %4")
                                 .arg(m.firstSession)
                                 .arg(m.start)
                                 .arg(m.lastSession)
                                 .arg(m.end));
    }

    w.heading(QCoreApplication::translate("PatientSummaryPdf", "Risk answers"));
    if (o.risks.isEmpty()) {
        w.body(QCoreApplication::translate("PatientSummaryPdf", "None."));
    } else {
        QList<QStringList> rows;
        for (const RiskAnswer &a : o.risks)
            rows.append(
                {QString::number(a.response.session), a.instrumentName,
                 a.answerTexts.join(QStringLiteral("; ")),
                 a.acknowledged()
                     ? QCoreApplication::translate("PatientSummaryPdf", "Acknowledged %1")
                           .arg(locale.toString(a.acknowledgedAt.toLocalTime(),
                                                QLocale::ShortFormat))
                     : QCoreApplication::translate("PatientSummaryPdf", "Not yet acknowledged")});
        w.table({QCoreApplication::translate("PatientSummaryPdf", "Session"),
                 QCoreApplication::translate("PatientSummaryPdf", "Form"),
                 QCoreApplication::translate("PatientSummaryPdf", "Answer"),
                 QCoreApplication::translate("PatientSummaryPdf", "Seen by the therapist")},
                rows);
    }
    w.note(QString());
    w.note(QCoreApplication::translate(
        "PatientSummaryPdf",
        "Totals are as the patient answered; incomplete forms have no total and nothing "
        "is estimated. Outcomes follow the NHS Talking Therapies definitions (PHQ-9 10 "
        "and GAD-7 8 for caseness; reliable change 6 and 4)."));
}

} // namespace

Result<QByteArray> patientSummaryPdf(const PatientOverview &overview, const QDateTime &generated)
{
    return renderA4Pdf(kPdfDpi, QMarginsF(20, 18, 20, 18), [&](QPdfWriter &writer) -> Status {
        QTextDocument doc;
        doc.setDocumentMargin(0);
        buildSummary(doc, overview, generated);
        // print() lays the document out on the writer's pages and numbers them.
        doc.print(&writer);
        return {};
    });
}

Status writePatientSummaryPdf(const PatientOverview &overview, const QDateTime &generated,
                              const QString &path)
{
    return writeNewFile(path, [&] { return patientSummaryPdf(overview, generated); });
}

} // namespace dit::documents
