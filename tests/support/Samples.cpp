#include "Samples.h"

#include "common/Ids.h"

#include <QJsonArray>

namespace dit::test {

namespace {
void must(bool ok, const char *what)
{
    if (!ok)
        qFatal("sample content could not be written: %s", what);
}
} // namespace

const QStringList &recordKinds()
{
    static const QStringList kinds = {QStringLiteral("response"), QStringLiteral("course"),
                                      QStringLiteral("focus"),    QStringLiteral("note"),
                                      QStringLiteral("letter"),   QStringLiteral("highlight")};
    return kinds;
}

int addSampleContent(Store &store, const QString &marker)
{
    RecordStore &r = store.records();
    const auto text = [&marker](const char *words) -> QString {
        return QString::fromUtf8(words) + QStringLiteral(" ") + marker;
    };
    int added = 0;
    const auto add = [&](const char *kind, const QJsonObject &body, const QString &subject,
                         const QString &parent) {
        auto rec = r.append(QString::fromLatin1(kind), body, subject, parent);
        must(rec.ok(), "record");
        ++added;
        return rec.value();
    };
    QJsonObject response;
    response.insert(QStringLiteral("questionnaire"), QStringLiteral("phq-9"));
    response.insert(QStringLiteral("answers"), QJsonArray{1, 2, 0, 3, 1, 0, 2, 1, 1});
    response.insert(QStringLiteral("comment"), text("I felt second best again this week"));
    add("response", response, {}, {});
    QJsonObject course;
    course.insert(QStringLiteral("firstSession"), QStringLiteral("2026-03-02"));
    course.insert(QStringLiteral("sessions"), 16);
    course.insert(QStringLiteral("therapist"), text("Dr Example"));
    add("course", course, {}, {});
    QJsonObject focus;
    focus.insert(QStringLiteral("self"), text("rubbish, an afterthought"));
    focus.insert(QStringLiteral("other"), text("dismissive, unavailable"));
    focus.insert(QStringLiteral("affect"), text("shame"));
    focus.insert(QStringLiteral("handle"), text("smash and grab"));
    add("focus", focus, {}, {});
    QJsonObject note;
    note.insert(QStringLiteral("text"), text("What I want to bring up"));
    add("note", note, {}, {});
    QJsonObject letter;
    letter.insert(QStringLiteral("markdown"), text("# Experiences of your self\n\nA first draft"));
    const Record first = add("letter", letter, {}, {});
    letter.insert(QStringLiteral("markdown"),
                  text("# Experiences of your self\n\nThe second version"));
    add("letter", letter, {}, first.id);
    QJsonObject highlight;
    highlight.insert(QStringLiteral("letter"), first.id);
    highlight.insert(QStringLiteral("passage"), text("second best"));
    add("highlight", highlight, {}, {});
    QJsonObject aboutPatient;
    aboutPatient.insert(QStringLiteral("text"), text("About a patient"));
    add("note", aboutPatient, newRandomId(), {});

    Database &db = store.database();
    auto draft = db.prepare("INSERT OR REPLACE INTO drafts (key, kind, subject, body, updated_at) "
                            "VALUES (?, ?, '', ?, ?)");
    must(draft.ok(), "draft");
    for (const char *key : {"form:phq-9", "note:new"}) {
        (void)draft.value().reset();
        draft.value()
            .bind(1, QString::fromLatin1(key))
            .bind(2, QString::fromLatin1(key).section(QLatin1Char(':'), 0, 0))
            .bind(3, text("half-typed {\"text\": \"and then\"}"))
            .bind(4, store.clock().now().toMSecsSinceEpoch());
        must(draft.value().run().ok(), "draft row");
    }
    must(store.settings().setValue(QStringLiteral("autolock_minutes"), QStringLiteral("10")).ok(),
         "setting");
    must(
        store.settings().setValue(QStringLiteral("reminder_text"), text("time for your form")).ok(),
        "setting");
    return added;
}

void addBulk(Store &store, int count, int bytes)
{
    must(store.database()
             .transaction([&]() -> Status {
                 for (int i = 0; i < count; ++i) {
                     QJsonObject body;
                     body.insert(QStringLiteral("text"), QString(QStringLiteral("bulk %1 ").arg(i) +
                                                                 QString(bytes, QLatin1Char('x'))));
                     auto rec = store.records().append(QStringLiteral("note"), body);
                     if (!rec)
                         return rec.error();
                 }
                 return {};
             })
             .ok(),
         "bulk");
}

QStringList contentOf(Database &db)
{
    QStringList out;
    for (const char *sql :
         {"SELECT 'record|' || id || '|' || kind || '|' || thread || '|' || ifnull(parent, '-') || "
          "'|' || subject || '|' || author || '|' || created_at || '|' || schema || '|' || body "
          "FROM records",
          "SELECT 'draft|' || key || '|' || kind || '|' || subject || '|' || body || '|' || "
          "updated_at FROM drafts",
          "SELECT 'setting|' || key || '|' || value FROM settings"}) {
        auto stmt = db.prepare(sql);
        must(stmt.ok(), "content query");
        while (stmt.value().next())
            out << stmt.value().text(0);
    }
    out.sort();
    return out;
}

} // namespace dit::test
