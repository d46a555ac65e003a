#include "SyncDevice.h"

#include <QJsonObject>

namespace dit::test {

SyncDevice::SyncDevice(Role role, int idleMs)
{
    store = profile.create("correct horse battery", role);
    pairs = std::make_unique<sync::PairStore>(*store);
    sync::Replicator::Options options;
    // Small, so windows, bundles and pages of several each are exercised.
    options.batchSize = 7;
    options.bundleRecords = 2;
    options.pageSize = 3;
    options.idleTimeoutMs = idleMs;
    options.totalTimeoutMs = 4 * idleMs;
    replicator = std::make_unique<sync::Replicator>(*pairs, http, options);
}

bool SyncDevice::pair(const sync::PairingPayload &payload, const QString &subject, const QUrl &via)
{
    sync::PairingPayload p;
    p.server = via.isEmpty() ? payload.server : via;
    p.pairKey = SecretBytes::copyOf(payload.pairKey.view());
    auto added = sync::addPair(*pairs, p, subject, subject);
    if (!added)
        return false;
    pairId = added.value().id;
    return true;
}

Result<sync::SyncCounts> SyncDevice::sync()
{
    auto first = replicator->syncPair(pairId);
    if (!first || !confirmsOnJoin)
        return first;
    auto state = sync::pairConfirmation(*pairs, pairId);
    if (!state || state.value().checkWords.isEmpty() || state.value().confirmedAt ||
        !sync::confirmPair(*pairs, pairId))
        return first;
    auto second = replicator->syncPair(pairId);
    if (!second)
        return second;
    sync::SyncCounts sum = first.value();
    sum.pushed += second.value().pushed;
    sum.pulled += second.value().pulled;
    sum.rejected += second.value().rejected;
    sum.roundTrips += second.value().roundTrips;
    sum.serverReset = sum.serverReset || second.value().serverReset;
    sum.peerUnpaired = sum.peerUnpaired || second.value().peerUnpaired;
    return sum;
}

sync::Pair SyncDevice::pairState()
{
    return pairs->get(pairId).value();
}

QString SyncDevice::write(const QString &kind, const QString &text, const QString &subject)
{
    profile.clock.advanceSeconds(1);
    // A body its kind may hold (sync refuses any other): the text where nothing reads it.
    QJsonObject body{{QStringLiteral("text"), text}};
    if (kind == QLatin1String("focus")) {
        body = {{QStringLiteral("affect"), text}};
    } else if (kind == QLatin1String("measure-response")) {
        body.insert(QStringLiteral("instrument"), QStringLiteral("phq9"));
        body.insert(QStringLiteral("session"), 1);
        if (store->role() == Role::Therapist) // a form filled in on the tablet in the room
            body.insert(QStringLiteral("inRoom"), true);
    }
    auto r = store->records().append(kind, body, subject);
    return r ? r.value().id : QString();
}

QStringList SyncDevice::ids(const QStringList &kinds, const QString &subject)
{
    QStringList out;
    for (const QString &kind : kinds) {
        auto list = store->records().list(kind, subject);
        for (const Record &r : list.value())
            out << r.id;
    }
    out.sort();
    return out;
}

int SyncDevice::count(const QString &kind, const QString &subject)
{
    auto list = store->records().list(kind, subject);
    return list ? int(list.value().size()) : -1;
}

} // namespace dit::test
