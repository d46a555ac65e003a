#include "ClockWatch.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dit {

namespace {

// Clock::sinceBoot's id where the system gives none (not Linux or Android): such readings may
// come from different boots, on a clock that may pause in sleep, so they are not compared.
bool comparableBoot(const QByteArray &bootId)
{
    return !bootId.isEmpty() && bootId != QByteArrayLiteral("unknown-boot");
}

QJsonObject readJson(const Settings &settings, const char *key)
{
    return QJsonDocument::fromJson(settings.value(QString::fromLatin1(key)).toUtf8()).object();
}

} // namespace

int ClockWatch::offsetNow() const
{
    return m_zone.isValid() ? m_zone.offsetFromUtc(m_clock.now())
                            : m_clock.now().toLocalTime().offsetFromUtc();
}

// The server's time last seen, carried on to now by the boot clock where the boot is the same;
// otherwise the true time now is at least the server's time then.
void ClockWatch::compareWithServer(ClockJump &jump) const
{
    const QJsonObject seen = readJson(m_settings, kServerKey);
    if (!seen.value(QStringLiteral("utcMs")).isDouble())
        return; // never synced: nothing to compare with
    const QDateTime now = m_clock.now();
    const QDateTime server =
        QDateTime::fromMSecsSinceEpoch(seen.value(QStringLiteral("utcMs")).toInteger(), Qt::UTC);
    const BootTime boot = m_clock.sinceBoot();
    const QJsonValue bootMs = seen.value(QStringLiteral("bootMs"));
    if (comparableBoot(boot.bootId) &&
        seen.value(QStringLiteral("bootId")).toString().toUtf8() == boot.bootId &&
        bootMs.isDouble() && boot.ms >= bootMs.toInteger()) {
        const QDateTime carried = server.addMSecs(boot.ms - bootMs.toInteger());
        jump.serverOffSeconds = carried.secsTo(now);
        jump.offFromServer = qAbs(jump.serverOffSeconds) > kServerToleranceSeconds;
    } else if (now.secsTo(server) > kServerToleranceSeconds) {
        jump.serverOffSeconds = server.secsTo(now);
        jump.offFromServer = true;
    }
}

ClockJump ClockWatch::check() const
{
    const QJsonObject last = readJson(m_settings, kKey);
    ClockJump jump;
    jump.offsetSeconds = offsetNow();
    compareWithServer(jump);
    if (!last.value(QStringLiteral("utcMs")).isDouble() ||
        !last.value(QStringLiteral("offset")).isDouble())
        return jump;
    const QDateTime now = m_clock.now();
    jump.lastSeen =
        QDateTime::fromMSecsSinceEpoch(last.value(QStringLiteral("utcMs")).toInteger(), Qt::UTC);
    jump.lastOffsetSeconds = last.value(QStringLiteral("offset")).toInt();
    jump.wentBack = now.secsTo(jump.lastSeen) > kSlackSeconds;
    jump.zoneChanged = jump.offsetSeconds != jump.lastOffsetSeconds;

    // The same boot: the wall clock should have moved as far as the boot clock did.
    const BootTime boot = m_clock.sinceBoot();
    const QJsonValue lastBootMs = last.value(QStringLiteral("bootMs"));
    if (comparableBoot(boot.bootId) &&
        last.value(QStringLiteral("bootId")).toString().toUtf8() == boot.bootId &&
        lastBootMs.isDouble()) {
        const qint64 bootPassedMs = boot.ms - lastBootMs.toInteger();
        // A boot clock that went back (an edited setting) cannot be compared.
        if (bootPassedMs >= 0) {
            const qint64 driftMs = jump.lastSeen.msecsTo(now) - bootPassedMs;
            jump.wentForward = driftMs > kSlackSeconds * 1000;
            jump.wentBack = jump.wentBack || driftMs < -kSlackSeconds * 1000;
        }
    }
    return jump;
}

Status ClockWatch::remember()
{
    const BootTime boot = m_clock.sinceBoot();
    const QJsonObject seen{{QStringLiteral("utcMs"), double(m_clock.now().toMSecsSinceEpoch())},
                           {QStringLiteral("offset"), offsetNow()},
                           {QStringLiteral("bootId"), QString::fromUtf8(boot.bootId)},
                           {QStringLiteral("bootMs"), double(boot.ms)}};
    return m_settings.setValue(
        QString::fromLatin1(kKey),
        QString::fromUtf8(QJsonDocument(seen).toJson(QJsonDocument::Compact)));
}

Status ClockWatch::rememberServerTime(const QDateTime &serverUtc)
{
    if (!serverUtc.isValid())
        return makeError(ErrorCode::BadInput, QStringLiteral("no server time"));
    const BootTime boot = m_clock.sinceBoot();
    const QJsonObject seen{{QStringLiteral("utcMs"), double(serverUtc.toMSecsSinceEpoch())},
                           {QStringLiteral("bootId"), QString::fromUtf8(boot.bootId)},
                           {QStringLiteral("bootMs"), double(boot.ms)}};
    return m_settings.setValue(
        QString::fromLatin1(kServerKey),
        QString::fromUtf8(QJsonDocument(seen).toJson(QJsonDocument::Compact)));
}

} // namespace dit
