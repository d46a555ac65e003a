#pragma once

#include "Instrument.h"

#include <QList>
#include <QStringList>

namespace dit {

// What stands in a question for the published form's "[problem]" unless a service says
// otherwise: the word the WSAS's own instructions use ("how much your problem impairs your
// ability", docs/MEASURES.md).
inline constexpr char kDefaultProblemWords[] = "problem";

// The instruments this app can give: the built-in definitions (core/resources/instruments)
// and, on top, a service's instrument pack. A pack file with a built-in's id replaces it (a
// service's own risk question or feedback form); a new id adds an instrument. A definition
// that fails its checks is left out and its problem kept, so the app keeps working with the
// valid ones.
class InstrumentCatalogue
{
public:
    // The built-ins only. They are checked by the tests; a broken one stops the app at start
    // rather than silently dropping a questionnaire. `problemWords` fill the "[problem]" of
    // a published form (WSAS); empty means kDefaultProblemWords.
    static InstrumentCatalogue builtIn(const QString &problemWords = {});
    // The built-ins, then every *.json in `packFolder` (if given and present).
    static InstrumentCatalogue withPack(const QString &packFolder,
                                        const QString &problemWords = {});

    const Instrument *find(const QString &id) const;
    const QList<Instrument> &instruments() const { return m_instruments; }
    QStringList ids() const;
    // "file: problem" for each definition that was left out.
    const QStringList &problems() const { return m_problems; }

    // Adds or replaces by id.
    void add(const Instrument &instrument);
    void addProblem(const QString &problem) { m_problems.append(problem); }

private:
    QList<Instrument> m_instruments;
    QStringList m_problems;
};

} // namespace dit
