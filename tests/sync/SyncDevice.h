#pragma once

#include "NetworkHttpClient.h"
#include "TestSupport.h"
#include "sync/Pairing.h"
#include "sync/Replicator.h"

#include <memory>

namespace dit::test {

// One device in a sync test: its own profile, store, network client and replicator.
struct SyncDevice
{
    explicit SyncDevice(Role role);
    // Pairs through a proxy or straight to the server (the payload's address is replaced).
    bool pair(const sync::PairingPayload &payload, const QString &subject, const QUrl &via = {});
    Result<sync::SyncCounts> sync();
    sync::Pair pairState();
    QString write(const QString &kind, const QString &text, const QString &subject = {});
    // Every record id of these kinds for this subject.
    QStringList ids(const QStringList &kinds, const QString &subject = {});
    int count(const QString &kind, const QString &subject = {});

    TempProfile profile;
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::PairStore> pairs;
    sync::NetworkHttpClient http;
    std::unique_ptr<sync::Replicator> replicator;
    QString pairId;
};

} // namespace dit::test
