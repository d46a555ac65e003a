#include "ResponseExport.h"

#include "MeasureSchedule.h"

#include <QJsonArray>

namespace dit {

namespace {

// FHIR R4 QuestionnaireResponse.status: "stopped" (filled out with answers but abandoned) for
// a form kept unsubmitted when its window closed (DraftExpiry.h); "amended" for a correction.
QString fhirStatus(const StoredResponse &r)
{
    if (r.incomplete)
        return QStringLiteral("stopped");
    return r.replaces.isEmpty() ? QStringLiteral("completed") : QStringLiteral("amended");
}

QJsonObject ext(const char *url, const char *key, const QJsonValue &value)
{
    return {{QStringLiteral("url"), QString::fromLatin1(url)}, {QString::fromLatin1(key), value}};
}

QJsonObject answerItem(const InstrumentItem &item, const QString &value)
{
    QJsonObject answer;
    if (item.type == InstrumentItem::Type::Text) {
        answer.insert(QStringLiteral("valueString"), value);
    } else {
        const AnswerOption *o = item.option(value);
        QJsonObject coding{{QStringLiteral("code"), value}};
        if (o && !o->system.isEmpty())
            coding.insert(QStringLiteral("system"), o->system);
        if (o)
            coding.insert(QStringLiteral("display"), o->display);
        answer.insert(QStringLiteral("valueCoding"), coding);
    }
    return {{QStringLiteral("linkId"), item.linkId},
            {QStringLiteral("text"), item.text},
            {QStringLiteral("answer"), QJsonArray{answer}}};
}

QJsonArray responseItems(const StoredResponse &r, const Instrument *q)
{
    QJsonArray items;
    if (!q) {
        // A definition no longer installed: keep the answers, without texts.
        for (auto it = r.answers.cbegin(); it != r.answers.cend(); ++it)
            items.append(QJsonObject{
                {QStringLiteral("linkId"), it.key()},
                {QStringLiteral("answer"),
                 QJsonArray{QJsonObject{{QStringLiteral("valueString"), it.value()}}}}});
        return items;
    }
    QString openGroup;
    QJsonArray groupItems;
    const auto closeGroup = [&] {
        if (!openGroup.isEmpty() && !groupItems.isEmpty())
            items.append(QJsonObject{{QStringLiteral("linkId"), openGroup},
                                     {QStringLiteral("text"), q->groupTexts.value(openGroup)},
                                     {QStringLiteral("item"), groupItems}});
        openGroup.clear();
        groupItems = {};
    };
    for (const InstrumentItem &item : q->items) {
        if (item.groupId != openGroup) {
            closeGroup();
            openGroup = item.groupId;
        }
        if (!r.answers.contains(item.linkId))
            continue;
        const QJsonObject answered = answerItem(item, r.answers.value(item.linkId));
        if (item.groupId.isEmpty())
            items.append(answered);
        else
            groupItems.append(answered);
    }
    closeGroup();
    return items;
}

QString csvField(const QString &value, bool typedText)
{
    QString v = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (typedText && !v.isEmpty() && formulaStarts.contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

} // namespace

QString responseUrn(const QString &id)
{
    if (id.size() != 32)
        return QStringLiteral("urn:uuid:") + id;
    return QStringLiteral("urn:uuid:%1-%2-%3-%4-%5")
        .arg(id.mid(0, 8), id.mid(8, 4), id.mid(12, 4), id.mid(16, 4), id.mid(20, 12));
}

QJsonObject toQuestionnaireResponse(const StoredResponse &r, const Instrument *q,
                                    const PatientLabels &patients)
{
    QJsonArray extensions{ext(fhirext::kSession, "valueInteger", r.session)};
    if (r.score.total)
        extensions.append(ext(fhirext::kTotal, "valueInteger", *r.score.total));
    if (!r.score.bandLabel.isEmpty())
        extensions.append(ext(fhirext::kBand, "valueString", r.score.bandLabel));
    for (const QString &f : r.score.flags)
        extensions.append(ext(fhirext::kFlag, "valueCode", f));
    if (!r.replaces.isEmpty())
        extensions.append(ext(fhirext::kReplaces, "valueReference",
                              QJsonObject{{QStringLiteral("reference"), responseUrn(r.replaces)}}));
    QJsonObject qr{{QStringLiteral("resourceType"), QStringLiteral("QuestionnaireResponse")},
                   {QStringLiteral("id"), r.id},
                   {QStringLiteral("extension"), extensions},
                   {QStringLiteral("identifier"),
                    QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:ietf:rfc:3986")},
                                {QStringLiteral("value"), responseUrn(r.id)}}},
                   {QStringLiteral("questionnaire"), r.questionnaire},
                   {QStringLiteral("status"), fhirStatus(r)},
                   {QStringLiteral("authored"), r.authored.toUTC().toString(Qt::ISODate)}};
    if (!patients.isEmpty() && !r.subject.isEmpty())
        qr.insert(QStringLiteral("subject"),
                  QJsonObject{{QStringLiteral("identifier"),
                               QJsonObject{{QStringLiteral("system"),
                                            QString::fromLatin1(kPatientIdSystem)},
                                           {QStringLiteral("value"), r.subject}}},
                              {QStringLiteral("display"), patients.value(r.subject)}});
    const QJsonArray items = responseItems(r, q);
    if (!items.isEmpty())
        qr.insert(QStringLiteral("item"), items);
    return qr;
}

QJsonObject toFhirBundle(const QList<StoredResponse> &responses,
                         const InstrumentCatalogue &catalogue, const QDateTime &timestamp,
                         const PatientLabels &patients)
{
    QJsonArray entries;
    for (const StoredResponse &r : responses)
        entries.append(
            QJsonObject{{QStringLiteral("fullUrl"), responseUrn(r.id)},
                        {QStringLiteral("resource"),
                         toQuestionnaireResponse(r, catalogue.find(r.instrument), patients)}});
    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("timestamp"), timestamp.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("entry"), entries}};
}

QByteArray toCsv(const QList<StoredResponse> &responses, const InstrumentCatalogue &catalogue,
                 const PatientLabels &patients)
{
    // Columns: fixed ones, then each instrument's questions (in form order) for every
    // instrument that has a response, then RQ's derived values.
    QStringList instruments;
    for (const QString &id : MeasureSchedule::instrumentOrder())
        for (const StoredResponse &r : responses)
            if (r.instrument == id && !instruments.contains(id))
                instruments.append(id);
    for (const StoredResponse &r : responses)
        if (!instruments.contains(r.instrument))
            instruments.append(r.instrument);
    QStringList header = {
        QStringLiteral("response_id"),   QStringLiteral("replaces"), QStringLiteral("instrument"),
        QStringLiteral("questionnaire"), QStringLiteral("session"),  QStringLiteral("authored"),
        QStringLiteral("status"),        QStringLiteral("complete"), QStringLiteral("total"),
        QStringLiteral("maximum"),       QStringLiteral("band"),     QStringLiteral("flags")};
    if (!patients.isEmpty())
        header = QStringList{QStringLiteral("patient_id"), QStringLiteral("patient")} + header;
    QList<QPair<QString, const InstrumentItem *>> itemColumns;
    bool anyRq = false;
    for (const QString &id : instruments) {
        const Instrument *q = catalogue.find(id);
        if (!q)
            continue;
        anyRq = anyRq || q->scoringRule == QStringLiteral("rq");
        for (const InstrumentItem &item : q->items) {
            itemColumns.append({id, &item});
            header.append(id + QLatin1Char(':') + item.linkId);
        }
    }
    const QStringList derived = {QStringLiteral("style"), QStringLiteral("selfModel"),
                                 QStringLiteral("otherModel")};
    if (anyRq)
        for (const QString &d : derived)
            header.append(QStringLiteral("rq:") + d);

    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const StoredResponse &r : responses) {
        QStringList row = {r.id,
                           r.replaces,
                           r.instrument,
                           csvField(r.questionnaire, false),
                           QString::number(r.session),
                           r.authored.toUTC().toString(Qt::ISODate),
                           fhirStatus(r),
                           r.score.complete ? QStringLiteral("yes") : QStringLiteral("no"),
                           r.score.total ? QString::number(*r.score.total) : QString(),
                           r.score.maximum > 0 ? QString::number(r.score.maximum) : QString(),
                           csvField(r.score.bandLabel, false),
                           r.score.flags.join(QLatin1Char(' '))};
        if (!patients.isEmpty())
            row = QStringList{r.subject, csvField(patients.value(r.subject), true)} + row;
        for (const auto &[instrument, item] : itemColumns) {
            if (instrument != r.instrument || !r.answers.contains(item->linkId)) {
                row.append(QString());
                continue;
            }
            const QString value = r.answers.value(item->linkId);
            const AnswerOption *o = item->option(value);
            if (item->type == InstrumentItem::Type::Text)
                row.append(csvField(value, true));
            else if (o && o->score)
                row.append(QString::number(*o->score));
            else
                row.append(csvField(o ? o->display : value, true));
        }
        if (anyRq)
            for (const QString &d : derived) {
                const QJsonValue v = r.score.derived.value(d);
                row.append(v.isDouble() ? QString::number(v.toInt())
                                        : csvField(v.toString(), false));
            }
        out += row.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace dit
