#include "MeasuresConfig.h"

#include "common/JsonNumber.h"
#include "common/Logging.h"
#include "common/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Instruments", text);
}

QString problem(const QString &file, const char *what)
{
    return tr("%1: %2").arg(file, tr(what));
}

// measures.json, if there is one and it is sound; an empty object otherwise.
QJsonObject readMeasuresJson(const QString &path, QStringList *problems)
{
    if (!QFile::exists(path))
        return {};
    const auto bytes = readRegularFile(path, qint64(1024) * 1024);
    if (!bytes) {
        problems->append(bytes.error().message);
        return {};
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        problems->append(problem(path, "not valid JSON."));
        return {};
    }
    QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() !=
            QStringLiteral("dit-companion-measures") ||
        wholeNumber(root.value(QStringLiteral("version")), 1, 1) != 1) {
        problems->append(
            problem(path, "\"format\" must be \"dit-companion-measures\" with \"version\" 1."));
        return {};
    }
    return root;
}

// The words for "[problem]": a short plain phrase, never brackets.
QString problemWords(const QJsonObject &root, const QString &path, QStringList *problems)
{
    const QJsonValue v = root.value(QStringLiteral("problemWords"));
    if (v.isUndefined())
        return {};
    QString words = v.toString().trimmed();
    if (!v.isString() || words.isEmpty() || words.size() > 60 || words.contains(QLatin1Char('[')) ||
        words.contains(QLatin1Char(']'))) {
        problems->append(problem(path,
                                 "\"problemWords\" must be a short phrase (1 to 60 characters, no "
                                 "brackets); the default is used."));
        return {};
    }
    return words;
}

// A pack definition that replaces phq9 or risk so that a built-in rule cannot match (say its
// item 9 has another linkId) would switch that rule off: the built-in definition is kept.
void keepTheFloor(MeasuresConfig *c, const QString &packFolder, const QString &words)
{
    const InstrumentCatalogue builtIns = InstrumentCatalogue::builtIn(words);
    const RiskPolicy floor = RiskPolicy::defaults(); // kept: the loop reads its rules
    for (const RiskRule &rule : floor.rules()) {
        const QString why = rule.problemWith(c->catalogue);
        if (why.isEmpty())
            continue;
        c->catalogue.add(*builtIns.find(rule.instrument));
        c->problems.append(tr("%1: the \"%2\" definition cannot be used: %3 The built-in risk "
                              "rule needs it, so the built-in definition is used instead.")
                               .arg(packFolder, rule.instrument, why));
    }
}

} // namespace

MeasuresConfig MeasuresConfig::load(const QString &serviceFolder)
{
    MeasuresConfig c;
    if (serviceFolder.isEmpty())
        return c;
    const QDir dir(serviceFolder);
    const QString path = dir.filePath(QStringLiteral("measures.json"));
    QStringList measuresProblems;
    const QJsonObject root = readMeasuresJson(path, &measuresProblems);
    const QString words = problemWords(root, path, &measuresProblems);

    const QString pack = dir.filePath(QStringLiteral("instruments"));
    c.catalogue = InstrumentCatalogue::withPack(pack, words);
    c.problems = c.catalogue.problems();
    keepTheFloor(&c, pack, words);
    c.problems += measuresProblems;

    const QJsonValue hours = root.value(QStringLiteral("formOpensHoursBefore"));
    if (const auto h = wholeNumber(hours, 0, 24 * 14))
        c.formOpensHoursBefore = *h;
    else if (!hours.isUndefined())
        c.problems.append(tr("%1: \"formOpensHoursBefore\" must be a whole number of hours, 0 to "
                             "336; the default (%2) is used.")
                              .arg(path)
                              .arg(kDefaultFormOpensHoursBefore));
    c.risk = RiskPolicy::withServiceRules(root.value(QStringLiteral("risk")), c.catalogue, path,
                                          &c.problems);
    if (!c.problems.isEmpty())
        qCWarning(lcMeasures) << "service measures configuration has problems (listed in "
                                 "Settings and by ditc service check)";
    return c;
}

} // namespace dit
