#include "FormDraftStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dit {

int FormDraft::answeredCount() const
{
    int n = 0;
    for (const Answers &a : answers)
        n += int(a.size());
    return n;
}

QJsonObject FormDraft::toJson() const
{
    QJsonObject answersJson;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        QJsonObject one;
        for (auto a = it.value().cbegin(); a != it.value().cend(); ++a)
            one.insert(a.key(), a.value());
        answersJson.insert(it.key(), one);
    }
    QJsonObject replacesJson;
    for (auto it = replaces.cbegin(); it != replaces.cend(); ++it)
        replacesJson.insert(it.key(), it.value());
    return {{QStringLiteral("session"), session},
            {QStringLiteral("instruments"), QJsonArray::fromStringList(instruments)},
            {QStringLiteral("answers"), answersJson},
            {QStringLiteral("replaces"), replacesJson},
            {QStringLiteral("position"), position},
            {QStringLiteral("crisisShown"), crisisShown}};
}

FormDraft FormDraft::fromJson(const QJsonObject &json)
{
    FormDraft d;
    d.session = json.value(QStringLiteral("session")).toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("instruments")).toArray())
        d.instruments.append(v.toString());
    const QJsonObject answersJson = json.value(QStringLiteral("answers")).toObject();
    for (auto it = answersJson.constBegin(); it != answersJson.constEnd(); ++it) {
        Answers a;
        const QJsonObject one = it.value().toObject();
        for (auto v = one.constBegin(); v != one.constEnd(); ++v)
            a.insert(v.key(), v.value().toString());
        d.answers.insert(it.key(), a);
    }
    const QJsonObject replacesJson = json.value(QStringLiteral("replaces")).toObject();
    for (auto it = replacesJson.constBegin(); it != replacesJson.constEnd(); ++it)
        d.replaces.insert(it.key(), it.value().toString());
    d.position = json.value(QStringLiteral("position")).toString();
    d.crisisShown = json.value(QStringLiteral("crisisShown")).toBool();
    return d;
}

QString FormDraftStore::keyFor(int session, const QString &subject)
{
    return QStringLiteral("%1/%2/%3").arg(QLatin1String(kKind), subject).arg(session);
}

Status FormDraftStore::save(const FormDraft &draft, const QString &subject)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO drafts (key, kind, subject, body, updated_at) "
                             "VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt.value()
        .bind(1, keyFor(draft.session, subject))
        .bind(2, QString::fromLatin1(kKind))
        .bind(3, subject)
        .bind(4, QString::fromUtf8(QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact)))
        .bind(5, m_clock.now().toMSecsSinceEpoch());
    return stmt.value().run();
}

Result<std::optional<FormDraft>> FormDraftStore::load(int session, const QString &subject)
{
    auto stmt = m_db.prepare("SELECT body, updated_at FROM drafts WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, keyFor(session, subject));
    if (!stmt.value().next()) {
        if (stmt.value().failed())
            return stmt.value().error();
        return std::optional<FormDraft>();
    }
    FormDraft d =
        FormDraft::fromJson(QJsonDocument::fromJson(stmt.value().text(0).toUtf8()).object());
    d.session = session;
    d.updated = QDateTime::fromMSecsSinceEpoch(stmt.value().integer(1), Qt::UTC);
    return std::optional<FormDraft>(d);
}

Status FormDraftStore::remove(int session, const QString &subject)
{
    auto stmt = m_db.prepare("DELETE FROM drafts WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, keyFor(session, subject));
    return stmt.value().run();
}

Result<QSet<int>> FormDraftStore::sessions(const QString &subject)
{
    auto stmt = m_db.prepare("SELECT body FROM drafts WHERE kind = ? AND subject = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, QString::fromLatin1(kKind)).bind(2, subject);
    QSet<int> out;
    while (stmt.value().next()) {
        const QJsonObject body = QJsonDocument::fromJson(stmt.value().text(0).toUtf8()).object();
        out.insert(body.value(QStringLiteral("session")).toInt());
    }
    if (stmt.value().failed())
        return stmt.value().error();
    return out;
}

} // namespace dit
