#pragma once

#include "storage/Record.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace dit::sync {

// Which records leave the device (docs/SYNC.md, "What is shared"). Everything not listed
// here never does: private notes, highlights and notes on letters, focus reflections,
// drafts, settings, and any kind a later version adds until it is added here on purpose.
// Letter versions go only once marked shared (a reply the same way, when its writer shares
// it); a letter's marks go with the versions they name.
class SharePolicy
{
public:
    static bool isSharedKind(const QString &kind);
    static const QStringList &sharedKinds();

    // `versionsMarkedShared`: ids of letter versions with a "shared" mark.
    explicit SharePolicy(QSet<QString> versionsMarkedShared)
        : m_shared(std::move(versionsMarkedShared))
    {}
    bool shares(const Record &record) const;
    // For a letter mark: the version it names, which goes with it.
    static QString markedVersion(const Record &mark);

private:
    QSet<QString> m_shared;
};

} // namespace dit::sync
