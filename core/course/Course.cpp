#include "Course.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace dit {

namespace {

QJsonArray datesToJson(const QList<QDate> &dates)
{
    QJsonArray a;
    for (const QDate &d : dates)
        a.append(d.toString(Qt::ISODate));
    return a;
}

bool datesFromJson(const QJsonValue &v, QList<QDate> *out)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &e : v.toArray()) {
        const QDate d = QDate::fromString(e.toString(), Qt::ISODate);
        if (!d.isValid())
            return false;
        out->append(d);
    }
    return true;
}

} // namespace

QString Course::problem() const
{
    if (totalSessions < 1 || totalSessions > kMaxSessions)
        return QCoreApplication::translate("Course",
                                           "The number of sessions must be between 1 and %1.")
            .arg(kMaxSessions);
    if (!firstSession.isValid())
        return QCoreApplication::translate("Course", "Please give the date of the first session.");
    if (!sessionTime.isValid())
        return QCoreApplication::translate("Course", "Please give the time of the sessions.");
    if (sessionMinutes < 10 || sessionMinutes > 180)
        return QCoreApplication::translate("Course",
                                           "A session must last between 10 and 180 minutes.");
    for (auto it = moved.constBegin(); it != moved.constEnd(); ++it)
        if (!it.value().isValid() || std::abs(it.key().daysTo(it.value().date())) > 6)
            return QCoreApplication::translate("Course",
                                               "A moved session must stay within the same week.");
    const QList<const QList<QDate> *> lists = {&breaks, &cancelled, &missed};
    QList<QDate> seen;
    for (const QList<QDate> *list : lists) {
        for (const QDate &d : *list) {
            if (!isSlot(d))
                return QCoreApplication::translate("Course",
                                                   "%1 is not one of the weekly session dates.")
                    .arg(d.toString(Qt::ISODate));
            if (seen.contains(d))
                return QCoreApplication::translate(
                           "Course",
                           "%1 is marked in two ways; a week can only be one of a session, a "
                           "break, a cancellation or a missed session.")
                    .arg(d.toString(Qt::ISODate));
            seen.append(d);
        }
    }
    for (auto it = moved.constBegin(); it != moved.constEnd(); ++it) {
        if (!isSlot(it.key()))
            return QCoreApplication::translate("Course",
                                               "%1 is not one of the weekly session dates.")
                .arg(it.key().toString(Qt::ISODate));
        if (breaks.contains(it.key()) || cancelled.contains(it.key()))
            return QCoreApplication::translate(
                "Course", "A week with no session cannot also have a moved session.");
    }
    return {};
}

bool Course::isSlot(const QDate &date) const
{
    if (!firstSession.isValid() || !date.isValid())
        return false;
    const qint64 days = firstSession.daysTo(date);
    return days >= 0 && days % 7 == 0;
}

Course::SlotMark Course::markOf(const QDate &slot) const
{
    if (breaks.contains(slot))
        return SlotMark::Break;
    if (cancelled.contains(slot))
        return SlotMark::Cancelled;
    if (missed.contains(slot))
        return SlotMark::Missed;
    return SlotMark::Session;
}

void Course::setMark(const QDate &slot, SlotMark mark)
{
    breaks.removeAll(slot);
    cancelled.removeAll(slot);
    missed.removeAll(slot);
    switch (mark) {
    case SlotMark::Session:
        return;
    case SlotMark::Break:
        breaks.append(slot);
        moved.remove(slot);
        break;
    case SlotMark::Cancelled:
        cancelled.append(slot);
        moved.remove(slot);
        break;
    case SlotMark::Missed:
        missed.append(slot);
        break;
    }
    for (QList<QDate> *list : {&breaks, &cancelled, &missed})
        std::sort(list->begin(), list->end());
}

void Course::setFirstSession(const QDate &first)
{
    if (!firstSession.isValid() || !first.isValid()) {
        firstSession = first;
        return;
    }
    // The shift within a week that lands old slots on new ones: -3..+3 days.
    qint64 shift = ((firstSession.daysTo(first) % 7) + 7) % 7;
    if (shift > 3)
        shift -= 7;
    firstSession = first;
    const auto moveList = [&](QList<QDate> *list) {
        QList<QDate> kept;
        for (const QDate &d : std::as_const(*list)) {
            const QDate shifted = d.addDays(shift);
            if (shifted >= first)
                kept.append(shifted);
        }
        *list = kept;
    };
    moveList(&breaks);
    moveList(&cancelled);
    moveList(&missed);
    QMap<QDate, QDateTime> keptMoves;
    for (auto it = moved.constBegin(); it != moved.constEnd(); ++it) {
        const QDate slot = it.key().addDays(shift);
        if (slot >= first && std::abs(slot.daysTo(it.value().date())) <= 6)
            keptMoves.insert(slot, it.value());
    }
    moved = keptMoves;
}

QJsonObject Course::toJson() const
{
    QJsonObject movedJson;
    for (auto it = moved.constBegin(); it != moved.constEnd(); ++it)
        movedJson.insert(it.key().toString(Qt::ISODate), it.value().toString(Qt::ISODate));
    return {{QStringLiteral("totalSessions"), totalSessions},
            {QStringLiteral("firstSession"), firstSession.toString(Qt::ISODate)},
            {QStringLiteral("sessionTime"), sessionTime.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("sessionMinutes"), sessionMinutes},
            {QStringLiteral("breaks"), datesToJson(breaks)},
            {QStringLiteral("cancelled"), datesToJson(cancelled)},
            {QStringLiteral("missed"), datesToJson(missed)},
            {QStringLiteral("moved"), movedJson}};
}

Result<Course> Course::fromJson(const QJsonObject &json)
{
    Course c;
    c.totalSessions = json.value(QStringLiteral("totalSessions")).toInt(0);
    c.firstSession =
        QDate::fromString(json.value(QStringLiteral("firstSession")).toString(), Qt::ISODate);
    c.sessionTime = QTime::fromString(json.value(QStringLiteral("sessionTime")).toString(),
                                      QStringLiteral("HH:mm"));
    c.sessionMinutes = json.value(QStringLiteral("sessionMinutes")).toInt(50);
    const bool listsOk = datesFromJson(json.value(QStringLiteral("breaks")), &c.breaks) &&
                         datesFromJson(json.value(QStringLiteral("cancelled")), &c.cancelled) &&
                         datesFromJson(json.value(QStringLiteral("missed")), &c.missed);
    const QJsonObject movedJson = json.value(QStringLiteral("moved")).toObject();
    for (auto it = movedJson.constBegin(); it != movedJson.constEnd(); ++it) {
        const QDate slot = QDate::fromString(it.key(), Qt::ISODate);
        const QDateTime when = QDateTime::fromString(it.value().toString(), Qt::ISODate);
        if (!slot.isValid() || !when.isValid())
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate("Course", "A moved session's date is not valid."));
        c.moved.insert(slot, when);
    }
    if (!listsOk)
        return makeError(ErrorCode::BadInput, QCoreApplication::translate(
                                                  "Course", "A date in the course is not valid."));
    if (const QString p = c.problem(); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    return c;
}

int initialPhaseLength(int totalSessions)
{
    return std::max(1, int(std::lround(totalSessions / 4.0)));
}

int endingPhaseLength(int totalSessions)
{
    return std::max(1, int(std::lround(totalSessions / 4.0)));
}

Phase phaseOf(int session, int totalSessions)
{
    if (session <= initialPhaseLength(totalSessions))
        return Phase::Initial;
    if (session > totalSessions - endingPhaseLength(totalSessions))
        return Phase::Ending;
    return Phase::Middle;
}

QString phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::Initial:
        return QStringLiteral("initial");
    case Phase::Middle:
        return QStringLiteral("middle");
    case Phase::Ending:
        return QStringLiteral("ending");
    }
    return {};
}

} // namespace dit
