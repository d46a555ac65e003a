#include "MeasureSchedule.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dit {

QStringList MeasureSchedule::instrumentOrder()
{
    return {QStringLiteral("phq9"),    QStringLiteral("gad7"),  QStringLiteral("wsas"),
            QStringLiteral("risk"),    QStringLiteral("sos10"), QStringLiteral("rq"),
            QStringLiteral("feedback")};
}

MeasureSchedule MeasureSchedule::defaults(int totalSessions)
{
    MeasureSchedule s;
    s.m_total = std::max(1, totalSessions);
    return s;
}

QStringList MeasureSchedule::instrumentsFor(int session) const
{
    if (session < 1 || session > m_total)
        return {};
    QStringList chosen;
    if (m_overrides.contains(session)) {
        chosen = m_overrides.value(session);
    } else {
        chosen = {QStringLiteral("phq9"), QStringLiteral("gad7"), QStringLiteral("wsas"),
                  QStringLiteral("risk")};
        if (session == 1 || session == m_total)
            chosen << QStringLiteral("sos10") << QStringLiteral("rq");
        if (session == m_total)
            chosen << QStringLiteral("feedback");
    }
    QStringList ordered;
    for (const QString &id : instrumentOrder())
        if (chosen.contains(id))
            ordered.append(id);
    for (const QString &id : chosen)
        if (!ordered.contains(id))
            ordered.append(id);
    return ordered;
}

void MeasureSchedule::setInstruments(int session, const QStringList &instruments)
{
    if (session >= 1 && session <= m_total)
        m_overrides.insert(session, instruments);
}

QJsonObject MeasureSchedule::toJson() const
{
    QJsonObject overrides;
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
        overrides.insert(QString::number(it.key()), QJsonArray::fromStringList(it.value()));
    return {{QStringLiteral("overrides"), overrides}};
}

Result<MeasureSchedule> MeasureSchedule::fromJson(const QJsonObject &json, int totalSessions)
{
    MeasureSchedule s = defaults(totalSessions);
    const QJsonObject overrides = json.value(QStringLiteral("overrides")).toObject();
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        bool ok = false;
        const int session = it.key().toInt(&ok);
        if (!ok || session < 1 || !it.value().isArray())
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate("Schedule", "The form schedule is not valid."));
        QStringList ids;
        for (const QJsonValue &v : it.value().toArray())
            ids.append(v.toString());
        // Edits for sessions beyond a course that became shorter are kept but not used.
        s.m_overrides.insert(session, ids);
    }
    return s;
}

} // namespace dit
