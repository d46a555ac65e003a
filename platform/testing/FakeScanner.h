#pragma once

#include "qrscan/CodeScanner.h"
#include "qrscan/FrameScanner.h"

#include <QImage>
#include <QPointer>

namespace dit::qrscan {

// Test double: a camera that sees the pictures a test shows it. The pictures go through the
// real FrameScanner and decoder, and into the viewfinder when there is one, so the page's
// whole scan path runs without a camera. `present` and `failOnStart` walk the unhappy paths.
class FakeScanner final : public CodeScanner
{
    Q_OBJECT

public:
    explicit FakeScanner(QObject *parent = nullptr);

    bool present = false;
    bool failOnStart = false;

    void refresh() override;
    void start(QObject *viewfinder) override;
    void stop() override;

    // What the camera sees now (ignored unless scanning).
    void show(const QImage &picture);
    int starts() const { return m_starts; }

private:
    FrameScanner m_frames;
    QPointer<QObject> m_viewfinder;
    int m_starts = 0;
};

} // namespace dit::qrscan
