#include "Screenshot.h"

#include <QCoreApplication>
#include <QImage>
#include <QTimer>

#include <cstdio>

namespace dit {

namespace {

// Long enough for page transitions (180 ms) and image loading to finish.
constexpr int kSettleMs = 700;

} // namespace

void captureWhenReady(QQuickWindow *window, const QString &file)
{
    QTimer::singleShot(kSettleMs, window, [window, file] {
        const QImage image = window->grabWindow();
        const bool saved = !image.isNull() && image.save(file, "PNG");
        if (!saved)
            std::fprintf(stderr, "dit-companion: could not save the screenshot\n");
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace dit
