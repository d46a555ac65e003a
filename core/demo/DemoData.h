#pragma once

#include "common/Result.h"
#include "storage/Store.h"

#include <QDateTime>

namespace dit::demo {

// Fills a throwaway profile with a realistic, invented course as of `now`: a patient heading
// to session 7 of 16. Used by `dit-companion --demo`, screenshots and benchmarks; never run on
// a real profile. Each feature adds its part in its own file (DemoCourse.cpp, ...).
Status fill(Store &store, const QDateTime &now);

// The parts, in the order fill() runs them.
Status fillCourse(Store &store, const QDateTime &now);

} // namespace dit::demo
