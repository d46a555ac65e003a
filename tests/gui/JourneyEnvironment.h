#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace dit::test {

// How a driven app (app/gui/UiDriver.h) runs in a test: the script, where its screenshots
// go, offscreen, and its own config and data folders under `home`.
inline QProcessEnvironment journeyEnvironment(const QString &script, const QString &shots,
                                              const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DIT_DRIVE"), script);
    env.insert(QStringLiteral("DIT_DRIVE_SHOTS"), shots);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // No desktop keyring: the app says so and goes on with the passphrase alone.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/dit-journey-bus"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    return env;
}

} // namespace dit::test
