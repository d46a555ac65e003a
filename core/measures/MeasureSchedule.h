#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace dit {

// Which instruments are due at which session. The default (docs/MEASURES.md): PHQ-9,
// GAD-7, WSAS and the risk question every session; the Relationship Questionnaire and SOS-10
// at the first and last sessions; the feedback questionnaire at the last. A course can
// override any session's list (kept as edits on top of the default, so a course that gets
// longer still has RQ, SOS-10 and feedback at its new last session).
class MeasureSchedule
{
public:
    static MeasureSchedule defaults(int totalSessions);

    int totalSessions() const { return m_total; }
    // In the order a form asks them: the order of `instrumentOrder()`, then any others.
    QStringList instrumentsFor(int session) const;
    void setInstruments(int session, const QStringList &instruments);
    bool isEdited(int session) const { return m_overrides.contains(session); }
    void resetToDefault(int session) { m_overrides.remove(session); }

    // {"overrides": {"5": ["phq9", "gad7"]}}: only the edits.
    QJsonObject toJson() const;
    static Result<MeasureSchedule> fromJson(const QJsonObject &json, int totalSessions);

    static QStringList instrumentOrder();

private:
    int m_total = 16;
    QMap<int, QStringList> m_overrides;
};

} // namespace dit
