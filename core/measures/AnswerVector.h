#pragma once

#include "Instrument.h"
#include "common/Result.h"

namespace dit {

// Reads answers written as a comma-separated list, one entry per question in the order the
// instrument asks them (ditc's --answers, tests). An entry is an answer code, or a number: the
// answer's score for scored questions, its position from 0 otherwise. An empty entry or "-"
// leaves the question unanswered; entries may stop early. For a text question the entry is the
// text. Anything else is refused with a reason naming the question.
Result<Answers> parseAnswerVector(const Instrument &instrument, const QString &vector);

} // namespace dit
