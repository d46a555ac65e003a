#pragma once

#include <QObject>
#include <QQmlEngine>

namespace dit {

// Theme and motion preferences. These are not sensitive and are needed before unlocking
// (the lock screen has a theme too), so they live in a plain settings file, not the store.
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString themeMode READ themeMode WRITE setThemeMode NOTIFY changed)
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(bool reduceMotion READ reduceMotion WRITE setReduceMotion NOTIFY changed)
    Q_PROPERTY(int fontPixelSize READ fontPixelSize NOTIFY changed)

public:
    // Set by main() before QML loads, from --theme; empty means "use the saved preference".
    static void setForcedThemeMode(const QString &mode);

    explicit Appearance(QObject *parent = nullptr);
    static Appearance *create(QQmlEngine *, QJSEngine *);

    QString themeMode() const { return m_themeMode; } // "system", "light" or "dark"
    void setThemeMode(const QString &mode);
    bool dark() const;
    bool reduceMotion() const { return m_reduceMotion; }
    void setReduceMotion(bool reduce);
    // Body text size in pixels, following the system font size: the platform's default
    // font maps to 16 px, and a person who enlarges system text gets proportionally more.
    int fontPixelSize() const;

Q_SIGNALS:
    void changed();

private:
    void save() const;

    QString m_themeMode = QStringLiteral("system");
    bool m_reduceMotion = false;
    bool m_persist = true;
};

} // namespace dit
