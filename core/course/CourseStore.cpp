#include "CourseStore.h"

namespace dit {

namespace {
// With two heads (edited on two devices), the most recent edit is the current course; both
// stay in the history.
const Record *latest(const QList<Record> &heads)
{
    const Record *best = nullptr;
    for (const Record &r : heads)
        if (!best || r.createdAt > best->createdAt)
            best = &r;
    return best;
}
} // namespace

Result<std::optional<Course>> CourseStore::current(const QString &subject)
{
    auto heads = m_records.heads(QString::fromLatin1(kKind), subject);
    if (!heads)
        return heads.error();
    const Record *head = latest(heads.value());
    if (!head)
        return std::optional<Course>();
    auto course = Course::fromJson(head->body);
    if (!course)
        return course.error();
    return std::optional<Course>(course.value());
}

Result<Record> CourseStore::save(const Course &course, const QString &subject)
{
    if (const QString p = course.problem(); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    auto heads = m_records.heads(QString::fromLatin1(kKind), subject);
    if (!heads)
        return heads.error();
    const Record *head = latest(heads.value());
    return m_records.append(QString::fromLatin1(kKind), course.toJson(), subject,
                            head ? head->id : QString());
}

Result<QList<Record>> CourseStore::history(const QString &subject)
{
    return m_records.list(QString::fromLatin1(kKind), subject);
}

} // namespace dit
