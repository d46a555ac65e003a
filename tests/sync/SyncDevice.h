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
    // `idleMs`: the client's own limit for a silent server; short only where a test makes
    // the server go silent on purpose (it costs that long each time).
    explicit SyncDevice(Role role, int idleMs = 5000);
    // Pairs through a proxy or straight to the server (the payload's address is replaced).
    bool pair(const sync::PairingPayload &payload, const QString &subject, const QUrl &via = {});
    // One pass; and, the first time the other device has joined and `confirmsOnJoin`, this
    // device's person confirms the check words and a second pass follows (counts summed), so
    // tests not about confirmation see records flow as before (docs/SYNC.md, "Confirming").
    Result<sync::SyncCounts> sync();
    bool confirmsOnJoin = true;
    sync::Pair pairState();
    // A record of `kind` holding `text`, with a body that kind may hold.
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
