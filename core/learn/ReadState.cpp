#include "ReadState.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dit {

namespace {
QJsonObject load(const Settings &settings)
{
    return QJsonDocument::fromJson(settings.value(QString::fromLatin1(ReadState::kKey)).toUtf8())
        .object();
}

Status save(Settings &settings, const QJsonObject &read)
{
    return settings.setValue(QString::fromLatin1(ReadState::kKey),
                             QString::fromUtf8(QJsonDocument(read).toJson(QJsonDocument::Compact)));
}
} // namespace

QSet<QString> ReadState::readIds() const
{
    const QStringList keys = load(m_settings).keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QDateTime ReadState::readAt(const QString &id) const
{
    const QJsonValue v = load(m_settings).value(id);
    return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(v.toInteger(), Qt::UTC) : QDateTime();
}

Status ReadState::markRead(const QString &id)
{
    QJsonObject read = load(m_settings);
    if (read.contains(id))
        return {};
    read.insert(id, double(m_clock.now().toMSecsSinceEpoch()));
    return save(m_settings, read);
}

Status ReadState::markUnread(const QString &id)
{
    QJsonObject read = load(m_settings);
    if (!read.contains(id))
        return {};
    read.remove(id);
    return save(m_settings, read);
}

} // namespace dit
