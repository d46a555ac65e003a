// The therapist's caseload (docs/PERFORMANCE.md): what the Caseload list costs for 50, 100
// and 200 patients (demo::fillCaseload: each at some point of a 16-session course, with
// answers, focus, letters and a risk answer to review). The core part (caseload::caseloadRows
// and filterRows: one query per kind) and the view model's part as the page runs it
// (Caseload::refresh(): the rows, in words, into the list model). The core's unlock with the
// integrity check before opening (as ditc) and in the background (as the app): the check is the
// part of unlocking that grows with the caseload. The list's first frame after unlocking is
// timed whole-process by scripts/bench.sh.
#include "AppContext.h"
#include "BenchSupport.h"
#include "Caseload.h"
#include "caseload/PatientOverview.h"
#include "storage/Profile.h"
#include "testing/MemoryKeystore.h"

#include <benchmark/benchmark.h>

using namespace dit;

namespace {

std::unique_ptr<Store> openCaseload(int patients, const Clock &clock)
{
    Profile profile(bench::caseloadProfile(QStringLiteral("caseload-%1").arg(patients), patients),
                    clock);
    auto store = profile.unlock(bench::passphrase());
    return store ? std::move(store.value()) : nullptr;
}

void sizes(benchmark::internal::Benchmark *b)
{
    for (int patients : bench::smoke() ? QList<int>{3, 9} : QList<int>{50, 100, 200})
        b->Arg(patients);
}

// Passphrase to an open store, the test KDF (a few milliseconds) included; `background`: the
// quick integrity check left to a BackgroundCheck, as the app does (closing the store between
// iterations, untimed, stops a check still running).
void BM_CaseloadUnlock(benchmark::State &state)
{
    const int patients = int(state.range(0));
    const auto check = state.range(1) != 0 ? Profile::IntegrityCheck::InBackground
                                           : Profile::IntegrityCheck::BeforeOpening;
    SystemClock clock;
    Profile profile(bench::caseloadProfile(QStringLiteral("caseload-%1").arg(patients), patients),
                    clock);
    for (auto _ : state) {
        auto store = profile.unlock(bench::passphrase(), check);
        if (!store) {
            state.SkipWithError("could not unlock the caseload profile");
            break;
        }
        state.PauseTiming();
        store.value().reset(); // stops a check still running
        state.ResumeTiming();
    }
    state.SetComplexityN(patients);
}
BENCHMARK(BM_CaseloadUnlock)
    ->ArgNames({"patients", "background"})
    ->ArgsProduct({bench::smoke() ? std::vector<int64_t>{3, 9} : std::vector<int64_t>{50, 100, 200},
                   {0, 1}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_CaseloadCore(benchmark::State &state)
{
    SystemClock clock;
    auto store = openCaseload(int(state.range(0)), clock);
    if (!store) {
        state.SkipWithError("could not open the caseload profile");
        return;
    }
    for (auto _ : state) {
        auto rows = caseload::caseloadRows(*store, clock.now());
        if (!rows || rows.value().size() != state.range(0)) {
            state.SkipWithError("caseloadRows failed or lost patients");
            break;
        }
        benchmark::DoNotOptimize(caseload::filterRows(rows.value(), false, {}));
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_CaseloadCore)
    ->ArgName("patients")
    ->Apply(sizes)
    ->Complexity(benchmark::oN)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_CaseloadViewModel(benchmark::State &state)
{
    const int patients = int(state.range(0));
    auto clock = std::make_unique<SystemClock>();
    auto store = openCaseload(patients, *clock);
    if (!store) {
        state.SkipWithError("could not open the caseload profile");
        return;
    }
    AppContext::Options options;
    options.profileDir = bench::dataDir() + QStringLiteral("/caseload-%1").arg(patients);
    AppContext context(options, std::make_unique<MemoryKeystore>(), std::move(clock));
    context.openStore(std::move(store));
    Caseload caseload(context);
    for (auto _ : state) {
        caseload.refresh(); // what the list runs on opening and on every change
        if (caseload.activeCount() + caseload.archivedCount() != patients) {
            state.SkipWithError("the list lost patients");
            break;
        }
    }
    state.counters["rows"] = caseload.patients()->count();
    state.SetComplexityN(patients);
}
BENCHMARK(BM_CaseloadViewModel)
    ->ArgName("patients")
    ->Apply(sizes)
    ->Complexity(benchmark::oN)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
