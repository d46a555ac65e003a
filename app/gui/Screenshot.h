#pragma once

#include <QQuickWindow>
#include <QString>

namespace dit {

// Waits until the window has drawn and settled, saves it as a PNG, then quits the app with
// 0 (saved) or 1 (could not save).
void captureWhenReady(QQuickWindow *window, const QString &file);

// Loads every page type in the QML module, then quits with 0 if no QML error or warning
// was reported, 1 otherwise (listing them on stderr).
void runSelfTest(QQmlEngine *engine, QQuickWindow *window);

} // namespace dit
