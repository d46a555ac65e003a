#include "ResponseStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dit {

namespace {

QJsonObject answersToJson(const Answers &answers)
{
    QJsonObject o;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

Result<StoredResponse> StoredResponse::fromRecord(const Record &record)
{
    if (record.kind != QLatin1String(ResponseStore::kKind))
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Responses", "That record is not a form response."));
    const QJsonObject b = record.body;
    StoredResponse r;
    r.id = record.id;
    r.replaces = record.parent;
    r.authored = record.createdAt;
    r.instrument = b.value(QStringLiteral("instrument")).toString();
    r.instrumentVersion = b.value(QStringLiteral("instrumentVersion")).toString();
    r.questionnaire = b.value(QStringLiteral("questionnaire")).toString();
    r.session = b.value(QStringLiteral("session")).toInt();
    const QJsonObject answers = b.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        r.answers.insert(it.key(), it.value().toString());
    r.score = ScoreResult::fromJson(b.value(QStringLiteral("score")).toObject());
    r.score.instrument = r.instrument;
    r.risk = b.value(QStringLiteral("risk")).toBool();
    r.incomplete = b.value(QStringLiteral("incomplete")).toBool();
    r.inRoom = b.value(QStringLiteral("inRoom")).toBool();
    r.subject = record.subject;
    if (r.instrument.isEmpty() || r.session < 1)
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("Responses", "A stored form response is incomplete."));
    return r;
}

QJsonObject StoredResponse::toJson() const
{
    QJsonObject json{{QStringLiteral("instrument"), instrument},
                     {QStringLiteral("instrumentVersion"), instrumentVersion},
                     {QStringLiteral("questionnaire"), questionnaire},
                     {QStringLiteral("session"), session},
                     {QStringLiteral("answers"), answersToJson(answers)},
                     {QStringLiteral("score"), score.toJson()},
                     {QStringLiteral("flags"), QJsonArray::fromStringList(score.flags)},
                     {QStringLiteral("risk"), risk}};
    if (inRoom)
        json.insert(QStringLiteral("inRoom"), true);
    if (incomplete)
        json.insert(QStringLiteral("incomplete"), true);
    return json;
}

ResponseStore::ResponseStore(RecordStore &records, const InstrumentCatalogue &catalogue,
                             RiskPolicy risk)
    : m_records(records), m_catalogue(catalogue), m_risk(std::move(risk))
{}

Result<StoredResponse> ResponseStore::submit(const QString &instrumentId, int session,
                                             const Answers &answers, const QString &replaces,
                                             const QString &subject)
{
    return store(instrumentId, session, answers, replaces, subject, false);
}

Result<StoredResponse> ResponseStore::keepIncomplete(const QString &instrumentId, int session,
                                                     const Answers &answers, const QString &subject)
{
    return store(instrumentId, session, answers, {}, subject, true);
}

Result<StoredResponse> ResponseStore::store(const QString &instrumentId, int session,
                                            const Answers &answers, const QString &replaces,
                                            const QString &subject, bool incomplete)
{
    const Instrument *q = m_catalogue.find(instrumentId);
    if (!q)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("Responses", "There is no questionnaire called \"%1\".")
                .arg(instrumentId));
    if (session < 1 || session > 1000)
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Responses", "The session number must be 1 or more."));
    if (Status ok = validateAnswers(*q, answers); !ok)
        return ok.error();
    if (!replaces.isEmpty()) {
        auto parent = m_records.get(replaces);
        if (!parent)
            return parent.error();
        auto old = StoredResponse::fromRecord(parent.value());
        if (!old)
            return old.error();
        if (old.value().instrument != instrumentId || old.value().session != session)
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate(
                                 "Responses",
                                 "A correction must be to the same questionnaire and session as "
                                 "the response it replaces."));
    }
    StoredResponse r;
    r.instrument = q->id;
    r.instrumentVersion = q->version;
    r.questionnaire = q->canonical();
    r.session = session;
    r.answers = answers;
    r.score = evaluate(*q, answers, m_risk);
    r.risk = r.score.hasFlag(QString::fromLatin1(flag::kRisk));
    r.incomplete = incomplete;
    if (incomplete)
        r.score.flags.append(QString::fromLatin1(kIncompleteFlag));
    r.inRoom = !subject.isEmpty();
    auto record = m_records.append(QString::fromLatin1(kKind), r.toJson(), subject, replaces);
    if (!record)
        return record.error();
    r.id = record.value().id;
    r.replaces = record.value().parent;
    r.authored = record.value().createdAt;
    return r;
}

Result<QList<StoredResponse>> ResponseStore::fromRecords(const Result<QList<Record>> &records)
{
    if (!records)
        return records.error();
    QList<StoredResponse> out;
    out.reserve(records.value().size());
    for (const Record &rec : records.value()) {
        auto r = StoredResponse::fromRecord(rec);
        if (!r)
            return r.error();
        out.append(std::move(r.value()));
    }
    return out;
}

Result<QList<StoredResponse>> ResponseStore::all(const QString &subject)
{
    return fromRecords(m_records.list(QString::fromLatin1(kKind), subject));
}

Result<QList<StoredResponse>> ResponseStore::current(const QString &subject)
{
    return fromRecords(m_records.heads(QString::fromLatin1(kKind), subject));
}

Result<QMap<int, QSet<QString>>> ResponseStore::submittedBySession(const QString &subject)
{
    auto responses = current(subject);
    if (!responses)
        return responses.error();
    return bySession(responses.value());
}

QMap<int, QSet<QString>> ResponseStore::bySession(const QList<StoredResponse> &responses)
{
    QMap<int, QSet<QString>> out;
    for (const StoredResponse &r : responses)
        out[r.session].insert(r.instrument);
    return out;
}

} // namespace dit
