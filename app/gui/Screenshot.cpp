#include "Screenshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QQuickItem>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace dit {

namespace {

// Long enough for image loading and a page's first layout.
constexpr int kFirstLayoutMs = 700;
// How often the window is looked at once settled, and for how long it must stay still: a
// page may push another as it opens (the therapist's patient pages do).
constexpr int kStillPollMs = 50;
constexpr int kStillMs = 300;
// A page that never stops moving is captured anyway, and said so.
constexpr int kGiveUpMs = 15000;

// True while a StackView in the window is between pages (its `busy`): a picture taken then
// shows the page beneath half covered. The type is private to Qt Quick Controls, so found by
// its class name and read through its property.
bool transitionRunning(const QQuickItem *item)
{
    if (item->inherits("QQuickStackView") && item->property("busy").toBool())
        return true;
    const QList<QQuickItem *> children = item->childItems();
    for (const QQuickItem *child : children) {
        if (transitionRunning(child))
            return true;
    }
    return false;
}

void capture(QQuickWindow *window, const QString &file)
{
    const QImage image = window->grabWindow();
    const bool saved = !image.isNull() && image.save(file, "PNG");
    if (!saved)
        std::fprintf(stderr, "dit-companion: could not save the screenshot\n");
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace

void captureWhenReady(QQuickWindow *window, const QString &file)
{
    QTimer::singleShot(kFirstLayoutMs, window, [window, file] {
        auto *poll = new QTimer(window);
        auto waited = std::make_shared<QElapsedTimer>();
        auto still = std::make_shared<QElapsedTimer>();
        waited->start();
        still->start();
        QObject::connect(poll, &QTimer::timeout, window, [window, file, poll, waited, still] {
            if (transitionRunning(window->contentItem()))
                still->restart();
            const bool gaveUp = waited->elapsed() > kGiveUpMs;
            if (still->elapsed() < kStillMs && !gaveUp)
                return;
            if (gaveUp)
                std::fprintf(stderr,
                             "dit-companion: the page was still changing; captured anyway\n");
            poll->stop();
            capture(window, file);
        });
        poll->start(kStillPollMs);
    });
}

} // namespace dit
