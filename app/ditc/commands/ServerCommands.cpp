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

#include <algorithm>

namespace dit::cli {

using namespace dit::sync;

namespace {

// One line per slot after a short header; every slot line is a secret. Wipes the slots.
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

// --out-dir: a new folder (owner only) with one file a slot, slot-01.txt, slot-02.txt, ...,
// each a slot file the tablet can open ("Pair device"). Wipes the slots.
Status writeSlotFolder(const QString &dir, const QUrl &server, std::vector<PairingPayload> &slots)
{
    if (!QDir().mkdir(dir) ||
        !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        for (PairingPayload &slot : slots)
            slot.pairKey.wipe();
        return makeError(ErrorCode::Io, QStringLiteral("cannot make the folder %1").arg(dir));
    }
    const int width = std::max(2, int(QString::number(qulonglong(slots.size())).size()));
    Status written;
    qulonglong number = 0;
    for (PairingPayload &slot : slots) {
        std::vector<PairingPayload> one;
        one.push_back(std::move(slot));
        ++number;
        QByteArray text = slotFile(server, one);
        if (written)
            written = writeFileAtomically(
                QDir(dir).filePath(
                    QStringLiteral("slot-%1.txt").arg(number, width, 10, QLatin1Char('0'))),
                text);
        wipeBytes(text);
    }
    return written;
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
    const auto outDir = args.takeOption(QStringLiteral("--out-dir"));
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
    if (!server || out.has_value() == outDir.has_value() || !numeric || count < 1 ||
        count > Provisioning::kMaxPrepared)
        return ctx.usage(QStringLiteral("server prepare needs --server URL (or --service DIR "
                                        "naming one), --count N (1 to %1) and --out FILE or "
                                        "--out-dir DIR")
                             .arg(Provisioning::kMaxPrepared));
    const QString target = out ? *out : *outDir;
    const QUrl url(*server, QUrl::StrictMode);
    if (!CouchDatabase::addressAllowed(url))
        return ctx.usage(QStringLiteral("--server must be an https address (http only for "
                                        "127.0.0.1 or localhost), without a name or password"));
    if (QFileInfo::exists(target))
        return ctx.fail(
            makeError(ErrorCode::AlreadyExists,
                      QStringLiteral("%1 exists already; choose a new %2")
                          .arg(target, out ? QStringLiteral("file") : QStringLiteral("folder"))));
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
        Status written;
        if (out) {
            QByteArray text = slotFile(url, slots);
            written = writeFileAtomically(*out, text);
            wipeBytes(text);
        } else {
            written = writeSlotFolder(*outDir, url, slots);
        }
        if (!written)
            return ctx.fail(written.error());
    }
    if (!made) {
        std::fprintf(stderr, "ditc: %d of %d pair slots prepared%s\n", prepared, count,
                     prepared > 0 ? qPrintable(QStringLiteral(" (in %1)").arg(target)) : "");
        return ctx.fail(made.error());
    }
    ctx.print({{QStringLiteral("prepared"), prepared}, {QStringLiteral("out"), target}},
              {out ? QStringLiteral("Prepared %1 pair slots on %2, written to %3 (readable by you "
                                    "only). Give each line to one clinician, then delete the file.")
                         .arg(prepared)
                         .arg(url.toString(), target)
                   : QStringLiteral("Prepared %1 pair slots on %2, one a file in %3 (readable by "
                                    "you only). Give each file to one clinician, then delete it.")
                         .arg(prepared)
                         .arg(url.toString(), target)});
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
