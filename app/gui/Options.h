#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace dit {

// dit-companion's command line (README "Using the app").
struct GuiOptions
{
    QString profileDir;
    QString serviceDir;
    QString screenshotFile;
    QString page;  // destination to open: home, measures, learn, letter, settings, crisis (form,
                   // progress: pages under measures)
    QString theme; // system, light or dark
    QSize size;
    double fontScale = 1.0;
    QString language; // a translation for this run, e.g. en_XA (pseudo); empty: the system's
    bool demo = false;
    QString demoStage = QStringLiteral("middle"); // beginning, middle, ending, after
    bool selfTest = false;

    // Parses argv; on a problem returns false and fills `error`.
    static bool parse(const QStringList &arguments, GuiOptions *out, QString *error);
    bool needsDisplay() const { return screenshotFile.isEmpty() && !selfTest; }
};

} // namespace dit
