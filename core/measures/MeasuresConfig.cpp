#include "MeasuresConfig.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dit {

namespace {

QString problem(const QString &file, const char *what)
{
    return QCoreApplication::translate("Instruments", "%1: %2")
        .arg(file, QCoreApplication::translate("Instruments", what));
}

// measures.json, if there is one: the form window and the risk rules.
void readMeasuresJson(const QString &path, MeasuresConfig *c)
{
    QFile f(path);
    if (!f.exists())
        return;
    if (!f.open(QIODevice::ReadOnly)) {
        c->problems.append(problem(path, "could not be read."));
        return;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(qint64(1024) * 1024), &err);
    const QJsonObject root = doc.object();
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        c->problems.append(problem(path, "not valid JSON."));
        return;
    }
    if (root.value(QStringLiteral("format")).toString() !=
            QStringLiteral("dit-companion-measures") ||
        root.value(QStringLiteral("version")).toInt() != 1) {
        c->problems.append(
            problem(path, "\"format\" must be \"dit-companion-measures\" with \"version\" 1."));
        return;
    }
    const QJsonValue hours = root.value(QStringLiteral("formOpensHoursBefore"));
    if (hours.isDouble() && hours.toInt() >= 0 && hours.toInt() <= 24 * 14)
        c->formOpensHoursBefore = hours.toInt();
    else if (!hours.isUndefined())
        c->problems.append(
            problem(path, "\"formOpensHoursBefore\" must be a number of hours, 0 to 336."));
    if (root.contains(QStringLiteral("risk"))) {
        auto risk = RiskPolicy::fromJson(root.value(QStringLiteral("risk")).toObject(), path);
        if (risk)
            c->risk = risk.value();
        else
            c->problems.append(risk.error().message);
    }
}

} // namespace

MeasuresConfig MeasuresConfig::load(const QString &serviceFolder)
{
    MeasuresConfig c;
    if (serviceFolder.isEmpty())
        return c;
    const QDir dir(serviceFolder);
    c.catalogue = InstrumentCatalogue::withPack(dir.filePath(QStringLiteral("instruments")));
    c.problems = c.catalogue.problems();
    const QString path = dir.filePath(QStringLiteral("measures.json"));
    readMeasuresJson(path, &c);
    // A rule that can never match (its question is not in the instrument, say after a pack
    // replaced it) would silently stop flagging answers: say so.
    for (const RiskRule &r : c.risk.rules()) {
        const Instrument *q = c.catalogue.find(r.instrument);
        if (!q || !q->item(r.item))
            c.problems.append(QCoreApplication::translate(
                                  "Instruments", "%1: the risk rule for \"%2\" question \"%3\" "
                                                 "names a question that does not exist, so it "
                                                 "can never flag an answer.")
                                  .arg(path, r.instrument, r.item));
    }
    if (!c.problems.isEmpty())
        qCWarning(lcMeasures) << "service measures configuration has problems; defaults used";
    return c;
}

} // namespace dit
