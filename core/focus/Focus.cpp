#include "Focus.h"

#include "course/Course.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dit {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

bool fromArray(const QJsonValue &v, QStringList *out)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString())
            return false;
        out->append(e.toString());
    }
    return true;
}

QString listProblem(const QStringList &list, const QString &name)
{
    if (list.size() > Focus::kMaxItems)
        return QCoreApplication::translate("Focus", "%1 can have at most %2 entries.")
            .arg(name)
            .arg(Focus::kMaxItems);
    for (const QString &s : list) {
        if (s.trimmed().isEmpty())
            return QCoreApplication::translate("Focus", "%1 has an empty entry.").arg(name);
        if (s.size() > Focus::kMaxItemText)
            return QCoreApplication::translate("Focus",
                                               "An entry in %1 is longer than %2 characters.")
                .arg(name)
                .arg(Focus::kMaxItemText);
    }
    return {};
}

} // namespace

bool Focus::isEmpty() const
{
    return selfRepresentation.trimmed().isEmpty() && otherRepresentation.trimmed().isEmpty() &&
           affect.trimmed().isEmpty() && defensiveFunction.trimmed().isEmpty() &&
           ownWords.isEmpty() && handles.isEmpty() && goals.isEmpty();
}

QString Focus::problem() const
{
    if (isEmpty())
        return QCoreApplication::translate("Focus", "Please write at least one part of the focus.");
    for (const QString *text :
         {&selfRepresentation, &otherRepresentation, &affect, &defensiveFunction})
        if (text->size() > kMaxText)
            return QCoreApplication::translate("Focus",
                                               "Each part of the focus can be up to %1 characters.")
                .arg(kMaxText);
    for (const auto &[list, name] :
         {std::pair{&ownWords, QCoreApplication::translate("Focus", "Your own words")},
          std::pair{&handles, QCoreApplication::translate("Focus", "Shared names")},
          std::pair{&goals, QCoreApplication::translate("Focus", "Goals")}})
        if (QString p = listProblem(*list, name); !p.isEmpty())
            return p;
    if (session < 0 || session > Course::kMaxSessions)
        return QCoreApplication::translate("Focus", "The session number must be between 1 and %1.")
            .arg(Course::kMaxSessions);
    if (!writtenBy.isEmpty() && writtenBy != QLatin1String("patient") &&
        writtenBy != QLatin1String("therapist"))
        return QCoreApplication::translate("Focus",
                                           "A focus is written by the patient or the therapist.");
    return {};
}

QJsonObject Focus::toJson() const
{
    QJsonObject o{{QStringLiteral("selfRepresentation"), selfRepresentation},
                  {QStringLiteral("otherRepresentation"), otherRepresentation},
                  {QStringLiteral("affect"), affect},
                  {QStringLiteral("defensiveFunction"), defensiveFunction},
                  {QStringLiteral("ownWords"), toArray(ownWords)},
                  {QStringLiteral("handles"), toArray(handles)},
                  {QStringLiteral("goals"), toArray(goals)}};
    if (session > 0)
        o.insert(QStringLiteral("session"), session);
    if (!writtenBy.isEmpty())
        o.insert(QStringLiteral("writtenBy"), writtenBy);
    return o;
}

Result<Focus> Focus::fromJson(const QJsonObject &json)
{
    Focus f;
    f.selfRepresentation = json.value(QStringLiteral("selfRepresentation")).toString();
    f.otherRepresentation = json.value(QStringLiteral("otherRepresentation")).toString();
    f.affect = json.value(QStringLiteral("affect")).toString();
    f.defensiveFunction = json.value(QStringLiteral("defensiveFunction")).toString();
    f.session = json.value(QStringLiteral("session")).toInt(0);
    f.writtenBy = json.value(QStringLiteral("writtenBy")).toString();
    if (!fromArray(json.value(QStringLiteral("ownWords")), &f.ownWords) ||
        !fromArray(json.value(QStringLiteral("handles")), &f.handles) ||
        !fromArray(json.value(QStringLiteral("goals")), &f.goals))
        return makeError(ErrorCode::BadInput, QCoreApplication::translate(
                                                  "Focus", "The focus record is not well formed."));
    if (const QString p = f.problem(); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    return f;
}

} // namespace dit
