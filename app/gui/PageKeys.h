#pragma once

#include <QStringList>

namespace dit {

// Every key `--page` (Main.showPage) understands, read from the app's own QML so the list
// never goes stale: the destinations and inner pages in AppShell.qml, the keys Main.qml
// handles itself, and the letter's pages ("letter-" + LetterPage.openByKey's cases). A key
// that takes an argument ("learn-article:") gets `articleId`. For screenshots and UI tests.
QStringList pageKeys(const QString &articleId);

} // namespace dit
