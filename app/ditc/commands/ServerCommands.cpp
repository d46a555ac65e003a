// The service's IT, on its own machine (docs/SYNC.md, "Setting up the server"): prepares
// pair databases and their users with the server's admin account, and writes the pair slots
// handed to clinicians, and removes a pair for good. The admin name and password, and any
// slot, come on stdin, never as arguments.
#include "Commands.h"
#include "NetworkHttpClient.h"
#include "common/Clock.h"
#include "service/ServiceConfig.h"
#include "storage/AtomicFile.h"
#include "sync/CouchDatabase.h"
#include "sync/Provisioning.h"

#include <QDir>
#include <QFileInfo>

namespace dit::cli {

using namespace dit::sync;

namespace {

// One line per slot after a short header; every slot line is a secret.
QByteArray slotFile(const QUrl &server, std::vector<PairingPayload> &slots)
{
    QByteArray text = "# DIT Companion pair slots for " + server.toEncoded() +
                      "\n# Each line is one pair's secret: give each to one clinician, for one "
                      "patient, once.\n# Delete this file once every slot is handed out "
                      "(docs/SYNC.md, \"Setting up the server\").\n";
    for (PairingPayload &slot : slots) {
        QString typed = slot.typed();
        text += typed.toLatin1() + '\n';
        wipeString(typed);
        slot.pairKey.wipe();
    }
    return text;
}

// The server's admin account, on stdin: its name, then its password.
struct Admin
{
    QString name;
    SecretBytes password;
};

Result<Admin> readAdmin(Context &ctx)
{
    auto name = ctx.readLine("Server admin name");
    if (!name)
        return name.error();
    auto password = ctx.readSecret("Server admin password");
    if (!password)
        return password.error();
    return Admin{name.value().trimmed(), std::move(password.value())};
}

int runPrepare(Context &ctx, Args &args)
{
    auto server = args.takeOption(QStringLiteral("--server"));
    const auto countText = args.takeOption(QStringLiteral("--count"));
    const auto out = args.takeOption(QStringLiteral("--out"));
    const auto serviceDir = args.takeOption(QStringLiteral("--service"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    Result<ServiceConfig> service = ServiceConfig::builtIn();
    if (serviceDir) {
        if (!QDir(*serviceDir).exists())
            return ctx.fail(makeError(ErrorCode::NotFound,
                                      QStringLiteral("no service folder at %1").arg(*serviceDir)));
        service = ServiceConfig::loadFromFolder(*serviceDir);
    }
    if (!service)
        return ctx.fail(service.error());
    const SyncServiceConfig &sync = service.value().sync();
    if (!server && sync.server.isValid())
        server = sync.server.toString();
    bool numeric = false;
    const int count = countText ? countText->toInt(&numeric) : 0;
    if (!server || !out || !numeric || count < 1 || count > Provisioning::kMaxPrepared)
        return ctx.usage(QStringLiteral("server prepare needs --server URL (or --service DIR "
                                        "naming one), --count N (1 to %1) and --out FILE")
                             .arg(Provisioning::kMaxPrepared));
    const QUrl url(*server, QUrl::StrictMode);
    if (!CouchDatabase::addressAllowed(url))
        return ctx.usage(QStringLiteral("--server must be an https address (http only for "
                                        "127.0.0.1 or localhost), without a name or password"));
    if (QFileInfo::exists(*out))
        return ctx.fail(
            makeError(ErrorCode::AlreadyExists,
                      QStringLiteral("%1 exists already; choose a new file").arg(*out)));
    auto admin = readAdmin(ctx);
    if (!admin)
        return ctx.fail(admin.error());

    NetworkHttpClient http;
    Provisioning provisioning(http, url, admin.value().name, admin.value().password);
    admin.value().password.wipe();
    // The short code's meeting place, when the service has one on this server: clinicians'
    // devices publish there with the short-code account only.
    if (sync.rendezvousServes(url))
        if (Status s = provisioning.prepareRendezvous(
                sync.rendezvousUser, SecretBytes::fromText(sync.rendezvousPassword));
            !s)
            return ctx.fail(s.error());
    std::vector<PairingPayload> slots;
    const Status made = provisioning.preparePairs(count, slots);
    const int prepared = int(slots.size());
    // Whatever was made is written, so no database on the server is left without its slot.
    if (prepared > 0) {
        QByteArray text = slotFile(url, slots);
        const Status written = writeFileAtomically(*out, text);
        wipeBytes(text);
        if (!written)
            return ctx.fail(written.error());
    }
    if (!made) {
        std::fprintf(stderr, "ditc: %d of %d pair slots prepared%s\n", prepared, count,
                     prepared > 0 ? qPrintable(QStringLiteral(" (in %1)").arg(*out)) : "");
        return ctx.fail(made.error());
    }
    ctx.print({{QStringLiteral("prepared"), prepared}, {QStringLiteral("out"), *out}},
              {QStringLiteral("Prepared %1 pair slots on %2, written to %3 (readable by you "
                              "only). Give each line to one clinician, then delete the file.")
                   .arg(prepared)
                   .arg(url.toString(), *out)});
    return kOk;
}

// Unpairing for good: the pair's user and database go from the server. The slot names them
// (and the server); the admin account does the removing.
int runRemove(Context &ctx, Args &args)
{
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    auto admin = readAdmin(ctx);
    if (!admin)
        return ctx.fail(admin.error());
    auto slotText = ctx.readLine("Pair slot");
    if (!slotText)
        return ctx.fail(slotText.error());
    auto slot = parseSlot(slotText.value());
    if (!slot)
        return ctx.fail(slot.error());
    NetworkHttpClient http;
    Provisioning provisioning(http, slot.value().server, admin.value().name,
                              admin.value().password);
    admin.value().password.wipe();
    const Status removed = provisioning.removePair(slot.value().pairKey);
    slot.value().pairKey.wipe();
    if (!removed)
        return ctx.fail(removed.error());
    ctx.print({{QStringLiteral("removed"), true}},
              {QStringLiteral("The pair's user and database were removed from the server.")});
    return kOk;
}

} // namespace

int runServer(Context &ctx, Args &args)
{
    const QString what = args.takePositional();
    if (what == QLatin1String("prepare"))
        return runPrepare(ctx, args);
    if (what == QLatin1String("remove"))
        return runRemove(ctx, args);
    return ctx.usage(QStringLiteral("server needs prepare or remove"));
}

} // namespace dit::cli
