#pragma once

#include "Instrument.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QSet>

#include <optional>

namespace dit {

// A form being filled in: saved to the drafts table on every answer, so an app that is killed
// loses nothing. It becomes immutable responses when submitted (submitForm).
struct FormDraft
{
    int session = 0;
    QStringList instruments;
    QMap<QString, Answers> answers;  // instrument -> its answers so far
    QMap<QString, QString> replaces; // instrument -> the response a correction replaces
    QString position;                // where the person was: "instrument/linkId" or "review"
    // Crisis support was shown for a risk answer in this form: once per form
    // (docs/MEASURES.md, "A risk answer in a form").
    bool crisisShown = false;
    QDateTime updated;

    bool isCorrection() const { return !replaces.isEmpty(); }
    int answeredCount() const;
    QJsonObject toJson() const;
    static FormDraft fromJson(const QJsonObject &json);
};

class FormDraftStore
{
public:
    static constexpr const char *kKind = "measures-form";

    FormDraftStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Status save(const FormDraft &draft, const QString &subject = {});
    Result<std::optional<FormDraft>> load(int session, const QString &subject = {});
    Status remove(int session, const QString &subject = {});
    Result<QSet<int>> sessions(const QString &subject = {});

    static QString keyFor(int session, const QString &subject);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dit
