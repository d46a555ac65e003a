#pragma once

#include <QQmlEngine>
#include <QQuickWindow>

namespace dit {

// `--self-test`: proves that everything the UI loads at run time is installed and loads
// without a warning (docs/DEVELOPING.md, "Self-test").

// Starts collecting QML problems; call before the engine loads Main.qml so a problem while
// loading it counts too. A missing QML module or plugin ends the run at once with exit code 1
// (what comes next, such as a file chooser without Qt.labs.folderlistmodel, would crash).
void startSelfTestLog();

// Loads every page type in the QML module, shows every page key in the real window, and opens
// (then closes) every dialog found on the way: file choosers, and every popup (Dialog, Menu,
// a ComboBox's list), each shown for a rendered frame. Quits with 0 if no QML error or
// warning was reported and every page whose QML holds a dialog had one opened, 1 otherwise
// (listing the problems on stderr).
void runSelfTest(QQmlEngine *engine, QQuickWindow *window);

} // namespace dit
