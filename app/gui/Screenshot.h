#pragma once

#include <QQuickWindow>
#include <QString>

namespace dit {

// Waits until the window has drawn and settled (no page sliding in: every StackView idle for
// a moment), saves it as a PNG, then quits the app with 0 (saved) or 1 (could not save).
void captureWhenReady(QQuickWindow *window, const QString &file);

} // namespace dit
