#include "Library.h"

#include "AppContext.h"
#include "common/Logging.h"
#include "course/CourseStore.h"
#include "course/CourseSummary.h"
#include "learn/ReadState.h"
#include "text/Search.h"

#include <QDir>

namespace dit {

namespace {

QString blockKind(text::Block::Type type)
{
    switch (type) {
    case text::Block::Type::Heading:
        return QStringLiteral("heading");
    case text::Block::Type::Paragraph:
        return QStringLiteral("paragraph");
    case text::Block::Type::Bullet:
        return QStringLiteral("bullet");
    case text::Block::Type::Numbered:
        return QStringLiteral("numbered");
    case text::Block::Type::Quote:
        return QStringLiteral("quote");
    }
    return {};
}

} // namespace

Library::Library(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_model(this)
{
    m_library.loadBuiltIn();
    const QString service = m_ctx.options().serviceDir;
    if (!service.isEmpty() && QDir(service).exists(QStringLiteral("learn")))
        m_library.loadFolder(QDir(service).filePath(QStringLiteral("learn")));
    auto index = LearnIndex::create();
    if (index && index.value()->rebuild(m_library.articles()))
        m_index = std::move(index.value());
    else
        qCWarning(lcLearn) << "the library search index could not be built; search is off";
    connect(&m_ctx, &AppContext::storeOpened, this, &Library::reload);
    connect(&m_ctx, &AppContext::storeClosed, this, &Library::reload);
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        if (kind == QLatin1String(CourseStore::kKind))
            reload();
    });
    reload();
}

Library *Library::create(QQmlEngine *, QJSEngine *)
{
    auto *l = new Library(*AppContext::instance());
    QJSEngine::setObjectOwnership(l, QJSEngine::CppOwnership);
    return l;
}

void Library::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    rebuild();
}

QString Library::resultsText() const
{
    if (!searching())
        return {};
    if (count() == 0)
        return tr("Nothing matches “%1”. Try another word.").arg(m_query.trimmed());
    return count() == 1 ? tr("1 piece matches.") : tr("%1 pieces match.").arg(count());
}

QStringList Library::problems() const
{
    QStringList out;
    for (const LoadProblem &p : m_library.problems())
        out << p.text();
    return out;
}

QString Library::problemsText() const
{
    const QStringList list = problems();
    if (list.isEmpty())
        return {};
    return tr("Some reading from your service could not be shown. %1")
        .arg(list.join(QStringLiteral("; ")));
}

QSet<QString> Library::readIds() const
{
    Store *store = m_ctx.store();
    return store ? ReadState(store->settings(), m_ctx.clock()).readIds() : QSet<QString>();
}

void Library::reload()
{
    m_stage = QStringLiteral("initial");
    if (Store *store = m_ctx.store()) {
        auto course = CourseStore(store->records()).current();
        if (course)
            m_stage = summarize(course.value(), m_ctx.clock().now()).contentStage();
    }
    rebuild();
}

void Library::rebuild()
{
    const QSet<QString> read = readIds();
    QList<LearnArticlesModel::Row> rows;
    const auto rowFor = [&](const Article &a) {
        LearnArticlesModel::Row r;
        r.id = a.id;
        r.title = a.title;
        r.summary = a.summary;
        r.minutes = a.minutes;
        r.isRead = read.contains(a.id);
        r.forNow = a.belongsTo(m_stage);
        return r;
    };
    if (searching()) {
        auto hits =
            m_index ? m_index->search(m_query) : Result<QList<SearchHit>>(QList<SearchHit>());
        if (hits) {
            for (const SearchHit &h : hits.value()) {
                if (const Article *a = m_library.article(h.id)) {
                    LearnArticlesModel::Row r = rowFor(*a);
                    r.snippet = h.snippet;
                    rows << r;
                }
            }
        }
    } else {
        for (const Article &a : m_library.orderedFor(m_stage)) {
            LearnArticlesModel::Row r = rowFor(a);
            r.section = r.forNow ? tr("For where you are now") : tr("More to read");
            rows << r;
        }
    }
    m_model.setRows(rows);
    Q_EMIT listChanged();
}

ArticleContent *Library::open(const QString &id)
{
    ArticleContent::Data data;
    data.id = id;
    if (const Article *a = m_library.article(id)) {
        data.found = true;
        data.title = a->title;
        data.summary = a->summary;
        data.minutesText =
            a->minutes == 1 ? tr("1 minute to read") : tr("%1 minutes to read").arg(a->minutes);
        for (const text::Block &b : a->blocks)
            data.blocks.append(QVariantMap{{QStringLiteral("kind"), blockKind(b.type)},
                                           {QStringLiteral("level"), b.level},
                                           {QStringLiteral("text"), text::toStyledText(b.markup)},
                                           {QStringLiteral("plain"), text::toPlainText(b.markup)}});
        if (Store *store = m_ctx.store()) {
            if (Status s = ReadState(store->settings(), m_ctx.clock()).markRead(id); !s)
                qCWarning(lcLearn) << "could not keep the read mark";
            m_model.setRead(readIds());
            Q_EMIT readChanged();
        }
    }
    auto *content = new ArticleContent(data);
    QJSEngine::setObjectOwnership(content, QJSEngine::JavaScriptOwnership);
    return content;
}

bool Library::isRead(const QString &id) const
{
    return readIds().contains(id);
}

void Library::markUnread(const QString &id)
{
    Store *store = m_ctx.store();
    if (!store)
        return;
    if (Status s = ReadState(store->settings(), m_ctx.clock()).markUnread(id); !s)
        qCWarning(lcLearn) << "could not clear the read mark";
    m_model.setRead(readIds());
    Q_EMIT readChanged();
}

} // namespace dit
