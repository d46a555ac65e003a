#pragma once

#include "common/Result.h"
#include "measures/InstrumentCatalogue.h"

#include <QByteArray>
#include <QDateTime>

namespace dit {

class Store;

namespace caseload {

enum class ExportFormat { Fhir, Csv };

// Every response (every version, corrections included) of one patient, or of the whole
// caseload when `patientId` is empty (archived patients too), as a FHIR R4 Bundle or CSV
// (measures/ResponseExport.h) naming each response's patient by their random id and label.
Result<QByteArray> exportResponses(Store &store, const InstrumentCatalogue &catalogue,
                                   const QString &patientId, ExportFormat format,
                                   const QDateTime &timestamp);

} // namespace caseload

} // namespace dit
