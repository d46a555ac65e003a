// dit-bench-sync: the sync figure of scripts/bench.sh (docs/PERFORMANCE.md), against a
// PouchDB Server the script started.
//   dit-bench-sync setup DIR SERVER N   < passphrase, admin password (two lines)
//     provisions a pair with the server's admin account ("admin"), makes DIR/patient and
//     DIR/therapist (test KDF), pairs both, and writes N form answers on the patient's
//     device; prints "setup db=NAME records=N write_ms=T".
//   dit-bench-sync sync PROFILE [BATCH]  < passphrase
//     unlocks and runs one sync pass of the profile's pair, as the app does (its batch size
//     unless BATCH is given, to see what another would do); prints
//     "sync ms=T pushed=P pulled=Q round_trips=R hwm_kb=K" (K: the process's peak memory).
#include "NetworkHttpClient.h"
#include "storage/Profile.h"
#include "sync/PairKeys.h"
#include "sync/Pairing.h"
#include "sync/Provisioning.h"
#include "sync/Replicator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

using namespace dit;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "dit-bench-sync: %s\n", qPrintable(what));
    return 1;
}

SecretBytes readSecretLine()
{
    std::string line;
    std::getline(std::cin, line);
    QString text = QString::fromStdString(line);
    return SecretBytes::fromPassphrase(text);
}

long peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// A PHQ-9 answer as the app stores one (about the same size and shape).
QJsonObject answer(int i)
{
    QJsonArray items;
    for (int q = 0; q < 9; ++q)
        items.append((i + q) % 4);
    return {{QStringLiteral("instrument"), QStringLiteral("phq9")},
            {QStringLiteral("session"), i % 16 + 1},
            {QStringLiteral("answers"), items},
            {QStringLiteral("completedAt"),
             QStringLiteral("2026-01-05T10:%1:00Z").arg(i % 60, 2, 10, QLatin1Char('0'))}};
}

int setup(const QString &dir, const QUrl &server, int records)
{
    const SecretBytes passphrase = readSecretLine();
    const SecretBytes adminPassword = readSecretLine();
    SystemClock clock;
    sync::NetworkHttpClient http;
    auto payload =
        sync::Provisioning(http, server, QStringLiteral("admin"), adminPassword).createPair();
    if (!payload)
        return fail(QStringLiteral("provisioning: ") + payload.error().message);
    // Both devices as if their people had already confirmed the check words (docs/SYNC.md,
    // "Confirming the pair"): each knows the other's key, so the figure is the records' sync.
    struct Device
    {
        std::unique_ptr<Profile> profile;
        std::unique_ptr<Store> store;
        QString pairId;
        QByteArray publicKey;
    };
    Device made[2];
    for (int d = 0; d < 2; ++d) {
        const bool patient = d == 0;
        const QString who = patient ? QStringLiteral("patient") : QStringLiteral("therapist");
        auto profile = std::make_unique<Profile>(dir + QLatin1Char('/') + who, clock);
        auto store = profile->create(passphrase, patient ? Role::Patient : Role::Therapist,
                                     KdfParams::forTests());
        if (!store)
            return fail(store.error().message);
        sync::PairStore pairs(*store.value());
        const QString subject = patient ? QString() : QStringLiteral("bench-patient");
        auto added = sync::addPair(pairs, payload.value(), subject, subject);
        if (!added)
            return fail(QStringLiteral("pairing: ") + added.error().message);
        auto key = pairs.deviceKey();
        if (!key)
            return fail(key.error().message);
        made[d] = {std::move(profile), std::move(store.value()), added.value().id,
                   key.value().publicKey};
    }
    for (int d = 0; d < 2; ++d) {
        sync::PairStore pairs(*made[d].store);
        const Device &other = made[1 - d];
        const Role role = d == 0 ? Role::Therapist : Role::Patient;
        if (auto known =
                pairs.addDevice(made[d].pairId, other.store->deviceId(), other.publicKey, role);
            !known)
            return fail(known.error().message);
        if (Status s = pairs.confirmDevice(made[d].pairId, other.store->deviceId(), clock.now());
            !s)
            return fail(s.error().message);
    }
    {
        Store *store = made[0].store.get();
        QElapsedTimer timer;
        timer.start();
        Database &db = store->database();
        RecordStore &rs = store->records();
        // In transactions of 100, so that writing 5,000 is not 5,000 fsyncs.
        for (int from = 0; from < records; from += 100) {
            Status s = db.transaction([&]() -> Status {
                for (int i = from; i < std::min(records, from + 100); ++i)
                    if (auto r = rs.append(QStringLiteral("measure-response"), answer(i)); !r)
                        return r.error();
                return {};
            });
            if (!s)
                return fail(s.error().message);
        }
        std::printf("setup db=%s records=%d write_ms=%lld\n",
                    qPrintable(sync::PairKeys(payload.value().pairKey).databaseName()), records,
                    timer.elapsed());
    }
    return 0;
}

int syncOnce(const QString &dir, int batch)
{
    const SecretBytes passphrase = readSecretLine();
    SystemClock clock;
    Profile profile(dir, clock);
    auto store = profile.unlock(passphrase);
    if (!store)
        return fail(store.error().message);
    sync::PairStore pairs(*store.value());
    auto list = pairs.pairs();
    if (!list || list.value().size() != 1)
        return fail(QStringLiteral("the profile should hold one pair"));
    sync::NetworkHttpClient http;
    sync::Replicator::Options options;
    if (batch > 0)
        options.batchSize = batch;
    sync::Replicator replicator(pairs, http, options);
    QElapsedTimer timer;
    timer.start();
    auto counts = replicator.syncPair(list.value().first().id);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!counts)
        return fail(QStringLiteral("sync: ") + counts.error().message);
    std::printf("sync ms=%.2f pushed=%d pulled=%d round_trips=%d hwm_kb=%ld\n", ms,
                counts.value().pushed, counts.value().pulled, counts.value().roundTrips, peakKb());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    if (args.value(1) == QLatin1String("setup") && args.size() == 5) {
        const int records = args.at(4).toInt(&ok);
        if (ok && records >= 0 && records <= 100000)
            return setup(args.at(2), QUrl(args.at(3)), records);
    } else if (args.value(1) == QLatin1String("sync") && (args.size() == 3 || args.size() == 4)) {
        const int batch = args.size() == 4 ? args.at(3).toInt(&ok) : 0;
        if (args.size() == 3 || (ok && batch > 0 && batch <= 10000))
            return syncOnce(args.at(2), batch);
    }
    std::fprintf(stderr, "usage: dit-bench-sync setup DIR SERVER N < passphrase, admin password\n"
                         "       dit-bench-sync sync PROFILE [BATCH] < passphrase\n");
    return 2;
}
