#pragma once

#include "measures/Progress.h"

#include <QVariantList>

namespace dit {

// The measures' totals in the shape ScoreChart.qml draws: [{instrument, name, maximum,
// caseness, bands: [{min, max, label}], points: [{session, total, band}]}], for instruments
// with severity bands. Shared by the patient's progress page (Measures) and the therapist's
// dashboard (PatientDashboard), so both draw the same thing.
QVariantList chartSeriesFor(const QList<ProgressSeries> &series);

} // namespace dit
