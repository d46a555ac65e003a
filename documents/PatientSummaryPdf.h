#pragma once

#include "caseload/PatientOverview.h"
#include "common/Result.h"

#include <QByteArray>

namespace dit::documents {

// A patient's summary for the service's records (docs/THERAPIST.md): the course and its timeline
// (attendance in words), every session's totals, caseness and reliable change, SOS-10 and
// RQ at the start and the end, and the risk answers with when each was acknowledged. The
// patient appears only by the therapist's pseudonymous label. The document's metadata names
// nobody (no title, author, subject, keywords or creator). Needs a QGuiApplication.
// `generated`: the time printed on it.
Result<QByteArray> patientSummaryPdf(const PatientOverview &overview, const QDateTime &generated);

// The same, written atomically to `path`; refuses to replace an existing file.
Status writePatientSummaryPdf(const PatientOverview &overview, const QDateTime &generated,
                              const QString &path);

} // namespace dit::documents
