#include "PageKeys.h"

#include "Routes.h"

#include <QAbstractItemModel>
#include <QQmlEngine>
#include <QQuickWindow>

namespace dit {

QStringList pageKeys(const QString &articleId)
{
    return Routes::keys(QStringLiteral("patient"), articleId);
}

QString sessionRole(QQuickWindow *window)
{
    QQmlEngine *engine = qmlEngine(window);
    const int type = qmlTypeId("org.ditcompanion.app", 1, 0, "Session");
    auto *session = engine && type >= 0 ? engine->singletonInstance<QObject *>(type) : nullptr;
    const QString role = session ? session->property("role").toString() : QString();
    return role.isEmpty() ? QStringLiteral("patient") : role;
}

QStringList pageKeys(QQuickWindow *window)
{
    return Routes::keys(sessionRole(window), firstArticleId(window));
}

QString firstArticleId(QQuickWindow *window)
{
    QQmlEngine *engine = qmlEngine(window);
    const int type = qmlTypeId("org.ditcompanion.app", 1, 0, "Library");
    auto *library = engine && type >= 0 ? engine->singletonInstance<QObject *>(type) : nullptr;
    auto *model = library ? library->property("articles").value<QAbstractItemModel *>() : nullptr;
    if (!model || model->rowCount() == 0)
        return {};
    return model->data(model->index(0, 0), model->roleNames().key("articleId")).toString();
}

} // namespace dit
