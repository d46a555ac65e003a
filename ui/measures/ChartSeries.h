#pragma once

#include "measures/Progress.h"

#include <QVariantList>

namespace dit {

// Who reads the chart: the patient ("Your low mood score ...") or their therapist.
enum class ChartReader { Patient, Therapist };

// The measures' totals in the shape ScoreChart.qml draws: [{instrument, name, title, maximum,
// caseness, cutOffText, headline, summary, description, bands: [{min, max, label}], points:
// [{session, total, band}]}], for instruments with severity bands. `headline` is the short
// line read first ("Your low mood score went from 19 to 9"); `summary` says in plain words how
// the total changed from the first to the last session, by the reliable-change rule of
// docs/MEASURES.md; `description` is what a screen reader says for the whole chart. Shared by
// the patient's progress page (Measures) and the therapist's dashboard (PatientDashboard), so
// both draw the same thing.
// `patient` names the patient in the therapist's words ("A.K.'s low mood score ...").
QVariantList chartSeriesFor(const QList<ProgressSeries> &series,
                            ChartReader reader = ChartReader::Patient, const QString &patient = {});

} // namespace dit
