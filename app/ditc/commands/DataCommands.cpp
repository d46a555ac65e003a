// Your data: backups (create, restore, verify) and deleting everything.
#include "Commands.h"
#include "Keystore.h"
#include "Unlock.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "common/TestHooks.h"
#include "storage/PassphrasePolicy.h"
#include "storage/Profile.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>

namespace dit::cli {

namespace {

// Reads a new passphrase (twice unless `confirm` is false) and checks it against the policy.
Result<SecretBytes> readChosenPassphrase(Context &ctx, const char *prompt, const char *again,
                                         bool confirm)
{
    auto first = ctx.readSecret(prompt);
    if (!first)
        return first.error();
    QString text = QString::fromUtf8(first.value().view());
    QString repeat; // not a copy of text: wiping a copy would zero text's shared buffer too
    if (confirm) {
        auto second = ctx.readSecret(again);
        if (!second)
            return second.error();
        repeat = QString::fromUtf8(second.value().view());
    }
    const QString problem = passphrase::problemWith(text, confirm ? repeat : text);
    wipeString(repeat);
    if (!problem.isEmpty()) {
        wipeString(text);
        return makeError(ErrorCode::BadInput, problem);
    }
    return SecretBytes::fromPassphrase(text);
}

QString counted(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(n == 1 ? one : many));
}

QString describe(const backup::Manifest &m)
{
    return QStringLiteral("%1 and %2, made %3")
        .arg(counted(m.records, "record", "records"), counted(m.drafts, "draft", "drafts"),
             m.createdAt.toString(Qt::ISODate));
}

QJsonObject toJson(const backup::Manifest &m)
{
    return {{QStringLiteral("records"), m.records},
            {QStringLiteral("drafts"), m.drafts},
            {QStringLiteral("schemaVersion"), m.schemaVersion},
            {QStringLiteral("role"), m.role},
            {QStringLiteral("createdAt"), m.createdAt.toString(Qt::ISODate)}};
}

int backupCreate(Context &ctx, Args &args, const QString &file)
{
    const bool replace = args.takeFlag(QStringLiteral("--replace"));
    const bool confirm = !args.takeFlag(QStringLiteral("--no-confirm"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    SystemClock clock;
    Profile profile(ctx.profileDir, clock);
    auto opened = openProfile(ctx, profile);
    if (!opened)
        return ctx.failProfile(opened.error());
    auto passphrase =
        readChosenPassphrase(ctx, "Backup passphrase", "Repeat the backup passphrase", confirm);
    if (!passphrase)
        return ctx.fail(passphrase.error());
    backup::CreateOptions options;
    options.replace = replace;
    auto made = backup::create(profile, opened.value()->databaseKey(), file, passphrase.value(),
                               kdfParamsForNewKeys(), QStringLiteral(DIT_VERSION), clock, options);
    if (!made)
        return ctx.fail(made.error());
    QJsonObject json = toJson(made.value().manifest);
    json.insert(QStringLiteral("file"), file);
    ctx.print(
        json,
        {QStringLiteral("Backup written to %1: %2.").arg(file, describe(made.value().manifest))});
    return kOk;
}

int backupRestore(Context &ctx, Args &args, const QString &file)
{
    const bool confirm = !args.takeFlag(QStringLiteral("--no-confirm"));
    const bool addOtherProfile = args.takeFlag(QStringLiteral("--add-other-profile"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    SystemClock clock;
    Profile profile(ctx.profileDir, clock);
    const auto found = profile.inspect();
    if (found.state == Profile::State::Damaged)
        return ctx.failProfile(makeError(
            ErrorCode::Damaged,
            found.problem + QStringLiteral(" A backup is never restored over a damaged profile: "
                                           "move the folder aside, or restore into a new one "
                                           "with --profile NEW-FOLDER.")));
    if (found.state == Profile::State::Missing) {
        // Into a new profile: the new profile's passphrase first, then the backup's.
        auto newPassphrase =
            readChosenPassphrase(ctx, "New passphrase", "Repeat the new passphrase", confirm);
        if (!newPassphrase)
            return ctx.fail(newPassphrase.error());
        auto backupPassphrase = ctx.readSecret("Backup passphrase");
        if (!backupPassphrase)
            return ctx.fail(backupPassphrase.error());
        auto restored =
            backup::restoreAsNewProfile(profile, file, backupPassphrase.value(),
                                        newPassphrase.value(), kdfParamsForNewKeyFile(), clock);
        if (!restored)
            return ctx.fail(restored.error());
        auto records = restored.value()->database().prepare("SELECT count(*) FROM records");
        const qint64 count = records && records.value().next() ? records.value().integer(0) : 0;
        ctx.print({{QStringLiteral("profile"), ctx.profileDir},
                   {QStringLiteral("records"), count},
                   {QStringLiteral("newProfile"), true}},
                  {QStringLiteral("Restored %1 records into a new profile in %2.")
                       .arg(count)
                       .arg(ctx.profileDir)});
        return kOk;
    }
    // Into this profile: its passphrase first, then the backup's.
    auto opened = openProfile(ctx, profile);
    if (!opened)
        return ctx.failProfile(opened.error());
    auto backupPassphrase = ctx.readSecret("Backup passphrase");
    if (!backupPassphrase)
        return ctx.fail(backupPassphrase.error());
    bool otherProfile = false;
    auto merged = backup::merge(profile, opened.value()->databaseKey(), file,
                                backupPassphrase.value(), addOtherProfile, &otherProfile);
    if (!merged) {
        Error e = merged.error();
        if (otherProfile)
            e.message += QStringLiteral(" To add another profile's records to this one, run "
                                        "again with --add-other-profile.");
        return ctx.fail(e);
    }
    const backup::MergeResult &m = merged.value();
    const QString whose =
        m.fromOtherProfile
            ? QStringLiteral(" This backup was of a different profile (%1, made on %2).")
                  .arg(m.info.manifest.profileId.left(8),
                       m.info.manifest.createdAt.toString(Qt::ISODate))
            : QString();
    ctx.print({{QStringLiteral("profile"), ctx.profileDir},
               {QStringLiteral("recordsAdded"), m.recordsAdded},
               {QStringLiteral("draftsAdded"), m.draftsAdded},
               {QStringLiteral("settingsAdded"), m.settingsAdded},
               {QStringLiteral("newProfile"), false},
               {QStringLiteral("fromProfile"), m.info.manifest.profileId},
               {QStringLiteral("fromOtherProfile"), m.fromOtherProfile}},
              {QStringLiteral("Added %1 records, %2 drafts and %3 settings from the backup; "
                              "nothing already here was changed.%4")
                   .arg(m.recordsAdded)
                   .arg(m.draftsAdded)
                   .arg(m.settingsAdded)
                   .arg(whose)});
    return kOk;
}

int backupVerify(Context &ctx, Args &args, const QString &file)
{
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    auto passphrase = ctx.readSecret("Backup passphrase");
    if (!passphrase)
        return ctx.fail(passphrase.error());
    auto info = backup::verify(file, passphrase.value(), QDir::tempPath());
    if (!info)
        return ctx.fail(info.error());
    QJsonObject json = toJson(info.value().manifest);
    json.insert(QStringLiteral("verified"), true);
    ctx.print(json, {QStringLiteral("Backup ok: %1.").arg(describe(info.value().manifest))});
    return kOk;
}

} // namespace

int runBackup(Context &ctx, Args &args)
{
    const QString action = args.takePositional();
    const QString file = args.takePositional();
    if (action.isEmpty() || file.isEmpty())
        return ctx.usage(QStringLiteral("backup needs an action (create, restore or verify) and "
                                        "a file"));
    if (action == QLatin1String("create"))
        return backupCreate(ctx, args, file);
    if (action == QLatin1String("restore"))
        return backupRestore(ctx, args, file);
    if (action == QLatin1String("verify"))
        return backupVerify(ctx, args, file);
    return ctx.usage(QStringLiteral("unknown backup action %1").arg(action));
}

int runWipe(Context &ctx, Args &args)
{
    const bool yes = args.takeFlag(QStringLiteral("--yes"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    if (!QFileInfo::exists(ctx.profileDir))
        return ctx.fail(
            makeError(ErrorCode::NotFound, QStringLiteral("no profile in %1").arg(ctx.profileDir)));
    if (!yes)
        return ctx.usage(QStringLiteral("wipe deletes the profile in %1 for good: its keys are "
                                        "destroyed first, so nothing in it can be read again, "
                                        "not even from a copy of the files. Run it again with "
                                        "--yes to do it")
                             .arg(ctx.profileDir));
    SystemClock clock;
    Profile profile(ctx.profileDir, clock);
    // The keystore's copy of the count of wrong passphrases goes with the keys (wipe()).
    const AttemptCopy copy(profile);
    // What the keyring may hold for this profile, read before the key file goes.
    auto keyFile = KeyFile::read(profile.keyFilePath());
    const QString keystoreEntry =
        keyFile && keyFile.value().hasKeystoreWrap()
            ? QStringLiteral("quick-unlock/") + keyFile.value().profileId()
            : QString();
    if (Status s = profile.wipe(); !s)
        return ctx.fail(s.error());
    QString note;
    if (!keystoreEntry.isEmpty()) {
        std::unique_ptr<Keystore> keystore = makeKeystore();
        if (keystore && keystore->isAvailable()) {
            QEventLoop loop;
            Status removed;
            keystore->remove(keystoreEntry, [&](Status s) {
                removed = std::move(s);
                loop.quit();
            });
            loop.exec();
            if (!removed)
                note = QStringLiteral(" The quick-unlock key in this device's keyring could not "
                                      "be removed (%1); it opens nothing now.")
                           .arg(removed.error().message);
        } else {
            note = QStringLiteral(" No keyring is running, so the quick-unlock key kept in it was "
                                  "not removed; it opens nothing now.");
        }
    }
    ctx.print({{QStringLiteral("wiped"), ctx.profileDir}},
              {QStringLiteral("Deleted the profile in %1.%2").arg(ctx.profileDir, note)});
    return kOk;
}

} // namespace dit::cli
