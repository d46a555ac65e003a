// Sync (docs/SYNC.md): provision a pair from IT's pair slot, pair with a code, one sync
// pass, its status, unpair. Every secret (passphrase, pair slot, pairing code) on stdin.
#include "Commands.h"
#include "NetworkHttpClient.h"
#include "caseload/PatientStore.h"
#include "common/Clock.h"
#include "service/ServiceConfig.h"
#include "sync/CouchDatabase.h"
#include "sync/Pairing.h"
#include "sync/Rendezvous.h"
#include "sync/Replicator.h"

#include <QDir>
#include <QJsonArray>

#include <cstdio>

namespace dit::cli {

using namespace dit::sync;

namespace {

QString stateName(const Pair &p)
{
    return p.state == Pair::State::Active ? QStringLiteral("active") : QStringLiteral("unpaired");
}

QString pairName(const Pair &p)
{
    return p.label.isEmpty() ? QStringLiteral("this profile") : p.label;
}

// The caseload's patient named by --patient (a label or an id): a therapist's pair is bound
// to the patient's id, the subject of their records.
Result<Patient> caseloadPatient(Store &store, const QString &which)
{
    return PatientStore(store.records()).resolve(which);
}

// The active pairs, or only the one for the patient with this id.
Result<QList<Pair>> activePairs(PairStore &pairs, const std::optional<QString> &patient)
{
    auto all = pairs.pairs();
    if (!all)
        return all.error();
    QList<Pair> out;
    for (const Pair &p : all.value())
        if (p.state == Pair::State::Active && (!patient || p.subject == *patient))
            out.append(p);
    if (out.isEmpty())
        return makeError(ErrorCode::NotFound, patient
                                                  ? QStringLiteral("this patient is not paired")
                                                  : QStringLiteral("this profile is not paired"));
    return out;
}

// The profile, unlocked with the passphrase from stdin.
Result<std::unique_ptr<Store>> unlock(Context &ctx)
{
    static const SystemClock clock;
    Profile profile(ctx.profileDir, clock);
    return openProfile(ctx, profile);
}

QJsonObject payloadJson(const PairingPayload &payload, const QString &pairId)
{
    return {{QStringLiteral("pairId"), pairId},
            {QStringLiteral("payload"), payload.compact()},
            {QStringLiteral("typed"), payload.typed()},
            {QStringLiteral("phrase"), PairKeys(payload.pairKey).verificationPhrase()}};
}

// The service's configuration (--service DIR): where its server is and the short code's
// account there. Without --service: the built-in one, which names neither.
Result<ServiceConfig> serviceConfig(const std::optional<QString> &dir)
{
    if (!dir)
        return ServiceConfig::builtIn();
    if (!QDir(*dir).exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("no service folder at %1").arg(*dir));
    return ServiceConfig::loadFromFolder(*dir);
}

} // namespace

int runProvision(Context &ctx, Args &args)
{
    const auto patient = args.takeOption(QStringLiteral("--patient"));
    const auto serviceDir = args.takeOption(QStringLiteral("--service"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    auto service = serviceConfig(serviceDir);
    if (!service)
        return ctx.fail(service.error());
    const SyncServiceConfig &sync = service.value().sync();
    if (!patient || patient->trimmed().isEmpty())
        return ctx.usage(QStringLiteral("provision needs --patient LABEL"));
    auto store = unlock(ctx);
    if (!store)
        return ctx.failProfile(store.error());
    if (store.value()->role() != Role::Therapist)
        return ctx.fail(makeError(ErrorCode::BadInput,
                                  QStringLiteral("provision is for a therapist's profile; on the "
                                                 "patient's device use `ditc pair`")));
    auto who = caseloadPatient(*store.value(), *patient);
    if (!who)
        return ctx.fail(who.error());
    PairStore pairs(*store.value());
    if (auto existing = activePairs(pairs, who.value().id); existing)
        return ctx.fail(
            makeError(ErrorCode::AlreadyExists,
                      QStringLiteral("%1 is already paired; unpair first").arg(who.value().label)));
    // One pair slot from the service's IT (`ditc server prepare`): this device never holds
    // the server's admin account (docs/SYNC.md, "Setting up the server").
    auto slotText = ctx.readLine("Pair slot");
    if (!slotText)
        return ctx.fail(slotText.error());
    auto payload = parseSlot(slotText.value());
    if (!payload)
        return ctx.fail(payload.error());
    const QUrl url = payload.value().server;
    auto pair = addPair(pairs, payload.value(), who.value().id, who.value().label);
    if (!pair)
        return ctx.fail(pair.error());
    QJsonObject out = payloadJson(payload.value(), pair.value().id);
    QStringList lines{
        QStringLiteral("Pairing code (for the QR code): %1")
            .arg(out.value(QStringLiteral("payload")).toString()),
        QStringLiteral("Long code: %1").arg(out.value(QStringLiteral("typed")).toString())};
    // The short code, when the service has a meeting place on this server. The pair is made
    // already: a failure here leaves the long code, said on stderr.
    if (sync.rendezvousServes(url)) {
        const SystemClock clock;
        NetworkHttpClient http;
        auto code = Rendezvous::forService(http, sync, clock).publish(payload.value());
        if (code) {
            QString typed = code.value().typed();
            out.insert(QStringLiteral("shortCode"), typed);
            out.insert(QStringLiteral("shortCodeMinutes"), Rendezvous::kLifetimeSeconds / 60);
            lines << QStringLiteral("Short code: %1 (works once, for %2 minutes)")
                         .arg(typed)
                         .arg(Rendezvous::kLifetimeSeconds / 60);
            wipeString(typed);
        } else {
            std::fprintf(stderr, "ditc: warning: no short code: %s\n",
                         code.error().message.toUtf8().constData());
        }
    }
    lines << QStringLiteral("Check that both devices show: %1")
                 .arg(out.value(QStringLiteral("phrase")).toString());
    ctx.print(out, lines);
    return kOk;
}

int runPair(Context &ctx, Args &args)
{
    const auto serviceDir = args.takeOption(QStringLiteral("--service"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    auto service = serviceConfig(serviceDir);
    if (!service)
        return ctx.fail(service.error());
    const SyncServiceConfig &sync = service.value().sync();
    auto store = unlock(ctx);
    if (!store)
        return ctx.failProfile(store.error());
    if (store.value()->role() != Role::Patient)
        return ctx.fail(makeError(ErrorCode::BadInput,
                                  QStringLiteral("pair is for the patient's profile; a therapist "
                                                 "uses `ditc provision`")));
    auto code = ctx.readLine("Pairing code");
    if (!code)
        return ctx.fail(code.error());
    Result<PairingPayload> payload = Error{};
    if (ShortCode::isShortForm(code.value())) {
        // The short code finds the payload on the service's server (docs/SYNC.md).
        if (!sync.hasRendezvous()) {
            wipeString(code.value());
            return ctx.fail(makeError(
                ErrorCode::BadInput,
                QStringLiteral(
                    "a short code needs the service's configuration (--service DIR "
                    "with sync.server and sync.rendezvous); type the long code instead")));
        }
        auto shortCode = ShortCode::parse(code.value());
        wipeString(code.value());
        if (!shortCode)
            return ctx.fail(shortCode.error());
        NetworkHttpClient http;
        const SystemClock clock;
        payload = Rendezvous::forService(http, sync, clock).collect(shortCode.value());
    } else {
        payload = PairingPayload::parse(code.value());
        wipeString(code.value());
    }
    if (!payload)
        return ctx.fail(payload.error());
    PairStore pairs(*store.value());
    auto pair = addPair(pairs, payload.value(), {}, {});
    if (!pair)
        return ctx.fail(pair.error());
    const QString phrase = PairKeys(payload.value().pairKey).verificationPhrase();
    ctx.print({{QStringLiteral("pairId"), pair.value().id},
               {QStringLiteral("server"), pair.value().serverUrl},
               {QStringLiteral("phrase"), phrase}},
              {QStringLiteral("Paired with %1").arg(pair.value().serverUrl),
               QStringLiteral("Check that both devices show: %1").arg(phrase)});
    return kOk;
}

namespace {

int runSyncStatus(Context &ctx, PairStore &pairs)
{
    auto all = pairs.pairs();
    if (!all)
        return ctx.fail(all.error());
    if (all.value().isEmpty())
        return ctx.fail(
            makeError(ErrorCode::NotFound, QStringLiteral("this profile is not paired")));
    QJsonArray rows;
    QStringList lines;
    for (const Pair &p : all.value()) {
        PairConfirmation c;
        if (p.state == Pair::State::Active)
            if (auto got = pairConfirmation(pairs, p.id); got)
                c = got.value();
        const QString confirmedAt = c.confirmedAt ? isoLocal(*c.confirmedAt) : QString();
        const QString otherConfirmedAt =
            c.otherConfirmedAt ? isoLocal(*c.otherConfirmedAt) : QString();
        rows.append(QJsonObject{{QStringLiteral("pairId"), p.id},
                                {QStringLiteral("patient"), p.label},
                                {QStringLiteral("server"), p.serverUrl},
                                {QStringLiteral("state"), stateName(p)},
                                {QStringLiteral("lastSynced"), isoLocal(p.lastSyncedAt)},
                                {QStringLiteral("lastFailure"), p.lastFailure},
                                {QStringLiteral("checkWords"), c.checkWords},
                                {QStringLiteral("confirmedAt"), confirmedAt},
                                {QStringLiteral("otherConfirmedAt"), otherConfirmedAt}});
        QString line =
            QStringLiteral("%1: %2, last synced %3")
                .arg(pairName(p), stateName(p),
                     p.lastSyncedAt.isValid() ? isoLocal(p.lastSyncedAt) : QStringLiteral("never"));
        if (!c.checkWords.isEmpty())
            line += confirmedAt.isEmpty()
                        ? QStringLiteral("; check words %1, not confirmed here").arg(c.checkWords)
                        : QStringLiteral("; check words %1, confirmed here %2")
                              .arg(c.checkWords, confirmedAt);
        if (!c.checkWords.isEmpty())
            line +=
                otherConfirmedAt.isEmpty()
                    ? QStringLiteral(", waiting for the other device to confirm")
                    : QStringLiteral(", confirmed on the other device %1").arg(otherConfirmedAt);
        if (!p.lastFailure.isEmpty())
            line += QStringLiteral("; %1").arg(p.lastFailure);
        lines << line;
    }
    ctx.print({{QStringLiteral("pairs"), rows}}, lines);
    return kOk;
}

// The one active pair, named by --patient where there are several; otherwise nothing, with
// the exit code already reported in `failed`.
std::optional<Pair> onePair(Context &ctx, Store &store, const std::optional<QString> &patient,
                            int *failed)
{
    std::optional<QString> subject;
    if (patient) {
        auto who = caseloadPatient(store, *patient);
        if (!who) {
            *failed = ctx.fail(who.error());
            return std::nullopt;
        }
        subject = who.value().id;
    }
    PairStore pairs(store);
    auto active = activePairs(pairs, subject);
    if (!active) {
        *failed = ctx.fail(active.error());
        return std::nullopt;
    }
    if (active.value().size() > 1) {
        *failed = ctx.usage(QStringLiteral("several patients are paired: name one with --patient"));
        return std::nullopt;
    }
    return active.value().first();
}

// The person says both devices show the same check words (docs/SYNC.md, "Confirming the
// pair"): the other device's records are accepted from the next pass on.
int runSyncConfirm(Context &ctx, Store &store, const std::optional<QString> &patient)
{
    int failed = kOk;
    const auto one = onePair(ctx, store, patient, &failed);
    if (!one)
        return failed;
    const Pair &pair = *one;
    PairStore pairs(store);
    if (Status s = confirmPair(pairs, pair.id); !s)
        return ctx.fail(s.error());
    auto c = pairConfirmation(pairs, pair.id);
    if (!c)
        return ctx.fail(c.error());
    ctx.print({{QStringLiteral("pairId"), pair.id},
               {QStringLiteral("checkWords"), c.value().checkWords},
               {QStringLiteral("confirmedAt"), isoLocal(c.value().confirmedAt.value())}},
              {QStringLiteral("%1: confirmed the check words %2")
                   .arg(pairName(pair), c.value().checkWords)});
    return kOk;
}

} // namespace

int runSync(Context &ctx, Args &args)
{
    const QString sub = args.takePositional();
    if (!sub.isEmpty() && sub != QStringLiteral("status") && sub != QStringLiteral("confirm"))
        return ctx.usage(QStringLiteral("unknown sync command: %1").arg(sub));
    const auto patient = sub == QStringLiteral("confirm")
                             ? args.takeOption(QStringLiteral("--patient"))
                             : std::optional<QString>();
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    auto store = unlock(ctx);
    if (!store)
        return ctx.failProfile(store.error());
    PairStore pairs(*store.value());
    if (sub == QStringLiteral("status"))
        return runSyncStatus(ctx, pairs);
    if (sub == QStringLiteral("confirm"))
        return runSyncConfirm(ctx, *store.value(), patient);

    auto active = activePairs(pairs, std::nullopt);
    if (!active)
        return ctx.fail(active.error());
    NetworkHttpClient http;
    Replicator replicator(pairs, http);
    QJsonArray rows;
    QStringList lines;
    std::optional<Error> firstFailure;
    for (const Pair &p : active.value()) {
        auto counts = replicator.syncPair(p.id);
        if (!counts) {
            rows.append(QJsonObject{{QStringLiteral("pairId"), p.id},
                                    {QStringLiteral("patient"), p.label},
                                    {QStringLiteral("error"), counts.error().message}});
            lines << QStringLiteral("%1: %2").arg(pairName(p), counts.error().message);
            if (!firstFailure)
                firstFailure = counts.error();
            continue;
        }
        const SyncCounts &c = counts.value();
        rows.append(QJsonObject{{QStringLiteral("pairId"), p.id},
                                {QStringLiteral("patient"), p.label},
                                {QStringLiteral("sent"), c.pushed},
                                {QStringLiteral("received"), c.pulled},
                                {QStringLiteral("rejected"), c.rejected},
                                {QStringLiteral("roundTrips"), c.roundTrips},
                                {QStringLiteral("serverRefilled"), c.serverReset},
                                {QStringLiteral("otherDeviceUnpaired"), c.peerUnpaired}});
        QString line = QStringLiteral("%1: sent %2, received %3, rejected %4 (%5 round trips)")
                           .arg(pairName(p))
                           .arg(c.pushed)
                           .arg(c.pulled)
                           .arg(c.rejected)
                           .arg(c.roundTrips);
        if (c.peerUnpaired)
            line += QStringLiteral("; the other device unpaired");
        lines << line;
    }
    ctx.print({{QStringLiteral("pairs"), rows}}, lines);
    return firstFailure ? ctx.fail(*firstFailure) : kOk;
}

int runUnpair(Context &ctx, Args &args)
{
    const auto patient = args.takeOption(QStringLiteral("--patient"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    auto store = unlock(ctx);
    if (!store)
        return ctx.failProfile(store.error());
    int failed = kOk;
    const auto one = onePair(ctx, *store.value(), patient, &failed);
    if (!one)
        return failed;
    const Pair &pair = *one;
    PairStore pairs(*store.value());

    NetworkHttpClient http;
    Replicator replicator(pairs, http);
    if (Status s = replicator.unpair(pair.id); !s)
        return ctx.fail(s.error());
    QStringList lines{
        QStringLiteral("Unpaired %1: the key is gone from this device.").arg(pairName(pair))};
    ctx.print({{QStringLiteral("pairId"), pair.id},
               {QStringLiteral("state"), QStringLiteral("unpaired")}},
              lines);
    return kOk;
}

} // namespace dit::cli
