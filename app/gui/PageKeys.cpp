#include "PageKeys.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QRegularExpression>

namespace dit {

namespace {

QString moduleFile(const QString &name)
{
    QFile f(QStringLiteral(":/qt-project.org/imports/org/ditcompanion/app/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void collect(const QString &text, const QString &pattern, const QString &prefix, QStringList *out)
{
    const QRegularExpression re(pattern);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString key = prefix + it.next().captured(1);
        if (!out->contains(key))
            out->append(key);
    }
}

} // namespace

QStringList pageKeys(const QString &articleId)
{
    QStringList keys;
    const QString shell = moduleFile(QStringLiteral("pages/AppShell.qml"));
    collect(shell, QStringLiteral("\\bkey:\\s*\"([\\w-]+)\""), QString(), &keys);
    collect(shell, QStringLiteral("\"([\\w-]+)\":\\s*\\["), QString(), &keys);
    collect(moduleFile(QStringLiteral("Main.qml")), QStringLiteral("key === \"([\\w-]+)\""),
            QString(), &keys);
    if (shell.contains(QLatin1String("startsWith(\"letter-\")"))) {
        const QString letter = moduleFile(QStringLiteral("pages/LetterPage.qml"));
        const qsizetype from = letter.indexOf(QLatin1String("function openByKey"));
        const qsizetype to = from < 0 ? -1 : letter.indexOf(QLatin1String("return null"), from);
        if (to > from)
            collect(letter.mid(from, to - from), QStringLiteral("case \"([\\w-]+)\":"),
                    QStringLiteral("letter-"), &keys);
    }
    if (!articleId.isEmpty() && shell.contains(QLatin1String("startsWith(\"learn-article:\")")))
        keys << QStringLiteral("learn-article:") + articleId;
    return keys;
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
