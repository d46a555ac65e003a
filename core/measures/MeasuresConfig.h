#pragma once

#include "FormPlanner.h"
#include "InstrumentCatalogue.h"
#include "RiskPolicy.h"

#include <QStringList>

namespace dit {

// What a service configures about measures, from its configuration folder (the same
// --service folder as service.json):
//   instruments/*.json  an instrument pack (FHIR Questionnaires; see InstrumentCatalogue)
//   measures.json       {"format": "dit-companion-measures", "version": 1,
//                        "formOpensHoursBefore": 72, "problemWords": "problem",
//                        "risk": {"rules": [...]}}
// Anything missing falls back to the built-in default; anything broken is reported in
// `problems` ("file: field: problem") and its default used instead. The built-in risk rules
// always apply (the safety floor): a pack instrument that would leave one unable to match is
// refused and the built-in definition kept; a broken service rule is ignored.
struct MeasuresConfig
{
    InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    RiskPolicy risk = RiskPolicy::defaults();
    int formOpensHoursBefore = kDefaultFormOpensHoursBefore;
    QStringList problems;

    static MeasuresConfig load(const QString &serviceFolder);
    static MeasuresConfig builtIn() { return {}; }
};

} // namespace dit
