// Storage figures (docs/PERFORMANCE.md), each encrypted (SQLCipher) against plain SQLite
// through the same code (Database::open with an empty key), synchronous=FULL in both:
//  - saving one form answer: the draft written as the person answers (FormDraftStore::save);
//  - the workload: 10,000 responses written as weekly forms of four (one transaction a
//    form), then the history queries the app runs (current, all, by session, progress and
//    outcomes).
#include "BenchSupport.h"
#include "demo/DemoData.h"
#include "measures/FormDraftStore.h"
#include "measures/Outcomes.h"
#include "measures/Progress.h"
#include "measures/ResponseStore.h"

#include <benchmark/benchmark.h>
#include <chrono>

using namespace dit;

namespace {

const char *label(bool encrypted)
{
    return encrypted ? "sqlcipher" : "plain";
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

void BM_SaveAnswer(benchmark::State &state)
{
    const bool encrypted = state.range(0) == 1;
    SystemClock clock;
    auto store = bench::newStore(bench::freshDir(QStringLiteral("save-") + label(encrypted)),
                                 encrypted, clock);
    FormDraftStore drafts(store->database(), clock);
    FormDraft draft;
    draft.session = 1;
    draft.instruments = {QStringLiteral("phq9"), QStringLiteral("gad7"), QStringLiteral("wsas"),
                         QStringLiteral("risk")};
    const QStringList items = {QStringLiteral("44250-9"), QStringLiteral("44255-8"),
                               QStringLiteral("44259-0"), QStringLiteral("44254-1")};
    const QStringList codes = {QStringLiteral("LA6568-5"), QStringLiteral("LA6569-3"),
                               QStringLiteral("LA6570-1"), QStringLiteral("LA6571-9")};
    int n = 0;
    for (auto _ : state) {
        draft.answers[QStringLiteral("phq9")].insert(items.at(n % 4), codes.at(n / 4 % 4));
        draft.position = QStringLiteral("phq9/") + items.at(n % 4);
        ++n;
        if (Status s = drafts.save(draft); !s)
            state.SkipWithError("save failed");
    }
    state.SetLabel(label(encrypted));
}
BENCHMARK(BM_SaveAnswer)
    ->ArgName("encrypted")
    ->Arg(0)
    ->Arg(1)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_Workload(benchmark::State &state)
{
    const bool encrypted = state.range(0) == 1;
    // 10,000 responses: five people's 500 weekly forms of four (a caseload's subjects; one
    // person's sessions stop at 1,000), then their history read back.
    const int people = bench::scaled(5, 1);
    const int weeks = bench::scaled(500, 25);
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    double writeMs = 0, queryMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        SystemClock clock;
        auto store = bench::newStore(
            bench::freshDir(QStringLiteral("workload-") + label(encrypted)), encrypted, clock);
        state.ResumeTiming();
        auto start = std::chrono::steady_clock::now();
        for (int p = 0; p < people; ++p)
            if (Status s = demo::fillHistory(*store, clock.now(), weeks,
                                             p == 0 ? QString() : QString::number(p));
                !s)
                state.SkipWithError("write failed");
        writeMs += msSince(start);
        start = std::chrono::steady_clock::now();
        ResponseStore responses(store->records(), catalogue);
        qsizetype rows = 0;
        for (int p = 0; p < people; ++p) {
            const QString subject = p == 0 ? QString() : QString::number(p);
            auto current = responses.current(subject);
            auto all = responses.all(subject);
            auto bySession = responses.submittedBySession(subject);
            if (!current || !all || !bySession) {
                state.SkipWithError("query failed");
                break;
            }
            const auto series = progressSeries(current.value(), catalogue);
            benchmark::DoNotOptimize(classifyOutcome(series));
            rows += all.value().size();
        }
        queryMs += msSince(start);
        if (rows != qsizetype(people) * weeks * 4)
            state.SkipWithError("wrong number of responses read back");
        state.PauseTiming();
        store.reset();
        state.ResumeTiming();
    }
    state.counters["write_ms"] = benchmark::Counter(writeMs, benchmark::Counter::kAvgIterations);
    state.counters["query_ms"] = benchmark::Counter(queryMs, benchmark::Counter::kAvgIterations);
    state.counters["responses"] = people * weeks * 4;
    state.SetLabel(label(encrypted));
}
BENCHMARK(BM_Workload)
    ->ArgName("encrypted")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
