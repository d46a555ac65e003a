// Instrument definitions: the built-ins load and say where they come from; malformed or
// inconsistent definitions are refused with the file and the problem named, and a service's
// pack adds or replaces definitions without breaking the valid ones.
#include "TestSupport.h"
#include "measures/AnswerVector.h"
#include "measures/InstrumentCatalogue.h"
#include "measures/InstrumentParser.h"
#include "measures/MeasuresConfig.h"
#include "measures/Scoring.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dit;

namespace {

QJsonObject builtInJson(const char *id)
{
    QFile f(QStringLiteral(":/dit/instruments/%1.json").arg(QLatin1String(id)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no built-in %s", id);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Applies `edit` to a copy of the built-in PHQ-9's first group's items.
QJsonObject phq9WithItems(const std::function<void(QJsonArray &)> &edit)
{
    QJsonObject q = builtInJson("phq9");
    QJsonArray top = q.value(QStringLiteral("item")).toArray();
    QJsonObject group = top.at(0).toObject();
    QJsonArray items = group.value(QStringLiteral("item")).toArray();
    edit(items);
    group.insert(QStringLiteral("item"), items);
    top.replace(0, group);
    q.insert(QStringLiteral("item"), top);
    return q;
}

QJsonObject firstItem(QJsonArray &items)
{
    return items.at(0).toObject();
}

bool flagged(const MeasuresConfig &c, const char *id, const char *vector)
{
    const Instrument *q = c.catalogue.find(QString::fromLatin1(id));
    auto answers = parseAnswerVector(*q, QString::fromLatin1(vector));
    if (!answers)
        qFatal("bad vector in test: %s", qPrintable(answers.error().message));
    return evaluate(*q, answers.value(), c.risk).hasFlag(QString::fromLatin1(flag::kRisk));
}

// The safety floor: item 9 at "Several days" and "Yes" to the risk question flagged, an
// all-zero PHQ-9 not.
bool floorHolds(const MeasuresConfig &c)
{
    return flagged(c, "phq9", "0,0,0,0,0,0,0,0,1") && flagged(c, "risk", "LA33-6") &&
           !flagged(c, "phq9", "0,0,0,0,0,0,0,0,0") && !flagged(c, "risk", "LA32-8");
}

} // namespace

class TestInstruments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void builtInsLoadWithSourceAndLicence()
    {
        const InstrumentCatalogue c = InstrumentCatalogue::builtIn();
        QCOMPARE(c.ids(), (QStringList{"phq9", "gad7", "wsas", "risk", "sos10", "rq", "feedback"}));
        QVERIFY(c.problems().isEmpty());
        for (const Instrument &q : c.instruments()) {
            QVERIFY2(!q.copyright.isEmpty(), qPrintable(q.id));
            QVERIFY2(!q.publisher.isEmpty(), qPrintable(q.id));
            QVERIFY2(!q.source.isEmpty(), qPrintable(q.id));
            QVERIFY(q.canonical().startsWith(
                QStringLiteral("http://ditcompanion.org/fhir/Questionnaire/")));
        }
        const Instrument *phq9 = c.find(QStringLiteral("phq9"));
        QCOMPARE(phq9->shortName(), QStringLiteral("PHQ-9"));
        QCOMPARE(phq9->items.at(8).code, QStringLiteral("44260-8"));
        QCOMPARE(phq9->items.at(8).options.at(1).code, QStringLiteral("LA6569-3"));
        QCOMPARE(phq9->items.at(0).stem,
                 QStringLiteral("Over the last 2 weeks, how often have you been bothered by any "
                                "of the following problems?"));
        // GAD-7 as printed (Spitzer et al. 2006; the form at phqscreeners.com): its stem has no
        // "any of", unlike the PHQ-9's.
        QCOMPARE(c.find(QStringLiteral("gad7"))->items.at(0).stem,
                 QStringLiteral("Over the last 2 weeks, how often have you been bothered by the "
                                "following problems?"));
        QVERIFY(c.find(QStringLiteral("risk"))->publisher.contains(QStringLiteral("can replace")));
        QVERIFY(c.find(QStringLiteral("feedback"))
                    ->copyright.contains(QStringLiteral("not a published")));
    }

    // Several kinds of malformed definition, each refused with the file and the problem named.
    void malformedDefinitionsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("not json") << QByteArray("{ \"resourceType\": ") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "not valid JSON";
        QJsonObject q = builtInJson("gad7");
        q.insert(QStringLiteral("resourceType"), QStringLiteral("Patient"));
        QTest::newRow("wrong resource") << toBytes(q) << "resourceType";
        q = builtInJson("gad7");
        q.insert(QStringLiteral("id"), QStringLiteral("has spaces"));
        QTest::newRow("bad id") << toBytes(q) << "\"id\"";
        q = builtInJson("gad7");
        q.remove(QStringLiteral("copyright"));
        QTest::newRow("no licence") << toBytes(q) << "licence";
        q = builtInJson("gad7");
        q.insert(
            QStringLiteral("extension"),
            QJsonArray{QJsonObject{{QStringLiteral("url"), QString::fromLatin1(fhirext::kSource)},
                                   {QStringLiteral("valueString"), QStringLiteral("a citation")}}});
        QTest::newRow("no scoring rule") << toBytes(q) << "scoring-rule";
        q = builtInJson("gad7");
        q.insert(QStringLiteral("item"), QJsonArray{});
        QTest::newRow("no items") << toBytes(q) << "no questions";

        QTest::newRow("duplicate linkId") << toBytes(phq9WithItems([](QJsonArray &items) {
            QJsonObject second = items.at(1).toObject();
            second.insert(QStringLiteral("linkId"), QStringLiteral("44250-9"));
            items.replace(1, second);
        })) << "used twice";
        QTest::newRow("choice without answers") << toBytes(phq9WithItems([](QJsonArray &items) {
            QJsonObject i = firstItem(items);
            i.remove(QStringLiteral("answerOption"));
            items.replace(0, i);
        })) << "at least two answers";
        QTest::newRow("answer without code") << toBytes(phq9WithItems([](QJsonArray &items) {
            QJsonObject i = firstItem(items);
            QJsonArray options = i.value(QStringLiteral("answerOption")).toArray();
            options.replace(
                0, QJsonObject{{QStringLiteral("valueCoding"),
                                QJsonObject{{QStringLiteral("display"), QStringLiteral("x")}}}});
            i.insert(QStringLiteral("answerOption"), options);
            items.replace(0, i);
        })) << "code and a display";
        QTest::newRow("score missing on one answer")
            << toBytes(phq9WithItems([](QJsonArray &items) {
                   QJsonObject i = firstItem(items);
                   QJsonArray options = i.value(QStringLiteral("answerOption")).toArray();
                   QJsonObject o = options.at(2).toObject();
                   o.remove(QStringLiteral("extension"));
                   options.replace(2, o);
                   i.insert(QStringLiteral("answerOption"), options);
                   items.replace(0, i);
               }))
            << "every answer has a score";
        QTest::newRow("fractional score") << toBytes(phq9WithItems([](QJsonArray &items) {
            QJsonObject i = firstItem(items);
            QJsonArray options = i.value(QStringLiteral("answerOption")).toArray();
            QJsonObject o = options.at(1).toObject();
            o.insert(QStringLiteral("extension"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("url"), QString::fromLatin1(fhirext::kOrdinalValue)},
                         {QStringLiteral("valueDecimal"), 1.5}}});
            options.replace(1, o);
            i.insert(QStringLiteral("answerOption"), options);
            items.replace(0, i);
        })) << "whole number";
        // Inconsistent with its scoring rule: PHQ-9 with eight items, or scores 1-4.
        QTest::newRow("phq9 with 8 items")
            << toBytes(phq9WithItems([](QJsonArray &items) { items.removeAt(8); }))
            << "needs 9 scored questions";
        QTest::newRow("phq9 scored 1-4") << toBytes(phq9WithItems([](QJsonArray &items) {
            QJsonObject i = firstItem(items);
            QJsonArray options = i.value(QStringLiteral("answerOption")).toArray();
            for (qsizetype k = 0; k < options.size(); ++k) {
                QJsonObject o = options.at(k).toObject();
                o.insert(QStringLiteral("extension"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("url"), QString::fromLatin1(fhirext::kOrdinalValue)},
                             {QStringLiteral("valueDecimal"), int(k) + 1}}});
                options.replace(k, o);
            }
            i.insert(QStringLiteral("answerOption"), options);
            items.replace(0, i);
        })) << "scores 0 to 3";
        QTest::newRow("condition on unknown item") << toBytes(phq9WithItems([](QJsonArray &items) {
            QJsonObject i = items.at(3).toObject();
            i.insert(QStringLiteral("enableWhen"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("question"), QStringLiteral("nowhere")},
                         {QStringLiteral("operator"), QStringLiteral("=")},
                         {QStringLiteral("answerCoding"),
                          QJsonObject{{QStringLiteral("code"), QStringLiteral("LA6568-5")}}}}});
            items.replace(3, i);
        })) << "not an earlier question";
        QTest::newRow("unsupported type") << toBytes(phq9WithItems([](QJsonArray &items) {
            QJsonObject i = firstItem(items);
            i.insert(QStringLiteral("type"), QStringLiteral("attachment"));
            items.replace(0, i);
        })) << "not supported";
        QTest::newRow("value set answers") << toBytes(phq9WithItems([](QJsonArray &items) {
            QJsonObject i = firstItem(items);
            i.insert(QStringLiteral("answerValueSet"),
                     QStringLiteral("http://loinc.org/vs/LL358-3"));
            items.replace(0, i);
        })) << "value sets";
    }

    void malformedDefinitionsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        auto r = parseInstrument(json, QStringLiteral("pack/broken.json"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::BadInput);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("pack/broken.json: ")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    // WSAS's work exclusion must be wired up or the definition is refused.
    void wsasWithoutWorkConditionIsRefused()
    {
        QJsonObject q = builtInJson("wsas");
        QJsonArray top = q.value(QStringLiteral("item")).toArray();
        QJsonObject group = top.at(0).toObject();
        QJsonArray items = group.value(QStringLiteral("item")).toArray();
        QJsonObject work = items.at(1).toObject();
        work.remove(QStringLiteral("enableWhen"));
        items.replace(1, work);
        group.insert(QStringLiteral("item"), items);
        top.replace(0, group);
        q.insert(QStringLiteral("item"), top);
        auto r = parseInstrument(toBytes(q), QStringLiteral("wsas.json"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("not working")));
    }

    // A pack with one broken file and two good ones: the good ones are used (one replaces the
    // built-in risk question with the service's wording, one adds an instrument), the broken
    // one is named in the problems, and the built-ins stay.
    void packReplacesAddsAndReportsProblems()
    {
        const QString service = m_dir.filePath(QStringLiteral("service"));
        const QString pack = service + QStringLiteral("/instruments");
        QVERIFY(QDir().mkpath(pack));
        QJsonObject risk = builtInJson("risk");
        QJsonArray items = risk.value(QStringLiteral("item")).toArray();
        QJsonObject question = items.at(0).toObject();
        question.insert(QStringLiteral("text"),
                        QStringLiteral("Since we last met, have you felt unsafe?"));
        items.replace(0, question);
        risk.insert(QStringLiteral("item"), items);
        test::writeFile(pack + QStringLiteral("/risk.json"), toBytes(risk));
        QJsonObject extra = builtInJson("feedback");
        extra.insert(QStringLiteral("id"), QStringLiteral("service-extra"));
        extra.insert(QStringLiteral("title"), QStringLiteral("A service's own questions"));
        test::writeFile(pack + QStringLiteral("/extra.json"), toBytes(extra));
        test::writeFile(pack + QStringLiteral("/broken.json"), "{ nope");
        test::writeFile(pack + QStringLiteral("/notes.txt"), "not a definition");

        const MeasuresConfig config = MeasuresConfig::load(service);
        QCOMPARE(config.problems.size(), 1);
        QVERIFY(config.problems.first().contains(QStringLiteral("broken.json")));
        QCOMPARE(config.catalogue.find(QStringLiteral("risk"))->items.first().text,
                 QStringLiteral("Since we last met, have you felt unsafe?"));
        QVERIFY(config.catalogue.find(QStringLiteral("service-extra")));
        QVERIFY(config.catalogue.find(QStringLiteral("phq9")));
        QCOMPARE(config.catalogue.instruments().size(), 8);
        // The default risk rules still apply to the service's own risk question.
        QCOMPARE(config.risk.rules().size(), 2);
    }

    void serviceMeasuresJson()
    {
        const QString service = m_dir.filePath(QStringLiteral("service2"));
        QVERIFY(QDir().mkpath(service));
        test::writeFile(service + QStringLiteral("/measures.json"),
                        R"({"format": "dit-companion-measures", "version": 1,
                            "formOpensHoursBefore": 48,
                            "risk": {"rules": [{"instrument": "gad7", "item": "69736-7",
                                                "minScore": 3}]}})");
        MeasuresConfig c = MeasuresConfig::load(service);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.formOpensHoursBefore, 48);
        QCOMPARE(c.risk.rules().size(), 3); // the built-in two, and the service's
        QVERIFY(flagged(c, "gad7", "0,0,0,0,0,0,3"));
        QVERIFY(floorHolds(c));
        QCOMPARE(MeasuresConfig::load({}).catalogue.instruments().size(), 7);
    }

    // Each broken service file is reported naming the file and the field, its default is used,
    // and the built-in risk rules still hold (docs/CLINICAL_SAFETY.md H12). No number is read as
    // another: 1.5 or 1e308 is never taken as 0.
    void brokenMeasuresJsonKeepsTheFloor_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // empty: no problem expected
        const auto rules = [](const char *rule) {
            return QByteArray(QByteArray(R"({"format": "dit-companion-measures", "version": 1,
                                  "risk": {"rules": [)") +
                              rule + "]}}");
        };
        QTest::newRow("threshold above the item")
            << rules(R"({"instrument": "phq9", "item": "44260-8", "minScore": 4})")
            << "risk.rules[0]";
        QTest::newRow("threshold at the lowest score")
            << rules(R"({"instrument": "phq9", "item": "44260-8", "minScore": 0})")
            << "risk.rules[0]";
        QTest::newRow("threshold 1.5")
            << rules(R"({"instrument": "phq9", "item": "44260-8", "minScore": 1.5})")
            << "risk.rules[0]";
        QTest::newRow("threshold 1e308")
            << rules(R"({"instrument": "phq9", "item": "44260-8", "minScore": 1e308})")
            << "risk.rules[0]";
        QTest::newRow("threshold as text")
            << rules(R"({"instrument": "phq9", "item": "44260-8", "minScore": "1"})")
            << "risk.rules[0]";
        QTest::newRow("unknown answer code")
            << rules(R"({"instrument": "risk", "item": "risk-1", "answers": ["LA99-9"]})")
            << "risk.rules[0]";
        QTest::newRow("unknown item")
            << rules(R"({"instrument": "phq9", "item": "44260-9", "minScore": 1})")
            << "risk.rules[0]";
        QTest::newRow("unknown instrument")
            << rules(R"({"instrument": "bdi", "item": "9", "minScore": 1})") << "risk.rules[0]";
        QTest::newRow("neither threshold nor answers")
            << rules(R"({"instrument": "phq9", "item": "44260-8"})") << "risk.rules[0]";
        QTest::newRow("second of two broken")
            << rules(R"({"instrument": "gad7", "item": "69736-7", "minScore": 3},
                        {"instrument": "phq9", "item": "44260-8", "minScore": 9})")
            << "risk.rules[1]";
        QTest::newRow("rules not a list")
            << QByteArray(R"({"format": "dit-companion-measures", "version": 1,
                              "risk": {"rules": {"instrument": "phq9"}}})")
            << "\"risk\"";
        // Leaving the item 9 rule out removes nothing: the built-in rules always apply.
        QTest::newRow("item 9 left out")
            << rules(R"({"instrument": "risk", "item": "risk-1", "answers": ["LA33-6"]})") << "";
        QTest::newRow("no rules") << rules("") << "";
        for (const char *hours : {"1e308", "1.5", "-1", "337", "\"soon\""})
            QTest::addRow("window %s", hours)
                << QByteArray(QByteArray(R"({"format": "dit-companion-measures", "version": 1,
                                  "formOpensHoursBefore": )") +
                              hours + "}")
                << "formOpensHoursBefore";
        QTest::newRow("version 1.5") << QByteArray(R"({"format": "dit-companion-measures",
                                                      "version": 1.5, "risk": {"rules": []}})")
                                     << "\"version\"";
        QTest::newRow("not JSON") << QByteArray("{ nope") << "not valid JSON";
        QTest::newRow("problem words in brackets")
            << QByteArray(R"({"format": "dit-companion-measures", "version": 1,
                              "problemWords": "[problem]"})")
            << "problemWords";
    }

    void brokenMeasuresJsonKeepsTheFloor()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const QString service =
            m_dir.filePath(QStringLiteral("floor-%1").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(QDir().mkpath(service));
        test::writeFile(service + QStringLiteral("/measures.json"), json);
        const MeasuresConfig c = MeasuresConfig::load(service);
        if (field.isEmpty()) {
            QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(c.problems.size(), 1);
            QVERIFY2(c.problems.first().contains(QStringLiteral("measures.json")),
                     qPrintable(c.problems.first()));
            QVERIFY2(c.problems.first().contains(field), qPrintable(c.problems.first()));
        }
        QCOMPARE(c.formOpensHoursBefore, kDefaultFormOpensHoursBefore);
        QVERIFY(floorHolds(c));
    }

    // A pack whose risk question (or PHQ-9) no longer has what a built-in rule needs would
    // switch that rule off: the pack's definition is refused, the built-in one kept.
    void riskRuleForAMissingQuestionIsReported()
    {
        const QString service = m_dir.filePath(QStringLiteral("service3"));
        QVERIFY(QDir().mkpath(service + QStringLiteral("/instruments")));
        QJsonObject risk = builtInJson("risk");
        QJsonArray items = risk.value(QStringLiteral("item")).toArray();
        QJsonObject question = items.at(0).toObject();
        question.insert(QStringLiteral("linkId"), QStringLiteral("safety"));
        QJsonArray help = question.value(QStringLiteral("item")).toArray();
        QJsonObject h = help.at(0).toObject();
        h.insert(QStringLiteral("linkId"), QStringLiteral("safety-help"));
        help.replace(0, h);
        question.insert(QStringLiteral("item"), help);
        items.replace(0, question);
        risk.insert(QStringLiteral("item"), items);
        test::writeFile(service + QStringLiteral("/instruments/risk.json"), toBytes(risk));
        // PHQ-9 with item 9 under another linkId.
        const QJsonObject phq9 = phq9WithItems([](QJsonArray &phqItems) {
            QJsonObject item9 = phqItems.at(8).toObject();
            item9.insert(QStringLiteral("linkId"), QStringLiteral("item-9"));
            phqItems.replace(8, item9);
        });
        test::writeFile(service + QStringLiteral("/instruments/phq9.json"), toBytes(phq9));
        const MeasuresConfig c = MeasuresConfig::load(service);
        QCOMPARE(c.problems.size(), 2);
        const QString all = c.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("risk-1")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("44260-8")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("built-in definition is used")));
        QVERIFY(c.catalogue.find(QStringLiteral("risk"))->item(QStringLiteral("risk-1")));
        QVERIFY(c.catalogue.find(QStringLiteral("phq9"))->item(QStringLiteral("44260-8")));
        QVERIFY(floorHolds(c));
    }

    // The published WSAS prints "[problem]" for the clinician to fill in; a person never sees
    // the brackets. The default is the scale's own word; a service may choose its own.
    void wsasProblemWordsFillThePlaceholder()
    {
        const auto texts = [](const InstrumentCatalogue &catalogue) {
            QStringList out;
            for (const InstrumentItem &i : catalogue.find(QStringLiteral("wsas"))->items)
                out << i.text << i.help << i.stem;
            return out.join(QLatin1Char('\n'));
        };
        const QString builtIn = texts(InstrumentCatalogue::builtIn());
        QVERIFY(!builtIn.contains(QLatin1Char('[')));
        QVERIFY(builtIn.contains(QStringLiteral("Because of my problem my ability to work")));
        const QString service = m_dir.filePath(QStringLiteral("service4"));
        QVERIFY(QDir().mkpath(service));
        test::writeFile(service + QStringLiteral("/measures.json"),
                        R"({"format": "dit-companion-measures", "version": 1,
                            "problemWords": "mental health difficulties"})");
        const MeasuresConfig c = MeasuresConfig::load(service);
        QVERIFY(c.problems.isEmpty());
        QVERIFY(texts(c.catalogue)
                    .contains(QStringLiteral(
                        "Because of my mental health difficulties my ability to work")));
        QVERIFY(!texts(c.catalogue).contains(QLatin1Char('[')));
        // The built-ins are parsed once a process: a service's words never stay behind.
        QCOMPARE(texts(InstrumentCatalogue::builtIn()), builtIn);
    }
};

QTEST_GUILESS_MAIN(TestInstruments)
#include "tst_instruments.moc"
