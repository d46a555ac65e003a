// Years of history (docs/PERFORMANCE.md): the Progress page's work for 1 to 10 years of
// weekly forms (4 instruments a week), to show how it grows (Google Benchmark fits the
// slope: BigO). The core part (responses read and parsed, series, outcomes) and the view
// model's part as the page runs it when the forms have changed (Measures.refresh() and
// chartSeries()). The page's first frame is timed whole-process by scripts/bench.sh.
#include "AppContext.h"
#include "BenchSupport.h"
#include "Measures.h"
#include "measures/Outcomes.h"
#include "measures/Progress.h"
#include "measures/ResponseStore.h"
#include "storage/Profile.h"
#include "testing/MemoryKeystore.h"

#include <benchmark/benchmark.h>

using namespace dit;

namespace {

std::unique_ptr<Store> openHistory(int weeks, const Clock &clock)
{
    Profile profile(bench::historyProfile(QStringLiteral("history-%1").arg(weeks), weeks, true),
                    clock);
    auto store = profile.unlock(bench::passphrase());
    return store ? std::move(store.value()) : nullptr;
}

void sizes(benchmark::internal::Benchmark *b)
{
    for (int weeks : bench::smoke() ? QList<int>{4, 8} : QList<int>{52, 130, 260, 520})
        b->Arg(weeks);
}

void BM_ProgressCore(benchmark::State &state)
{
    SystemClock clock;
    auto store = openHistory(int(state.range(0)), clock);
    if (!store) {
        state.SkipWithError("could not open the history profile");
        return;
    }
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    ResponseStore responses(store->records(), catalogue);
    for (auto _ : state) {
        auto current = responses.current();
        if (!current) {
            state.SkipWithError("query failed");
            break;
        }
        benchmark::DoNotOptimize(classifyOutcome(progressSeries(current.value(), catalogue)));
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ProgressCore)
    ->ArgName("weeks")
    ->Apply(sizes)
    ->Complexity(benchmark::oN)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_ProgressViewModel(benchmark::State &state)
{
    const int weeks = int(state.range(0));
    auto clock = std::make_unique<SystemClock>();
    auto store = openHistory(weeks, *clock);
    if (!store) {
        state.SkipWithError("could not open the history profile");
        return;
    }
    AppContext::Options options;
    options.profileDir = bench::dataDir() + QStringLiteral("/history-%1").arg(weeks);
    AppContext context(options, std::make_unique<MemoryKeystore>(), std::move(clock));
    context.openStore(std::move(store));
    Measures measures(context);
    benchmark::DoNotOptimize(measures.chartSeries()); // progress is wanted from here on
    const QString responses = QString::fromLatin1(ResponseStore::kKind);
    for (auto _ : state) {
        // Responses changed (a sync, a form): Measures builds progress again, as the page
        // then shows it (ProgressPage.reload()). Without a change the page's refresh reads
        // only the due form.
        context.notifyRecordsChanged(responses);
        measures.refresh();
        benchmark::DoNotOptimize(measures.chartSeries());
    }
    state.SetComplexityN(weeks);
}
BENCHMARK(BM_ProgressViewModel)
    ->ArgName("weeks")
    ->Apply(sizes)
    ->Complexity(benchmark::oN)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// What Measures does on unlock (made, then told the store opened): the due form only, its
// session's responses read, not every one; progress waits until something asks for it.
void BM_MeasuresOnUnlock(benchmark::State &state)
{
    const int weeks = int(state.range(0));
    auto clock = std::make_unique<SystemClock>();
    auto store = openHistory(weeks, *clock);
    if (!store) {
        state.SkipWithError("could not open the history profile");
        return;
    }
    AppContext::Options options;
    options.profileDir = bench::dataDir() + QStringLiteral("/history-%1").arg(weeks);
    AppContext context(options, std::make_unique<MemoryKeystore>(), std::move(clock));
    context.openStore(std::move(store));
    for (auto _ : state) {
        Measures measures(context);
        benchmark::DoNotOptimize(measures.dueTitle());
    }
    state.SetComplexityN(weeks);
}
BENCHMARK(BM_MeasuresOnUnlock)
    ->ArgName("weeks")
    ->Apply(sizes)
    ->Complexity(benchmark::oN)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
