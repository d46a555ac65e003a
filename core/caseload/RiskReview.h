#pragma once

#include "measures/InstrumentCatalogue.h"
#include "measures/ResponseStore.h"
#include "measures/RiskPolicy.h"

#include <optional>

namespace dit {

// A response flagged for the therapist (ResponseStore: `risk`), with what was answered and
// whether the therapist has acknowledged it.
struct RiskAnswer
{
    StoredResponse response;
    QString instrumentName;    // "PHQ-9"
    QStringList answerTexts;   // "9. Thoughts that you would be better off dead…: Several days"
    QString acknowledgementId; // empty until acknowledged
    QDateTime acknowledgedAt;
    bool acknowledged() const { return !acknowledgementId.isEmpty(); }
};

// Risk answers and their acknowledgement (docs/THERAPIST.md). Every flagged response counts, every
// version of it: a correction that takes the answer back does not clear the flag, because
// the answer was given and someone should have seen it. The flag clears only when the
// therapist acknowledges that response: an immutable "risk-acknowledgement" record naming
// it, made at the time shown (the record's time) on the device that made it.
class RiskReview
{
public:
    static constexpr const char *kKind = "risk-acknowledgement";

    RiskReview(RecordStore &records, const InstrumentCatalogue &catalogue,
               RiskPolicy risk = RiskPolicy::defaults());

    // Newest first: unacknowledged ones, then acknowledged ones.
    Result<QList<RiskAnswer>> answers(const QString &subject);
    Result<int> unacknowledgedCount(const QString &subject);
    // Records the acknowledgement (once: acknowledging again returns the first record's id).
    // Refuses a response that is not this subject's or not flagged.
    Result<QString> acknowledge(const QString &responseId, const QString &subject);

private:
    RecordStore &m_records;
    const InstrumentCatalogue &m_catalogue;
    RiskPolicy m_risk;
};

} // namespace dit
