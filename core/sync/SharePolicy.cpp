#include "SharePolicy.h"

#include "course/CourseStore.h"
#include "focus/FocusStore.h"
#include "letters/LetterStore.h"
#include "measures/ResponseStore.h"
#include "measures/ScheduleStore.h"

namespace dit::sync {

const QStringList &SharePolicy::sharedKinds()
{
    static const QStringList kinds = {
        QString::fromLatin1(ResponseStore::kKind), QString::fromLatin1(ScheduleStore::kKind),
        QString::fromLatin1(CourseStore::kKind),   QString::fromLatin1(FocusStore::kKind),
        QString::fromLatin1(LetterStore::kKind),   QString::fromLatin1(LetterStore::kMarkKind),
    };
    return kinds;
}

bool SharePolicy::isSharedKind(const QString &kind)
{
    return sharedKinds().contains(kind);
}

QString SharePolicy::markedVersion(const Record &mark)
{
    return mark.body.value(QStringLiteral("version")).toString();
}

bool SharePolicy::shares(const Record &record) const
{
    if (!isSharedKind(record.kind))
        return false;
    if (record.kind == QLatin1String(LetterStore::kKind))
        return m_shared.contains(record.id);
    if (record.kind == QLatin1String(LetterStore::kMarkKind))
        return m_shared.contains(markedVersion(record));
    return true;
}

} // namespace dit::sync
