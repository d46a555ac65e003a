#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace dit {

// Runs slow work (Argon2id takes ~0.4 s) off the UI thread and delivers the result back on
// `context`'s thread. If `context` is gone by then, the result is dropped.
template <typename R>
void runInBackground(QObject *context, std::function<R()> work, std::function<void(R &)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<R>(work());
        if (QObject *target = guard.data())
            QMetaObject::invokeMethod(
                target, [result, done] { done(*result); }, Qt::QueuedConnection);
    });
}

} // namespace dit
