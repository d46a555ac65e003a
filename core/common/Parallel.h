#pragma once

#include <QtGlobal>

#include <algorithm>
#include <thread>
#include <vector>

namespace dit {

// Calls fn(i) for every i in [0, n), in slices on up to one thread a core (this one
// included), and returns when all are done. Only for work that touches nothing shared: the
// sync's opening and sealing of envelopes (docs/PERFORMANCE.md, "Sync, speed"). Below
// `minSlice` items a slice, fewer threads: starting one costs more than a few items.
template <typename Fn> void forEachInParallel(qsizetype n, Fn &&fn, qsizetype minSlice = 64)
{
    const qsizetype cores = qsizetype(std::max(1U, std::thread::hardware_concurrency()));
    const qsizetype slices = std::clamp<qsizetype>(n / std::max<qsizetype>(1, minSlice), 1, cores);
    auto run = [&fn, n, slices](qsizetype slice) {
        for (qsizetype i = n * slice / slices; i < n * (slice + 1) / slices; ++i)
            fn(i);
    };
    std::vector<std::thread> others;
    others.reserve(size_t(slices - 1));
    for (qsizetype s = 1; s < slices; ++s)
        others.emplace_back(run, s);
    run(0);
    for (std::thread &t : others)
        t.join();
}

} // namespace dit
