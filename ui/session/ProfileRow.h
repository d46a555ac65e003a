#pragma once

#include <QObject>
#include <QString>

namespace dit {

// A profile on this device (Profiles.list; each property is a role of the same name in QML).
struct ProfileRow
{
    Q_GADGET
    Q_PROPERTY(QString path MEMBER path)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString detail MEMBER detail)
    Q_PROPERTY(bool current MEMBER current)
    Q_PROPERTY(bool damaged MEMBER damaged)

public:
    QString path;
    QString title;
    QString detail;
    bool current = false;
    bool damaged = false;
    friend bool operator==(const ProfileRow &, const ProfileRow &) = default;
};

} // namespace dit
