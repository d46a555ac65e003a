#include "ClockWatch.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dit {

int ClockWatch::offsetNow() const
{
    return m_zone.isValid() ? m_zone.offsetFromUtc(m_clock.now())
                            : m_clock.now().toLocalTime().offsetFromUtc();
}

ClockJump ClockWatch::check() const
{
    const QJsonObject last =
        QJsonDocument::fromJson(m_settings.value(QString::fromLatin1(kKey)).toUtf8()).object();
    ClockJump jump;
    jump.offsetSeconds = offsetNow();
    if (!last.value(QStringLiteral("utcMs")).isDouble() ||
        !last.value(QStringLiteral("offset")).isDouble())
        return jump;
    jump.lastSeen =
        QDateTime::fromMSecsSinceEpoch(last.value(QStringLiteral("utcMs")).toInteger(), Qt::UTC);
    jump.lastOffsetSeconds = last.value(QStringLiteral("offset")).toInt();
    jump.wentBack = m_clock.now().secsTo(jump.lastSeen) > kSlackSeconds;
    jump.zoneChanged = jump.offsetSeconds != jump.lastOffsetSeconds;
    return jump;
}

Status ClockWatch::remember()
{
    const QJsonObject seen{{QStringLiteral("utcMs"), double(m_clock.now().toMSecsSinceEpoch())},
                           {QStringLiteral("offset"), offsetNow()}};
    return m_settings.setValue(
        QString::fromLatin1(kKey),
        QString::fromUtf8(QJsonDocument(seen).toJson(QJsonDocument::Compact)));
}

} // namespace dit
