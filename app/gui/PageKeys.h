#pragma once

#include <QString>
#include <QStringList>

class QQuickWindow;

namespace dit {

// Every key `--page` (Main.showPage) understands, read from the app's own QML so the list
// never goes stale: the destinations and inner pages in AppShell.qml, the keys Main.qml
// handles itself, and the letter's pages ("letter-" + LetterPage.openByKey's cases). A key
// that takes an argument ("learn-article:") gets `articleId`. For screenshots and UI tests.
QStringList pageKeys(const QString &articleId);

// The first Learn article's id in the running app (the argument pageKeys() takes), or empty.
QString firstArticleId(QQuickWindow *window);

} // namespace dit
