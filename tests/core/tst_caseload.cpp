// A therapist's caseload (docs/THERAPIST.md): patients added, renamed, archived and restored (never
// deleted), the list's order and search, risk answers and their acknowledgement, the
// dashboard's overview worked out in core, exports of one patient or all, and the demo
// caseload generator the benchmarks use.
#include "TestSupport.h"
#include "caseload/CaseloadExport.h"
#include "caseload/PatientOverview.h"
#include "caseload/PatientStore.h"
#include "caseload/RiskReview.h"
#include "demo/DemoData.h"
#include "measures/MeasuresConfig.h"
#include "measures/ResponseStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dit;

namespace {

QStringList labels(const QList<caseload::CaseloadRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.patient.label;
    return out;
}

} // namespace

class TestCaseload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A therapist's store gets a page cache a caseload of 200 patients fits in; a patient's
    // keeps SQLite's default (docs/PERFORMANCE.md, "Therapist caseload").
    void therapistStoreCacheFitsTheCaseload()
    {
        const auto cacheSize = [](Store &store) {
            auto st = store.database().prepare("PRAGMA cache_size");
            return st && st.value().next() ? st.value().integer(0) : 0;
        };
        test::TempProfile therapist;
        auto store = therapist.create("correct horse battery", Role::Therapist);
        QVERIFY(store);
        QCOMPARE(cacheSize(*store), -32768); // KiB
        test::TempProfile patient;
        auto patientStore = patient.create("correct horse battery", Role::Patient);
        QVERIFY(patientStore);
        QCOMPARE(cacheSize(*patientStore), -2000);
    }

    void addRenameArchiveRestore()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        QVERIFY(store);
        PatientStore patients(store->records());
        auto added = patients.add(QStringLiteral("  A.K.   Tuesday "));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added.value().label, QStringLiteral("A.K. Tuesday"));
        QVERIFY(!added.value().archived);

        // A second patient with the same label (case ignored) is refused; an empty one too.
        QVERIFY(!patients.add(QStringLiteral("a.k. tuesday")));
        QVERIFY(!patients.add(QStringLiteral("   ")));
        QVERIFY(!patients.add(QString(Patient::kMaxLabel + 1, u'x')));

        t.clock.advanceSeconds(60);
        auto renamed = patients.rename(added.value().id, QStringLiteral("A.K."));
        QVERIFY(renamed);
        QCOMPARE(renamed.value().id, added.value().id);
        auto archived = patients.setArchived(added.value().id, true);
        QVERIFY(archived && archived.value().archived);
        // Archived, still there: listed with the flag, its history whole.
        auto all = patients.all();
        QVERIFY(all);
        QCOMPARE(all.value().size(), 1);
        QVERIFY(all.value().first().archived);
        QCOMPARE(all.value().first().label, QStringLiteral("A.K."));
        auto history = patients.history(added.value().id);
        QVERIFY(history);
        QCOMPARE(history.value().size(), 3);
        QCOMPARE(history.value().first().body.value(QStringLiteral("label")).toString(),
                 QStringLiteral("A.K. Tuesday"));
        // An archived patient's label is still taken.
        QVERIFY(!patients.add(QStringLiteral("A.K.")));
        auto restored = patients.setArchived(added.value().id, false);
        QVERIFY(restored && !restored.value().archived);
        QCOMPARE(patients.get(added.value().id).value().versions, 4);
        // ditc finds a patient by label or id prefix; a made-up one is not found.
        QCOMPARE(patients.resolve(QStringLiteral("a.k.")).value().id, added.value().id);
        QCOMPARE(patients.resolve(added.value().id.left(8)).value().id, added.value().id);
        QVERIFY(!patients.resolve(QStringLiteral("Z.Z.")));
    }

    void labelWarnings()
    {
        QVERIFY(caseload::labelWarning(QStringLiteral("A.K.")).isEmpty());
        QVERIFY(caseload::labelWarning(QStringLiteral("Tuesday 10am")).isEmpty());
        QVERIFY(!caseload::labelWarning(QStringLiteral("alex@example.org")).isEmpty());
        QVERIFY(!caseload::labelWarning(QStringLiteral("943 476 5919")).isEmpty());
        QVERIFY(!caseload::labelProblem(QStringLiteral("two\nlines")).isEmpty());
    }

    void orderAndSearch()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        QVERIFY(demo::fillCaseload(*store, t.clock.now()));
        auto rows = caseload::caseloadRows(*store, t.clock.now());
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 8);
        // Soonest next session first; archived last.
        QDateTime previous;
        bool pastScheduled = false;
        for (const auto &r : rows.value()) {
            const QDateTime next = r.summary.current ? r.summary.current->start : QDateTime();
            if (r.patient.archived)
                continue;
            if (!next.isValid()) {
                pastScheduled = true;
                continue;
            }
            QVERIFY2(!pastScheduled, qPrintable(r.patient.label));
            if (previous.isValid())
                QVERIFY2(previous <= next, qPrintable(r.patient.label));
            previous = next;
        }
        QVERIFY(rows.value().last().patient.archived);
        QCOMPARE(labels(rows.value()).first(), QStringLiteral("A.K."));

        // Archived ones hidden unless asked; search by the start of a word, case ignored.
        const auto shown = caseload::filterRows(rows.value(), false, {});
        QCOMPARE(shown.size(), 7);
        QVERIFY(!labels(shown).contains(QStringLiteral("E.F.")));
        QCOMPARE(caseload::filterRows(rows.value(), true, {}).size(), 8);
        QCOMPARE(labels(caseload::filterRows(rows.value(), false, QStringLiteral("j.t"))),
                 QStringList{QStringLiteral("J.T.")});
        QVERIFY(caseload::filterRows(rows.value(), false, QStringLiteral("e.f")).isEmpty());
        QCOMPARE(caseload::filterRows(rows.value(), true, QStringLiteral("e.f")).size(), 1);
        // The unacknowledged risk answer is flagged on A.K.'s row only.
        for (const auto &r : rows.value())
            QCOMPARE(r.unacknowledged > 0, r.patient.label == QLatin1String("A.K."));
    }

    void riskAcknowledgement()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        QVERIFY(demo::fillCaseload(*store, t.clock.now()));
        const MeasuresConfig config = MeasuresConfig::builtIn();
        PatientStore patients(store->records());
        const QString ak = patients.resolve(QStringLiteral("A.K.")).value().id;
        const QString rm = patients.resolve(QStringLiteral("R.M.")).value().id;
        RiskReview review(store->records(), config.catalogue);
        auto answers = review.answers(ak);
        QVERIFY(answers);
        QCOMPARE(answers.value().size(), 1);
        const RiskAnswer risk = answers.value().first();
        QVERIFY(!risk.acknowledged());
        QVERIFY(!risk.answerTexts.isEmpty());
        for (const QString &text : risk.answerTexts)
            QVERIFY2(!text.contains(QStringLiteral("?:")), qPrintable(text));
        QCOMPARE(review.unacknowledgedCount(ak).value(), 1);

        // Not this patient's response: refused, nothing recorded.
        QVERIFY(!review.acknowledge(risk.response.id, rm));
        QCOMPARE(review.unacknowledgedCount(ak).value(), 1);

        t.clock.advanceSeconds(3600);
        const QDateTime when = t.clock.now();
        auto ack = review.acknowledge(risk.response.id, ak);
        QVERIFY(ack);
        QCOMPARE(review.unacknowledgedCount(ak).value(), 0);
        // Recorded as a record, with the time, about this patient.
        auto record = store->records().get(ack.value());
        QVERIFY(record);
        QCOMPARE(record.value().kind, QString::fromLatin1(RiskReview::kKind));
        QCOMPARE(record.value().subject, ak);
        QCOMPARE(record.value().createdAt, when);
        auto after = review.answers(ak);
        QVERIFY(after.value().first().acknowledged());
        QCOMPARE(after.value().first().acknowledgedAt, when);
        // Once only: acknowledging again gives the same record.
        t.clock.advanceSeconds(60);
        QCOMPARE(review.acknowledge(risk.response.id, ak).value(), ack.value());
        QCOMPARE(store->records().list(QString::fromLatin1(RiskReview::kKind), ak).value().size(),
                 1);
        // The caseload's flag clears.
        for (const auto &r : caseload::caseloadRows(*store, t.clock.now()).value())
            QCOMPARE(r.unacknowledged, 0);
    }

    void overview()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        QVERIFY(demo::fillCaseload(*store, t.clock.now()));
        const MeasuresConfig config = MeasuresConfig::builtIn();
        const QString dw =
            PatientStore(store->records()).resolve(QStringLiteral("D.W.")).value().id;
        auto o = caseload::overview(*store, config, dw, t.clock.now());
        QVERIFY(o);
        // 16 sessions plus a break and a cancelled week, each said in words and a symbol.
        int sessions = 0;
        QSet<QString> keys;
        for (const TimelineEntry &e : o.value().timeline) {
            sessions += e.session > 0 ? 1 : 0;
            keys.insert(e.key());
            QVERIFY(!e.label().isEmpty());
            QVERIFY(!e.symbol().isEmpty());
        }
        QCOMPARE(sessions, 16);
        for (const char *k : {"attended", "missed", "break", "cancelled", "next", "upcoming"})
            QVERIFY2(keys.contains(QString::fromLatin1(k)), k);
        // This week's scores beside last week's.
        QVERIFY(o.value().latestSession > o.value().previousSession);
        QVERIFY(o.value().previousSession > 0);
        bool phq = false;
        for (const ScoreComparison &s : o.value().scores)
            if (s.instrument == QLatin1String("phq9")) {
                phq = true;
                QVERIFY(s.latest && s.previous);
                QVERIFY(!s.change().isEmpty());
            }
        QVERIFY(phq);
        QVERIFY(!caseload::outcomeStatus(o.value().outcome).isEmpty());
        QVERIFY(!o.value().sos10.start.isEmpty());
        QVERIFY(!o.value().rq.start.isEmpty());
        // A finished course has the end filled in too.
        const QString lp =
            PatientStore(store->records()).resolve(QStringLiteral("L.P.")).value().id;
        auto done = caseload::overview(*store, config, lp, t.clock.now());
        QVERIFY(done);
        QVERIFY(!done.value().sos10.end.isEmpty());
        QVERIFY(!done.value().rq.end.isEmpty());
        QVERIFY(!done.value().canHandOver());
    }

    void exports()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        QVERIFY(demo::fillCaseload(*store, t.clock.now()));
        const MeasuresConfig config = MeasuresConfig::builtIn();
        PatientStore patients(store->records());
        const Patient ak = patients.resolve(QStringLiteral("A.K.")).value();
        auto csv = caseload::exportResponses(*store, config.catalogue, ak.id,
                                             caseload::ExportFormat::Csv, t.clock.now());
        QVERIFY(csv);
        const QList<QByteArray> lines = csv.value().trimmed().split('\n');
        QVERIFY(lines.first().startsWith("patient_id,patient,"));
        QVERIFY(lines.size() > 10);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).startsWith(QByteArray(ak.id.toLatin1() + ",A.K.,")));

        auto fhir = caseload::exportResponses(*store, config.catalogue, {},
                                              caseload::ExportFormat::Fhir, t.clock.now());
        QVERIFY(fhir);
        const QJsonObject bundle = QJsonDocument::fromJson(fhir.value()).object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QSet<QString> who;
        for (const QJsonValue &e : bundle.value(QStringLiteral("entry")).toArray())
            who.insert(
                e[QStringLiteral("resource")][QStringLiteral("subject")][QStringLiteral("display")]
                    .toString());
        QVERIFY(who.contains(QStringLiteral("A.K.")));
        QVERIFY(who.contains(QStringLiteral("E.F."))); // archived patients too
        QVERIFY(!who.contains(QString()));
        QVERIFY(!caseload::exportResponses(*store, config.catalogue, QStringLiteral("nobody"),
                                           caseload::ExportFormat::Csv, t.clock.now()));
    }

    // The caseload's risk flags read only the flagged answers: SQLite plans the query on the
    // partial index of schema 6 rather than reading every answer (docs/PERFORMANCE.md). That
    // the flags are still counted right is checked with the demo caseload above.
    void flaggedAnswersUseTheirIndex()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        auto plan = store->database().prepare(
            QByteArray("EXPLAIN QUERY PLAN ").append(caseload::kFlaggedAnswersSql).constData());
        QVERIFY(plan);
        plan.value().bind(1, QString::fromLatin1(ResponseStore::kKind));
        QString steps;
        while (plan.value().next())
            steps += plan.value().text(3) + QLatin1Char('\n');
        QVERIFY2(steps.contains(QStringLiteral("USING INDEX records_at_risk")), qPrintable(steps));
        QVERIFY2(!steps.contains(QStringLiteral("SCAN")), qPrintable(steps));
    }

    // The benchmarks' caseload: N patients, 16 sessions each.
    void generatedCaseload()
    {
        test::TempProfile t;
        auto store = t.create("correct horse battery", Role::Therapist);
        QVERIFY(demo::fillCaseload(*store, t.clock.now(), 30, 7));
        auto rows = caseload::caseloadRows(*store, t.clock.now());
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 30);
        QSet<QString> distinct;
        int withoutCourse = 0;
        for (const auto &r : rows.value()) {
            distinct.insert(r.patient.label);
            if (r.summary.stage == CourseSummary::Stage::NotSetUp)
                ++withoutCourse;
            else
                QCOMPARE(r.summary.totalSessions, 16);
        }
        QCOMPARE(distinct.size(), 30);
        QCOMPARE(withoutCourse, 1); // the hand-made S.B., just added; every generated one has 16
    }
};

QTEST_GUILESS_MAIN(TestCaseload)
#include "tst_caseload.moc"
