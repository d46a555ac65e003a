// Unlocking (docs/PERFORMANCE.md): the KDF alone (Argon2id with the recommended parameters,
// the baseline) against Profile::unlock with the passphrase, and the same unlock through the
// keystore key, which is everything but the KDF: the read-only checks, opening the store,
// migrations. For the demo's 16 weeks and for 10 years (520 weeks) of forms.
// The app's part (view models, the home screen) is timed whole-process by scripts/bench.sh.
#include "BenchSupport.h"
#include "storage/Profile.h"

#include <benchmark/benchmark.h>

using namespace dit;

namespace {

// Smoke runs use the test KDF so they take a moment; real runs the recommended parameters.
QString profileFor(int weeks)
{
    return bench::historyProfile(QStringLiteral("unlock-%1%2")
                                     .arg(weeks)
                                     .arg(bench::smoke() ? QStringLiteral("-smoke") : QString()),
                                 weeks, bench::smoke());
}

void BM_Kdf(benchmark::State &state)
{
    SystemClock clock;
    const QString dir = profileFor(16);
    auto keyFile = KeyFile::read(Profile(dir, clock).keyFilePath());
    if (!keyFile) {
        state.SkipWithError("no key file");
        return;
    }
    const SecretBytes passphrase = bench::passphrase();
    for (auto _ : state)
        benchmark::DoNotOptimize(deriveKey(passphrase, keyFile.value().kdfParams()));
    state.counters["ops"] = double(keyFile.value().kdfParams().opsLimit);
    state.counters["mem_mib"] = double(keyFile.value().kdfParams().memLimitBytes >> 20);
}
BENCHMARK(BM_Kdf)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_Unlock(benchmark::State &state)
{
    const int weeks = int(state.range(0));
    SystemClock clock;
    Profile profile(profileFor(weeks), clock);
    const SecretBytes passphrase = bench::passphrase();
    for (auto _ : state) {
        auto store = profile.unlock(passphrase);
        if (!store) {
            state.SkipWithError("unlock failed");
            break;
        }
        state.PauseTiming();
        store.value().reset(); // locking is not part of unlocking
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Unlock)
    ->ArgName("weeks")
    ->Arg(16)
    ->Arg(bench::scaled(520, 20))
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_UnlockWithoutKdf(benchmark::State &state)
{
    const int weeks = int(state.range(0));
    SystemClock clock;
    Profile profile(profileFor(weeks), clock);
    const SecretBytes deviceKey = SecretBytes::random(32);
    {
        auto store = profile.unlock(bench::passphrase());
        if (!store || !profile.enableQuickUnlock(*store.value(), deviceKey)) {
            state.SkipWithError("could not set up the keystore key");
            return;
        }
    }
    for (auto _ : state) {
        auto store = profile.unlockWithKeystoreKey(deviceKey);
        if (!store) {
            state.SkipWithError("unlock failed");
            break;
        }
        state.PauseTiming();
        store.value().reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_UnlockWithoutKdf)
    ->ArgName("weeks")
    ->Arg(16)
    ->Arg(bench::scaled(520, 20))
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
