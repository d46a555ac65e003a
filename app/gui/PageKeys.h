#pragma once

#include <QString>
#include <QStringList>

class QQuickWindow;

namespace dit {

// Every key of a patient's app that `--page` (Main.showPage) opens, from the route table
// (Routes): the keys screenshots, the self-test and the UI tests walk. A key that takes an
// argument ("learn-article:") gets `articleId`, or is left out when it is empty.
QStringList pageKeys(const QString &articleId);
// The same for the running app's role.
QStringList pageKeys(QQuickWindow *window);

// The running app's role (Session.role): "patient" or "therapist".
QString sessionRole(QQuickWindow *window);

// The first Learn article's id in the running app (the argument pageKeys() takes), or empty.
QString firstArticleId(QQuickWindow *window);

} // namespace dit
