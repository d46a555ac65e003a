#pragma once

#include "common/Result.h"
#include "focus/Focus.h"
#include "letters/Letter.h"
#include "measures/Instrument.h"
#include "storage/Store.h"

#include <QDateTime>

namespace dit::demo {

// Where in therapy the demo person is: heading to session 2, 7 or 14 of 16, or a few weeks
// after the last session. New: a fresh profile with nothing entered yet (no course).
// Therapist: a therapist's profile with an invented caseload (fillCaseload).
enum class Stage { Beginning, Middle, Ending, After, New, Therapist };
bool stageFromName(const QString &name, Stage *stage);
// The session the demo person is heading to (17 for After: the course is over).
int nextSessionAt(Stage stage);

// Fills a throwaway profile with a realistic, invented course as of `now`. Used by
// `dit-companion --demo`, screenshots and benchmarks; never run on a real profile. Each feature
// adds its part in its own file (DemoCourse.cpp, ...) and its call to fill().
Status fill(Store &store, const QDateTime &now, Stage stage = Stage::Middle);

// The parts, in the order fill() runs them.
Status fillCourse(Store &store, const QDateTime &now, Stage stage);
Status fillMeasures(Store &store, const QDateTime &now, Stage stage);
Status fillLetter(Store &store, const QDateTime &now, Stage stage);
Status fillFocusAndNotes(Store &store, Stage stage);

// For benchmarks (bench/): `weeks` weekly forms (PHQ-9, GAD-7, WSAS, the risk question), one
// transaction each, the last a week before `now`; session numbers 1..weeks; for `subject`
// (empty: the profile's owner, else a patient in a caseload). Invented data.
Status fillHistory(Store &store, const QDateTime &now, int weeks, const QString &subject = {});

// Pieces the therapist's demo (DemoCaseload.cpp) shares with the patient's.
// Spreads `total` over `count` scored answers of at most `cap` each, front to back.
QList<int> spread(int total, int count, int cap);
// Answers that score `scores`, one per scored question in order.
Answers scored(const Instrument &q, const QList<int> &scores);
Letter therapistLetter(bool final, const QDate &date);
Focus agreedInSessionFour();
Focus refinedInSessionNine();

// A therapist's caseload (docs/THERAPIST.md): `patients` invented patients with pseudonymous labels
// ("A.K."), at different stages of a 16-session course, with answers, focus, letters and
// one unacknowledged risk answer; the first eight are the hand-made demo (`--demo-stage
// therapist`), the rest are generated from `seed` (benchmarks: a 200-patient caseload).
// Fills a therapist's store as of `now`; never run on a real profile.
Status fillCaseload(Store &store, const QDateTime &now, int patients = 8, quint32 seed = 1);

} // namespace dit::demo
