#include "LetterDrafts.h"

#include <QJsonDocument>

namespace dit {

namespace {

QJsonObject draftToJson(const LetterDraft &d)
{
    return {{QStringLiteral("parent"), d.parent},
            {QStringLiteral("letter"), d.letter.toJson()},
            {QStringLiteral("dateText"), d.dateText}};
}

std::optional<LetterDraft> draftFromRow(const QString &key, const QString &body, qint64 updated)
{
    const QJsonObject o = QJsonDocument::fromJson(body.toUtf8()).object();
    auto letter = Letter::fromJson(o.value(QStringLiteral("letter")).toObject());
    if (!letter)
        return std::nullopt;
    LetterDraft d;
    d.key = key;
    d.parent = o.value(QStringLiteral("parent")).toString();
    d.letter = letter.value();
    d.dateText = o.value(QStringLiteral("dateText")).toString();
    d.updatedAt = QDateTime::fromMSecsSinceEpoch(updated, Qt::UTC);
    return d;
}

Status removeDraft(Database &db, const QString &key)
{
    auto stmt = db.prepare("DELETE FROM drafts WHERE key = ? AND kind = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key).bind(2, QString::fromLatin1(LetterDrafts::kKind));
    return stmt.value().run();
}

} // namespace

QString LetterDrafts::keyForNew(LetterAuthor author)
{
    return QStringLiteral("letter/new/") + letterAuthorName(author);
}

QString LetterDrafts::keyForNew(LetterAuthor author, const QString &subject)
{
    return subject.isEmpty() ? keyForNew(author) : keyForNew(author) + QLatin1Char('/') + subject;
}

QString LetterDrafts::keyForReply(const QString &letter)
{
    return QStringLiteral("letter/reply/") + letter;
}

QString LetterDrafts::keyForRevision(const QString &thread)
{
    return QStringLiteral("letter/revise/") + thread;
}

Status LetterDrafts::save(const LetterDraft &draft, const QString &subject)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO drafts (key, kind, subject, body, "
                             "updated_at) VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, draft.key)
        .bind(2, QString::fromLatin1(kKind))
        .bind(3, subject)
        .bind(4,
              QString::fromUtf8(QJsonDocument(draftToJson(draft)).toJson(QJsonDocument::Compact)))
        .bind(5, m_clock.now().toMSecsSinceEpoch());
    return stmt.value().run();
}

Result<std::optional<LetterDraft>> LetterDrafts::load(const QString &key)
{
    auto stmt = m_db.prepare("SELECT body, updated_at FROM drafts WHERE key = ? AND kind = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key).bind(2, QString::fromLatin1(kKind));
    if (!stmt.value().next()) {
        if (stmt.value().failed())
            return stmt.value().error();
        return std::optional<LetterDraft>();
    }
    return draftFromRow(key, stmt.value().text(0), stmt.value().integer(1));
}

Status LetterDrafts::remove(const QString &key)
{
    return removeDraft(m_db, key);
}

Status LetterDrafts::removeForLetter(Database &db, const QString &thread)
{
    if (Status s = removeDraft(db, keyForRevision(thread)); !s)
        return s;
    return removeDraft(db, keyForReply(thread));
}

Result<QList<LetterDraft>> LetterDrafts::all(const QString &subject)
{
    auto stmt = m_db.prepare("SELECT key, body, updated_at FROM drafts WHERE kind = ? AND "
                             "subject = ? ORDER BY updated_at");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, QString::fromLatin1(kKind)).bind(2, subject);
    QList<LetterDraft> out;
    while (stmt.value().next())
        if (auto d =
                draftFromRow(stmt.value().text(0), stmt.value().text(1), stmt.value().integer(2)))
            out << *d;
    if (stmt.value().failed())
        return stmt.value().error();
    return out;
}

} // namespace dit
