// A patient's summary PDF for the service (docs/THERAPIST.md), read back with pdftotext as a person
// would: the timeline with attendance in words, totals by session, outcomes, the start and
// end measures and the risk answers; the metadata (pdfinfo) names nobody.
#include "PatientSummaryPdf.h"
#include "TestSupport.h"
#include "caseload/PatientStore.h"
#include "demo/DemoData.h"
#include "measures/MeasuresConfig.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTest>

using namespace dit;

namespace {

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed>").arg(tool);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestPatientSummaryPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryOfAPatient()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        QVERIFY(demo::fillCaseload(*store, t.clock.now()));
        const Patient dw = PatientStore(store->records()).resolve(QStringLiteral("D.W.")).value();
        auto o = caseload::overview(*store, MeasuresConfig::builtIn(), dw.id, t.clock.now());
        QVERIFY(o);
        const QString path = t.dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(documents::writePatientSummaryPdf(o.value(), t.clock.now(), path));
        // Never over an existing file.
        QVERIFY(!documents::writePatientSummaryPdf(o.value(), t.clock.now(), path));

        const QString text =
            run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
        for (const char *expected :
             {"Summary of therapy", "D.W.", "Course", "Attended", "Missed", "Scores by session",
              "PHQ-9", "Outcomes", "At the start and the end", "SOS-10", "Risk answers"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        // No patient's random id and no other patient's label.
        QVERIFY(!text.contains(dw.id));
        QVERIFY(!text.contains(QStringLiteral("A.K.")));
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY(!info.contains(QStringLiteral("D.W.")));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestPatientSummaryPdf t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_patient_summary_pdf.moc"
