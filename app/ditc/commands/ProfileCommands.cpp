#include "Commands.h"
#include "Unlock.h"
#include "common/Clock.h"
#include "common/TestHooks.h"
#include "storage/Migrations.h"
#include "storage/PassphrasePolicy.h"
#include "storage/Profile.h"

namespace dit::cli {

namespace {

// Reads a new passphrase (twice unless --no-confirm) and checks it against the policy.
Result<SecretBytes> readNewPassphrase(Context &ctx, bool confirm)
{
    auto first = ctx.readSecret("New passphrase");
    if (!first)
        return first.error();
    QString text = QString::fromUtf8(first.value().view());
    QString again; // not a copy of text: wiping a copy would zero text's shared buffer too
    if (confirm) {
        auto second = ctx.readSecret("Repeat the new passphrase");
        if (!second)
            return second.error();
        again = QString::fromUtf8(second.value().view());
    }
    const QString problem = passphrase::problemWith(text, confirm ? again : text);
    wipeString(again);
    if (!problem.isEmpty()) {
        wipeString(text);
        return makeError(ErrorCode::BadInput, problem);
    }
    return SecretBytes::fromPassphrase(text);
}

} // namespace

int runInit(Context &ctx, Args &args)
{
    const QString roleText =
        args.takeOption(QStringLiteral("--role")).value_or(QStringLiteral("patient"));
    const bool confirm = !args.takeFlag(QStringLiteral("--no-confirm"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    Role role = Role::Patient;
    if (!roleFromName(roleText, &role))
        return ctx.usage(QStringLiteral("--role must be patient or therapist"));

    SystemClock clock;
    Profile profile(ctx.profileDir, clock);
    if (profile.inspect().state != Profile::State::Missing)
        return ctx.fail(makeError(ErrorCode::AlreadyExists,
                                  QStringLiteral("a profile already exists in %1; it was not "
                                                 "changed")
                                      .arg(ctx.profileDir)));
    auto passphrase = readNewPassphrase(ctx, confirm);
    if (!passphrase)
        return ctx.fail(passphrase.error());
    auto store = profile.create(passphrase.value(), role, kdfParamsForNewKeyFile());
    if (!store)
        return ctx.fail(store.error());
    ctx.print({{QStringLiteral("profile"), ctx.profileDir},
               {QStringLiteral("role"), roleName(role)},
               {QStringLiteral("schemaVersion"), latestSchemaVersion()}},
              {QStringLiteral("Created a %1 profile in %2").arg(roleName(role), ctx.profileDir)});
    return kOk;
}

int runCheck(Context &ctx, Args &args)
{
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    SystemClock clock;
    Profile profile(ctx.profileDir, clock);
    const auto found = profile.inspect();
    if (found.state == Profile::State::Missing)
        return ctx.fail(
            makeError(ErrorCode::NotFound, QStringLiteral("no profile in %1").arg(ctx.profileDir)));
    if (found.state == Profile::State::Damaged)
        return ctx.failProfile(makeError(ErrorCode::Damaged, found.problem));
    auto passphrase = ctx.readSecret("Passphrase");
    if (!passphrase)
        return ctx.fail(passphrase.error());
    const AttemptCopy copy(profile);
    auto store = profile.unlock(passphrase.value());
    if (!store)
        return ctx.failProfile(store.error());
    if (Status s = store.value()->database().checkIntegrity(true); !s)
        return ctx.failProfile(s.error());
    auto version = store.value()->database().userVersion();
    if (!version)
        return ctx.fail(version.error());
    ctx.print({{QStringLiteral("integrity"), QStringLiteral("ok")},
               {QStringLiteral("schemaVersion"), version.value()},
               {QStringLiteral("role"), roleName(store.value()->role())}},
              {QStringLiteral("Integrity: ok"),
               QStringLiteral("Schema version: %1").arg(version.value()),
               QStringLiteral("Role: %1").arg(roleName(store.value()->role()))});
    return kOk;
}

int runPasswd(Context &ctx, Args &args)
{
    const bool confirm = !args.takeFlag(QStringLiteral("--no-confirm"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    SystemClock clock;
    Profile profile(ctx.profileDir, clock);
    const auto found = profile.inspect();
    if (found.state == Profile::State::Missing)
        return ctx.fail(
            makeError(ErrorCode::NotFound, QStringLiteral("no profile in %1").arg(ctx.profileDir)));
    if (found.state == Profile::State::Damaged)
        return ctx.failProfile(makeError(ErrorCode::Damaged, found.problem));
    auto oldPassphrase = ctx.readSecret("Current passphrase");
    if (!oldPassphrase)
        return ctx.fail(oldPassphrase.error());
    auto newPassphrase = readNewPassphrase(ctx, confirm);
    if (!newPassphrase)
        return ctx.fail(newPassphrase.error());
    const AttemptCopy copy(profile);
    if (Status s = profile.changePassphrase(oldPassphrase.value(), newPassphrase.value(),
                                            kdfParamsForNewKeyFile());
        !s)
        return ctx.fail(s.error());
    ctx.print({{QStringLiteral("changed"), true}}, {QStringLiteral("Passphrase changed.")});
    return kOk;
}

} // namespace dit::cli
