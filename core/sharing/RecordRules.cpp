#include "RecordRules.h"

#include "common/Ids.h"
#include "course/Course.h"
#include "course/CourseStore.h"
#include "focus/Focus.h"
#include "focus/FocusStore.h"
#include "letters/Annotations.h"
#include "letters/Letter.h"
#include "letters/LetterStore.h"
#include "measures/MeasureSchedule.h"
#include "measures/ResponseStore.h"
#include "measures/ScheduleStore.h"

#include <QJsonDocument>

namespace dit::sharing {

namespace {

QString kindOf(const char *kind)
{
    return QString::fromLatin1(kind);
}

bool is(const Record &r, const char *kind)
{
    return r.kind == QLatin1String(kind);
}

bool isAnnotation(const Record &r)
{
    return is(r, AnnotationStore::kHighlightKind) || is(r, AnnotationStore::kNoteKind);
}

} // namespace

const QStringList &kindsFor(Direction direction)
{
    static const QStringList toPatient = {
        kindOf(CourseStore::kKind), kindOf(ScheduleStore::kKind),   kindOf(FocusStore::kKind),
        kindOf(LetterStore::kKind), kindOf(LetterStore::kMarkKind), kindOf(ResponseStore::kKind)};
    static const QStringList toTherapist = {
        kindOf(ResponseStore::kKind), kindOf(LetterStore::kKind),
        kindOf(AnnotationStore::kHighlightKind), kindOf(AnnotationStore::kNoteKind)};
    return direction == Direction::ToPatient ? toPatient : toTherapist;
}

bool bodyIsValid(const Record &r)
{
    if (is(r, CourseStore::kKind)) {
        auto c = Course::fromJson(r.body);
        return c && c.value().problem().isEmpty();
    }
    if (is(r, ScheduleStore::kKind))
        return MeasureSchedule::fromJson(r.body, Course::kMaxSessions).ok();
    if (is(r, FocusStore::kKind)) {
        auto f = Focus::fromJson(r.body);
        return f && f.value().problem().isEmpty();
    }
    if (is(r, LetterStore::kKind)) {
        auto l = Letter::fromJson(r.body);
        return l && l.value().problem().isEmpty();
    }
    if (is(r, LetterStore::kMarkKind)) {
        VersionMark mark;
        return isValidId(r.body.value(QStringLiteral("letter")).toString()) &&
               isValidId(r.body.value(QStringLiteral("version")).toString()) &&
               versionMarkFromName(r.body.value(QStringLiteral("mark")).toString(), &mark) &&
               r.body.size() == 3;
    }
    if (is(r, ResponseStore::kKind))
        return StoredResponse::fromRecord(r).ok();
    if (isAnnotation(r)) {
        const auto anchor = PassageAnchor::fromJson(r.body);
        if (!anchor || !isValidId(anchor->letter))
            return false;
        if (is(r, AnnotationStore::kNoteKind)) {
            const QString note = r.body.value(QStringLiteral("note")).toString();
            return !note.trimmed().isEmpty() && note.size() <= AnnotationStore::kMaxNoteLength;
        }
        return true;
    }
    return false;
}

bool mayCreate(Side side, const Record &r)
{
    if (!bodyIsValid(r))
        return false;
    if (is(r, LetterStore::kKind)) {
        const Letter letter = Letter::fromJson(r.body).value();
        return side == Side::Therapist
                   ? letter.author == LetterAuthor::Therapist
                   : letter.author == LetterAuthor::Patient && !letter.inReplyTo.isEmpty();
    }
    if (is(r, ResponseStore::kKind))
        return StoredResponse::fromRecord(r).value().inRoom == (side == Side::Therapist);
    if (isAnnotation(r))
        return side == Side::Patient;
    return true;
}

bool mayCarry(Direction direction, const Record &r)
{
    if (!kindsFor(direction).contains(r.kind))
        return false;
    const Side sender = direction == Direction::ToPatient ? Side::Therapist : Side::Patient;
    if (mayCreate(sender, r))
        return true;
    // A file carries every answer given, on either device: the tablet's in-room forms go to
    // the phone and come back in the phone's files.
    return is(r, ResponseStore::kKind) && bodyIsValid(r);
}

bool fieldsAreValid(const Record &r, const QDateTime &now)
{
    constexpr qint64 k2000 = 946684800000LL;
    const qint64 ms = r.createdAt.isValid() ? r.createdAt.toMSecsSinceEpoch() : -1;
    return isValidId(r.id) && isValidId(r.thread) && isValidId(r.author) &&
           (r.parent.isEmpty() || isValidId(r.parent)) && !r.kind.isEmpty() && ms >= k2000 &&
           ms <= now.toMSecsSinceEpoch() + kMaxClockAheadMs && r.schema >= 1 &&
           r.schema <= kMaxSchema &&
           QJsonDocument(r.body).toJson(QJsonDocument::Compact).size() <= kMaxBodyBytes;
}

bool isAhead(const Record &r, const QDateTime &now)
{
    return r.createdAt.isValid() &&
           r.createdAt.toMSecsSinceEpoch() > now.toMSecsSinceEpoch() + kMaxClockAheadMs;
}

bool fitsItsThread(const Record &r,
                   const std::function<std::optional<Record>(const QString &)> &find)
{
    if (r.parent.isEmpty())
        return r.thread == r.id;
    if (r.parent == r.id)
        return false;
    const auto parent = find(r.parent);
    return !parent || (parent->kind == r.kind && parent->thread == r.thread);
}

} // namespace dit::sharing
