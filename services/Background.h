#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace dit {

// Runs slow work (Argon2id takes ~0.4 s) off the UI thread and delivers the result back on
// `context`'s thread. The watcher is a child of `context`: if `context` is destroyed first, the
// result is dropped. (A QPointer checked on the worker thread would race the destruction.)
// Work must capture what it needs by value or outlive the pool (AppContext waits for it).
template <typename R>
void runInBackground(QObject *context, std::function<R()> work, std::function<void(R &)> done)
{
    using Shared = std::shared_ptr<R>;
    auto promise = std::make_shared<QPromise<Shared>>();
    auto *watcher = new QFutureWatcher<Shared>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done] {
        const Shared result = watcher->future().resultCount() ? watcher->result() : Shared();
        watcher->deleteLater();
        if (result)
            done(*result);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(std::make_shared<R>(work()));
        promise->finish();
    });
}

// Waits for every task started by runInBackground: called before the objects their work
// refers to are destroyed.
inline void waitForBackgroundWork()
{
    QThreadPool::globalInstance()->waitForDone();
}

} // namespace dit
