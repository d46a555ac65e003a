#include "BenchSupport.h"

#include "demo/DemoData.h"
#include "storage/Migrations.h"
#include "storage/Profile.h"
#include "storage/Settings.h"

#include <QDir>

#include <cstdio>
#include <cstdlib>

namespace dit::bench {

bool smoke()
{
    return qEnvironmentVariableIntValue("DIT_BENCH_SMOKE") == 1;
}

int scaled(int full, int small)
{
    return smoke() ? small : full;
}

QString dataDir()
{
    QString dir = qEnvironmentVariable("DIT_BENCH_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath() + QStringLiteral("/bench-data");
    QDir().mkpath(dir);
    return dir;
}

QString freshDir(const QString &name)
{
    QDir dir(dataDir() + QLatin1Char('/') + name);
    dir.removeRecursively();
    QDir().mkpath(dir.path());
    return dir.path();
}

SecretBytes passphrase()
{
    QString text = QStringLiteral("correct horse battery staple");
    return SecretBytes::fromPassphrase(text);
}

namespace {

[[noreturn]] void fail(const char *what, const Error &e)
{
    std::fprintf(stderr, "benchmark setup failed: %s: %s\n", what, qPrintable(e.message));
    std::exit(1);
}

} // namespace

std::unique_ptr<Store> newStore(const QString &dir, bool encrypted, const Clock &clock)
{
    if (encrypted) {
        Profile profile(dir + QStringLiteral("/profile"), clock);
        auto store = profile.create(passphrase(), Role::Patient, KdfParams::forTests());
        if (!store)
            fail("profile", store.error());
        return std::move(store.value());
    }
    auto db =
        Database::open(dir + QStringLiteral("/plain.db"), SecretBytes(), Database::Mode::CreateNew);
    if (!db)
        fail("plain database", db.error());
    if (Status s = migrate(*db.value()); !s)
        fail("migrate", s.error());
    Meta meta(*db.value());
    (void)meta.set(QStringLiteral("profile_id"), QStringLiteral("plain"));
    (void)meta.set(QStringLiteral("device_id"), QStringLiteral("bench-device"));
    (void)meta.set(QStringLiteral("role"), roleName(Role::Patient));
    return std::make_unique<Store>(std::move(db.value()), SecretBytes(), clock);
}

QString historyProfile(const QString &name, int weeks, bool fastKdf)
{
    const QString dir = dataDir() + QLatin1Char('/') + name;
    if (QFile::exists(dir + QStringLiteral("/key")))
        return dir;
    QDir(dir).removeRecursively();
    SystemClock clock;
    Profile profile(dir, clock);
    auto store = profile.create(passphrase(), Role::Patient,
                                fastKdf ? KdfParams::forTests() : KdfParams::recommended());
    if (!store)
        fail("profile", store.error());
    const QDateTime now = clock.now();
    if (Status s = demo::fillCourse(*store.value(), now, demo::Stage::After); !s)
        fail("course", s.error());
    if (Status s = demo::fillHistory(*store.value(), now, weeks); !s)
        fail("history", s.error());
    return dir;
}

QString caseloadProfile(const QString &name, int patients)
{
    const QString dir = dataDir() + QLatin1Char('/') + name;
    if (QFile::exists(dir + QStringLiteral("/key")))
        return dir;
    QDir(dir).removeRecursively();
    SystemClock clock;
    Profile profile(dir, clock);
    auto store = profile.create(passphrase(), Role::Therapist, KdfParams::forTests());
    if (!store)
        fail("profile", store.error());
    if (Status s = demo::fillCaseload(*store.value(), clock.now(), patients, 1); !s)
        fail("caseload", s.error());
    return dir;
}

} // namespace dit::bench
