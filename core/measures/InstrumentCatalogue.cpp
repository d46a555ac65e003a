#include "InstrumentCatalogue.h"

#include "InstrumentParser.h"
#include "common/Logging.h"
#include "common/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace dit {

namespace {
constexpr qint64 kMaxDefinitionBytes = qint64(1024) * 1024;
// Built-in order is also the order a form asks them in (MeasureSchedule).
const char *const kBuiltIn[] = {"phq9", "gad7", "wsas", "risk", "sos10", "rq", "feedback"};

// A published form's "[problem]" is for the clinician to fill in; a person never sees the
// brackets.
void fillProblemWords(Instrument *q, const QString &words)
{
    const QString placeholder = QStringLiteral("[problem]");
    const QString with = words.isEmpty() ? QString::fromLatin1(kDefaultProblemWords) : words;
    for (InstrumentItem &i : q->items) {
        i.text.replace(placeholder, with);
        i.help.replace(placeholder, with);
        i.stem.replace(placeholder, with);
    }
    for (QString &text : q->groupTexts)
        text.replace(placeholder, with);
}

// The built-in definitions as parsed, before "[problem]" is filled in: parsed once a process
// (they are in the resources and never change), because the app's start reads them more than
// once (reminders, the Measures tab; docs/PERFORMANCE.md). Copies share their data.
const QList<Instrument> &parsedBuiltIns()
{
    static const QList<Instrument> parsed = [] {
        QList<Instrument> out;
        for (const char *id : kBuiltIn) {
            const QString path = QStringLiteral(":/dit/instruments/%1.json").arg(QLatin1String(id));
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("built-in instrument %s missing from resources", id);
            auto one = parseInstrument(f.readAll(), path);
            if (!one)
                qFatal("built-in instrument is invalid: %s", qPrintable(one.error().message));
            out.append(one.value());
        }
        return out;
    }();
    return parsed;
}

} // namespace

InstrumentCatalogue InstrumentCatalogue::builtIn(const QString &problemWords)
{
    InstrumentCatalogue c;
    for (Instrument q : parsedBuiltIns()) {
        fillProblemWords(&q, problemWords);
        c.m_instruments.append(q);
    }
    return c;
}

InstrumentCatalogue InstrumentCatalogue::withPack(const QString &packFolder,
                                                  const QString &problemWords)
{
    InstrumentCatalogue c = builtIn(problemWords);
    if (packFolder.isEmpty() || !QDir(packFolder).exists())
        return c;
    const QDir dir(packFolder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        const auto bytes = readRegularFile(path, kMaxDefinitionBytes);
        if (!bytes) {
            c.addProblem(bytes.error().message);
            continue;
        }
        auto parsed = parseInstrument(bytes.value(), path);
        if (!parsed) {
            qCWarning(lcMeasures) << "an instrument definition in the pack was rejected";
            c.addProblem(parsed.error().message);
            continue;
        }
        fillProblemWords(&parsed.value(), problemWords);
        c.add(parsed.value());
    }
    return c;
}

const Instrument *InstrumentCatalogue::find(const QString &id) const
{
    for (const Instrument &i : m_instruments)
        if (i.id == id)
            return &i;
    return nullptr;
}

QStringList InstrumentCatalogue::ids() const
{
    QStringList out;
    for (const Instrument &i : m_instruments)
        out.append(i.id);
    return out;
}

void InstrumentCatalogue::add(const Instrument &instrument)
{
    for (Instrument &existing : m_instruments)
        if (existing.id == instrument.id) {
            existing = instrument;
            return;
        }
    m_instruments.append(instrument);
}

} // namespace dit
