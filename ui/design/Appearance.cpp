#include "Appearance.h"

#include <QFontInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>

namespace dit {

namespace {
QString s_forcedTheme;

QSettings settingsFile()
{
    return QSettings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                         QStringLiteral("/appearance.ini"),
                     QSettings::IniFormat);
}

bool validMode(const QString &m)
{
    return m == QLatin1String("system") || m == QLatin1String("light") ||
           m == QLatin1String("dark");
}
} // namespace

void Appearance::setForcedThemeMode(const QString &mode)
{
    s_forcedTheme = mode;
}

Appearance::Appearance(QObject *parent) : QObject(parent)
{
    if (validMode(s_forcedTheme)) {
        m_themeMode = s_forcedTheme;
        m_persist = false;
    } else {
        const QSettings s = settingsFile();
        const QString saved = s.value(QStringLiteral("theme")).toString();
        if (validMode(saved))
            m_themeMode = saved;
        m_reduceMotion = s.value(QStringLiteral("reduceMotion"), false).toBool();
    }
}

Appearance *Appearance::create(QQmlEngine *, QJSEngine *)
{
    auto *a = new Appearance;
    QJSEngine::setObjectOwnership(a, QJSEngine::CppOwnership);
    return a;
}

void Appearance::setThemeMode(const QString &mode)
{
    if (!validMode(mode) || mode == m_themeMode)
        return;
    m_themeMode = mode;
    save();
    Q_EMIT changed();
}

bool Appearance::dark() const
{
    if (m_themeMode == QLatin1String("dark"))
        return true;
    if (m_themeMode == QLatin1String("light"))
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

void Appearance::setReduceMotion(bool reduce)
{
    if (reduce == m_reduceMotion)
        return;
    m_reduceMotion = reduce;
    save();
    Q_EMIT changed();
}

int Appearance::fontPixelSize() const
{
    // Desktop Linux defaults to a 9 pt (12 px) font; phones report their own scaled size.
    constexpr double kDefaultSystemPx = 12.0;
    constexpr double kBodyPx = 16.0;
    const int systemPx = QFontInfo(QGuiApplication::font()).pixelSize();
    return qRound(kBodyPx * std::max(1, systemPx) / kDefaultSystemPx);
}

void Appearance::save() const
{
    if (!m_persist)
        return;
    QSettings s = settingsFile();
    s.setValue(QStringLiteral("theme"), m_themeMode);
    s.setValue(QStringLiteral("reduceMotion"), m_reduceMotion);
}

} // namespace dit
