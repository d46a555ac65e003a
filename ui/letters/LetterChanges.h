#pragma once

#include "AppContext.h"
#include "letters/LetterStore.h"

namespace dit::letters {

// The letters' views tell each other of changes through the app's one change bus,
// AppContext::recordsChanged (docs/ARCHITECTURE.md, "Data flow"): a letter's versions and
// drafts are LetterStore::kKind, its marks and notes LetterStore::kMarkKind.
inline bool isLetterKind(const QString &kind)
{
    return kind == QLatin1String(LetterStore::kKind) ||
           kind == QLatin1String(LetterStore::kMarkKind);
}

// A letter, a version or a draft changed (saved, marked final, deleted).
inline void notifyLetterChanged(AppContext &context)
{
    context.notifyRecordsChanged(QString::fromLatin1(LetterStore::kKind));
}

// A mark or a note on a letter changed.
inline void notifyMarksChanged(AppContext &context)
{
    context.notifyRecordsChanged(QString::fromLatin1(LetterStore::kMarkKind));
}

} // namespace dit::letters
