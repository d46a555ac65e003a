#pragma once

#include "InstrumentCatalogue.h"
#include "ResponseStore.h"

#include <QByteArray>
#include <QJsonObject>

namespace dit {

// Project extensions used on exported QuestionnaireResponses (docs/MEASURES.md).
namespace fhirext {
inline constexpr char kSession[] =
    "http://ditcompanion.org/fhir/StructureDefinition/session-number";
inline constexpr char kTotal[] = "http://ditcompanion.org/fhir/StructureDefinition/score-total";
inline constexpr char kBand[] = "http://ditcompanion.org/fhir/StructureDefinition/score-band";
inline constexpr char kFlag[] = "http://ditcompanion.org/fhir/StructureDefinition/flag";
inline constexpr char kReplaces[] = "http://ditcompanion.org/fhir/StructureDefinition/replaces";
} // namespace fhirext

// "urn:uuid:8-4-4-4-12" for a 32-hex record id: the bundle's fullUrl and references.
QString responseUrn(const QString &recordId);

// One response as a FHIR R4 QuestionnaireResponse. Answered questions only, grouped as in the
// Questionnaire; a correction has status "amended" and a replaces extension naming the response
// it replaces (which stays "completed"). Session, total, band and flags are extensions.
QJsonObject toQuestionnaireResponse(const StoredResponse &response, const Instrument *instrument);

// Every response (all versions) as a FHIR R4 Bundle of type "collection".
QJsonObject toFhirBundle(const QList<StoredResponse> &responses,
                         const InstrumentCatalogue &catalogue, const QDateTime &timestamp);

// One row per response, one column per question ("phq9:44250-9": the answer's score, or its
// words for unscored questions, or the text typed) plus totals. RFC 4180 (CRLF, quoted where
// needed); typed text that a spreadsheet would run as a formula is prefixed with '.
QByteArray toCsv(const QList<StoredResponse> &responses, const InstrumentCatalogue &catalogue);

} // namespace dit
