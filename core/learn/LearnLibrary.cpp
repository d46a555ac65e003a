#include "LearnLibrary.h"

#include "common/Logging.h"
#include "common/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace dit {

namespace {

bool byOrder(const Article &a, const Article &b)
{
    if (a.order != b.order)
        return a.order < b.order;
    return a.title.localeAwareCompare(b.title) < 0;
}

} // namespace

void LearnLibrary::loadBuiltIn()
{
    const QDir dir(QStringLiteral(":/dit/learn"));
    const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        loadFile(dir.filePath(name), QStringLiteral("built-in ") + name);
}

QList<LoadProblem> LearnLibrary::loadFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        const LoadProblem p{folder, QCoreApplication::translate(
                                        "Learn", "this folder does not exist or is not a folder")};
        m_problems << p;
        return {p};
    }
    QList<LoadProblem> found;
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        found << loadFile(dir.filePath(name));
    return found;
}

QList<LoadProblem> LearnLibrary::loadFile(const QString &path, const QString &source)
{
    const QString shownName = source.isEmpty() ? path : source;
    const auto fail = [&](const QString &message) {
        const LoadProblem p{shownName, message};
        m_problems << p;
        // File names and reasons only: content is public, but keep logs small and plain.
        qCWarning(lcLearn) << "psychoeducation piece not loaded:" << p.text();
        return QList<LoadProblem>{p};
    };
    const QFileInfo info(path);
    if (!info.fileName().endsWith(QLatin1String(".md")))
        return fail(QCoreApplication::translate("Learn", "only .md files can be pieces"));
    if (!info.exists())
        return fail(QCoreApplication::translate("Learn", "the file does not exist"));
    if (info.size() > learn::kMaxFileBytes)
        return fail(QCoreApplication::translate("Learn", "the file is larger than %1 KB")
                        .arg(learn::kMaxFileBytes / 1024));
    const auto bytes = readRegularFile(path, learn::kMaxFileBytes);
    if (!bytes)
        return fail(bytes.error().message);
    const QString id = info.fileName().chopped(3);
    auto parsed = learn::parseArticle(id, bytes.value());
    if (!parsed)
        return fail(parsed.error().message);
    Article a = parsed.value();
    a.source = source.startsWith(QLatin1String("built-in")) ? QStringLiteral("built-in") : path;
    m_articles.insert(a.id, a);
    return {};
}

const Article *LearnLibrary::article(const QString &id) const
{
    const auto it = m_articles.constFind(id);
    return it == m_articles.constEnd() ? nullptr : &it.value();
}

QList<Article> LearnLibrary::articles() const
{
    QList<Article> all = m_articles.values();
    std::sort(all.begin(), all.end(), byOrder);
    return all;
}

QList<Article> LearnLibrary::orderedFor(const QString &stage) const
{
    QList<Article> all = articles();
    std::stable_partition(all.begin(), all.end(),
                          [&](const Article &a) { return a.belongsTo(stage); });
    return all;
}

} // namespace dit
