#pragma once

#include "Instrument.h"
#include "common/Result.h"

#include <QByteArray>

namespace dit {

// Project-defined FHIR extensions (docs/MEASURES.md). One base so a service's tools can
// find them; the standard ones (ordinalValue, questionnaire-optionPrefix) are HL7's.
namespace fhirext {
inline constexpr char kBase[] = "http://ditcompanion.org/fhir/StructureDefinition/";
inline constexpr char kScoringRule[] =
    "http://ditcompanion.org/fhir/StructureDefinition/scoring-rule";
inline constexpr char kSource[] =
    "http://ditcompanion.org/fhir/StructureDefinition/instrument-source";
inline constexpr char kWordingNote[] =
    "http://ditcompanion.org/fhir/StructureDefinition/wording-note";
inline constexpr char kOrdinalValue[] = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
inline constexpr char kOptionPrefix[] =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix";
} // namespace fhirext

// Reads and checks one FHIR R4 Questionnaire. Anything malformed or inconsistent (duplicate
// linkIds, a choice without answers, scores missing on a scored instrument, a condition on an
// unknown question, a definition its scoring rule cannot score, no source or licence) is
// refused with an error whose message names `fileName` and the problem.
Result<Instrument> parseInstrument(const QByteArray &json, const QString &fileName);

} // namespace dit
