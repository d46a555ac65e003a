#include "InstrumentParser.h"

#include "Scoring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace dit {

namespace {

// A problem found while reading; the first one found is reported.
class Reader
{
public:
    explicit Reader(QString fileName) : m_file(std::move(fileName)) {}

    bool failed() const { return !m_problem.isEmpty(); }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }
    Error error() const
    {
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Instruments", "%1: %2").arg(m_file, m_problem));
    }

    Instrument read(const QJsonObject &root);

private:
    void readItems(const QJsonArray &items, Instrument *out, const QString &groupId,
                   const QString &stem);
    void readQuestion(const QJsonObject &o, const QString &where, Instrument *out,
                      const QString &groupId, const QString &stem);
    void readOptions(const QJsonArray &options, const QString &where, InstrumentItem *item);
    void readConditions(const QJsonArray &conditions, const QString &where, const Instrument &soFar,
                        InstrumentItem *item);
    bool claimLinkId(const QString &linkId, const QString &where);

    QString m_file;
    QString m_problem;
    QSet<QString> m_linkIds;
};

QJsonValue extension(const QJsonObject &o, const char *url, const char *valueKey)
{
    const QString wanted = QString::fromLatin1(url);
    for (const QJsonValue &e : o.value(QStringLiteral("extension")).toArray()) {
        const QJsonObject ext = e.toObject();
        if (ext.value(QStringLiteral("url")).toString() == wanted)
            return ext.value(QString::fromLatin1(valueKey));
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString itemLabel(const QJsonObject &o, qsizetype index)
{
    const QString linkId = o.value(QStringLiteral("linkId")).toString();
    return linkId.isEmpty() ? QCoreApplication::translate("Instruments", "item %1").arg(index + 1)
                            : QCoreApplication::translate("Instruments", "item \"%1\"").arg(linkId);
}

bool Reader::claimLinkId(const QString &linkId, const QString &where)
{
    if (linkId.isEmpty()) {
        fail(QCoreApplication::translate("Instruments", "%1 has no \"linkId\".").arg(where));
        return false;
    }
    if (m_linkIds.contains(linkId)) {
        fail(QCoreApplication::translate("Instruments", "the linkId \"%1\" is used twice.")
                 .arg(linkId));
        return false;
    }
    m_linkIds.insert(linkId);
    return true;
}

Instrument Reader::read(const QJsonObject &root)
{
    Instrument q;
    if (root.value(QStringLiteral("resourceType")).toString() != QStringLiteral("Questionnaire")) {
        fail(QCoreApplication::translate("Instruments",
                                         "\"resourceType\" must be \"Questionnaire\"."));
        return q;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
    q.id = root.value(QStringLiteral("id")).toString();
    if (!idPattern.match(q.id).hasMatch()) {
        fail(QCoreApplication::translate("Instruments",
                                         "\"id\" must be 1 to 64 letters, digits, '-' or '.'."));
        return q;
    }
    q.url = root.value(QStringLiteral("url")).toString();
    q.version = root.value(QStringLiteral("version")).toString();
    q.name = root.value(QStringLiteral("name")).toString();
    q.title = root.value(QStringLiteral("title")).toString().trimmed();
    q.description = root.value(QStringLiteral("description")).toString();
    q.publisher = root.value(QStringLiteral("publisher")).toString().trimmed();
    q.copyright = root.value(QStringLiteral("copyright")).toString().trimmed();
    q.source = extension(root, fhirext::kSource, "valueString").toString().trimmed();
    q.wordingNote = extension(root, fhirext::kWordingNote, "valueString").toString();
    q.scoringRule = extension(root, fhirext::kScoringRule, "valueCode").toString();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status != QStringLiteral("active") && status != QStringLiteral("draft"))
        fail(QCoreApplication::translate("Instruments",
                                         "\"status\" must be \"active\" or \"draft\"."));
    else if (q.url.isEmpty() || q.version.isEmpty())
        fail(QCoreApplication::translate(
            "Instruments",
            "\"url\" and \"version\" are needed so responses can name the definition."));
    else if (q.title.isEmpty())
        fail(QCoreApplication::translate("Instruments", "\"title\" is missing."));
    else if (q.publisher.isEmpty() || q.copyright.isEmpty() || q.source.isEmpty())
        fail(QCoreApplication::translate(
            "Instruments",
            "the source and licence are missing: \"publisher\", \"copyright\" and the "
            "instrument-source extension are all needed."));
    else if (!knownScoringRules().contains(q.scoringRule))
        fail(QCoreApplication::translate("Instruments",
                                         "the scoring-rule extension must be one of: %1.")
                 .arg(knownScoringRules().join(QStringLiteral(", "))));
    if (failed())
        return q;
    const QJsonArray code = root.value(QStringLiteral("code")).toArray();
    if (!code.isEmpty()) {
        const QJsonObject c = code.first().toObject();
        q.codeSystem = c.value(QStringLiteral("system")).toString();
        q.code = c.value(QStringLiteral("code")).toString();
        q.codeDisplay = c.value(QStringLiteral("display")).toString();
    }
    readItems(root.value(QStringLiteral("item")).toArray(), &q, {}, {});
    if (!failed() && q.items.isEmpty())
        fail(QCoreApplication::translate("Instruments", "it has no questions."));
    if (!failed())
        if (const QString p = scoringRuleProblem(q); !p.isEmpty())
            fail(p);
    return q;
}

void Reader::readItems(const QJsonArray &items, Instrument *out, const QString &groupId,
                       const QString &stem)
{
    for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString where = itemLabel(o, i);
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("group")) {
            const QString linkId = o.value(QStringLiteral("linkId")).toString();
            if (!groupId.isEmpty()) {
                fail(QCoreApplication::translate("Instruments",
                                                 "%1: groups inside groups are not supported.")
                         .arg(where));
                return;
            }
            if (!claimLinkId(linkId, where))
                return;
            const QJsonArray children = o.value(QStringLiteral("item")).toArray();
            if (children.isEmpty()) {
                fail(
                    QCoreApplication::translate("Instruments", "%1: a group needs questions in it.")
                        .arg(where));
                return;
            }
            const QString text = o.value(QStringLiteral("text")).toString().trimmed();
            out->groupTexts.insert(linkId, text);
            readItems(children, out, linkId, text);
        } else if (type == QStringLiteral("display")) {
            fail(QCoreApplication::translate(
                     "Instruments", "%1: a display item must sit under the question it explains.")
                     .arg(where));
        } else {
            readQuestion(o, where, out, groupId, stem);
        }
    }
}

void Reader::readQuestion(const QJsonObject &o, const QString &where, Instrument *out,
                          const QString &groupId, const QString &stem)
{
    InstrumentItem item;
    item.linkId = o.value(QStringLiteral("linkId")).toString();
    if (!claimLinkId(item.linkId, where))
        return;
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type == QStringLiteral("choice"))
        item.type = InstrumentItem::Type::Choice;
    else if (type == QStringLiteral("text") || type == QStringLiteral("string"))
        item.type = InstrumentItem::Type::Text;
    else
        return fail(QCoreApplication::translate(
                        "Instruments",
                        "%1: the type \"%2\" is not supported (use group, display, choice, text "
                        "or string).")
                        .arg(where, type));
    item.text = o.value(QStringLiteral("text")).toString().trimmed();
    if (item.text.isEmpty())
        return fail(QCoreApplication::translate("Instruments", "%1 has no \"text\".").arg(where));
    item.prefix = o.value(QStringLiteral("prefix")).toString();
    item.required = o.value(QStringLiteral("required")).toBool(false);
    item.groupId = groupId;
    item.stem = stem;
    const QJsonArray code = o.value(QStringLiteral("code")).toArray();
    if (!code.isEmpty()) {
        item.codeSystem = code.first().toObject().value(QStringLiteral("system")).toString();
        item.code = code.first().toObject().value(QStringLiteral("code")).toString();
    }
    const QJsonArray children = o.value(QStringLiteral("item")).toArray();
    for (qsizetype i = 0; i < children.size(); ++i) {
        const QJsonObject child = children.at(i).toObject();
        if (child.value(QStringLiteral("type")).toString() != QStringLiteral("display"))
            return fail(
                QCoreApplication::translate(
                    "Instruments", "%1: only display items (help text) may sit under a question.")
                    .arg(where));
        if (!claimLinkId(child.value(QStringLiteral("linkId")).toString(), itemLabel(child, i)))
            return;
        const QString help = child.value(QStringLiteral("text")).toString().trimmed();
        item.help = item.help.isEmpty() ? help : item.help + QLatin1Char('\n') + help;
    }
    if (o.contains(QStringLiteral("answerValueSet")))
        return fail(QCoreApplication::translate(
                        "Instruments",
                        "%1: answers must be listed in \"answerOption\"; value sets are not "
                        "supported.")
                        .arg(where));
    if (item.type == InstrumentItem::Type::Choice)
        readOptions(o.value(QStringLiteral("answerOption")).toArray(), where, &item);
    else if (o.contains(QStringLiteral("answerOption")))
        fail(QCoreApplication::translate("Instruments",
                                         "%1: a text question cannot have answer options.")
                 .arg(where));
    if (failed())
        return;
    readConditions(o.value(QStringLiteral("enableWhen")).toArray(), where, *out, &item);
    if (!failed())
        out->items.append(item);
}

void Reader::readOptions(const QJsonArray &options, const QString &where, InstrumentItem *item)
{
    if (options.size() < 2)
        return fail(
            QCoreApplication::translate(
                "Instruments", "%1: a choice needs at least two answers in \"answerOption\".")
                .arg(where));
    QSet<QString> codes;
    int scored = 0;
    for (const QJsonValue &v : options) {
        const QJsonObject o = v.toObject();
        const QJsonObject coding = o.value(QStringLiteral("valueCoding")).toObject();
        AnswerOption option;
        option.system = coding.value(QStringLiteral("system")).toString();
        option.code = coding.value(QStringLiteral("code")).toString();
        option.display = coding.value(QStringLiteral("display")).toString().trimmed();
        option.prefix = extension(o, fhirext::kOptionPrefix, "valueString").toString();
        if (option.code.isEmpty() || option.display.isEmpty())
            return fail(QCoreApplication::translate(
                            "Instruments",
                            "%1: every answer needs a valueCoding with a code and a display.")
                            .arg(where));
        if (codes.contains(option.code))
            return fail(QCoreApplication::translate("Instruments",
                                                    "%1: the answer code \"%2\" is used twice.")
                            .arg(where, option.code));
        codes.insert(option.code);
        const QJsonValue ordinal = extension(o, fhirext::kOrdinalValue, "valueDecimal");
        if (!ordinal.isUndefined()) {
            const double d = ordinal.toDouble(std::nan(""));
            if (!ordinal.isDouble() || d != std::floor(d) || std::abs(d) > 1000)
                return fail(
                    QCoreApplication::translate(
                        "Instruments", "%1: the score of answer \"%2\" must be a whole number.")
                        .arg(where, option.code));
            option.score = int(d);
            ++scored;
        }
        item->options.append(option);
    }
    if (scored != 0 && scored != options.size())
        fail(QCoreApplication::translate(
                 "Instruments", "%1: either every answer has a score (ordinalValue) or none has.")
                 .arg(where));
}

void Reader::readConditions(const QJsonArray &conditions, const QString &where,
                            const Instrument &soFar, InstrumentItem *item)
{
    for (const QJsonValue &v : conditions) {
        const QJsonObject o = v.toObject();
        EnableCondition c;
        c.question = o.value(QStringLiteral("question")).toString();
        const QString op = o.value(QStringLiteral("operator")).toString();
        c.answerCode = o.value(QStringLiteral("answerCoding"))
                           .toObject()
                           .value(QStringLiteral("code"))
                           .toString();
        if (op != QStringLiteral("=") && op != QStringLiteral("!="))
            return fail(QCoreApplication::translate(
                            "Instruments", "%1: enableWhen supports only \"=\" and \"!=\".")
                            .arg(where));
        c.equals = op == QStringLiteral("=");
        // Only earlier questions, so a form can be answered front to back.
        const InstrumentItem *other = soFar.item(c.question);
        if (!other)
            return fail(
                QCoreApplication::translate(
                    "Instruments", "%1: enableWhen names \"%2\", which is not an earlier question.")
                    .arg(where, c.question));
        if (!other->option(c.answerCode))
            return fail(QCoreApplication::translate(
                            "Instruments",
                            "%1: enableWhen names the answer \"%2\", which \"%3\" does not have.")
                            .arg(where, c.answerCode, c.question));
        item->enableWhen.append(c);
    }
}

} // namespace

Result<Instrument> parseInstrument(const QByteArray &json, const QString &fileName)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Instruments", "%1: %2")
                             .arg(fileName, QCoreApplication::translate(
                                                "Instruments", "not valid JSON (%1 at offset %2).")
                                                .arg(err.errorString())
                                                .arg(err.offset)));
    Reader reader(fileName);
    Instrument q = reader.read(doc.object());
    if (reader.failed())
        return reader.error();
    q.fileName = fileName;
    return q;
}

} // namespace dit
