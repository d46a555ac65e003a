#pragma once

#include "InstrumentCatalogue.h"
#include "ResponseStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>

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

// For a therapist's export (docs/THERAPIST.md): patient id (the responses' subject) -> label. When
// given, each QuestionnaireResponse names its subject (an identifier in the system below,
// whose value is the patient's random id, with the label as display) and the CSV starts
// with patient_id and patient columns. Without it the export is as a patient's own.
using PatientLabels = QMap<QString, QString>;
inline constexpr char kPatientIdSystem[] = "http://ditcompanion.org/fhir/patient-id";

// One response as a FHIR R4 QuestionnaireResponse. Answered questions only, grouped as in the
// Questionnaire; a correction has status "amended" and a replaces extension naming the response
// it replaces (which stays "completed"). Session, total, band and flags are extensions.
QJsonObject toQuestionnaireResponse(const StoredResponse &response, const Instrument *instrument,
                                    const PatientLabels &patients = {});

// Every response (all versions) as a FHIR R4 Bundle of type "collection".
QJsonObject toFhirBundle(const QList<StoredResponse> &responses,
                         const InstrumentCatalogue &catalogue, const QDateTime &timestamp,
                         const PatientLabels &patients = {});

// One row per response, one column per question ("phq9:44250-9": the answer's score, or its
// words for unscored questions, or the text typed) plus totals. RFC 4180 (CRLF, quoted where
// needed); typed text that a spreadsheet would run as a formula is prefixed with '.
QByteArray toCsv(const QList<StoredResponse> &responses, const InstrumentCatalogue &catalogue,
                 const PatientLabels &patients = {});

} // namespace dit
