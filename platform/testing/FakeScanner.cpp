#include "FakeScanner.h"

#include "QrPicture.h"

#include <QVariant>
#include <QVideoSink>

namespace dit::qrscan {

FakeScanner::FakeScanner(QObject *parent) : CodeScanner(parent)
{
    m_frames.setInterval(std::chrono::milliseconds(0));
    connect(&m_frames, &FrameScanner::found, this, [this](const QString &text) {
        stop();
        Q_EMIT found(text);
    });
}

void FakeScanner::refresh()
{
    if (state() != State::Scanning)
        setState(present ? State::Idle : State::NoCamera);
}

void FakeScanner::start(QObject *viewfinder)
{
    stop();
    if (!present) {
        setState(State::NoCamera);
        return;
    }
    if (failOnStart) {
        setState(State::CameraFailed);
        return;
    }
    ++m_starts;
    m_viewfinder = viewfinder;
    m_frames.start();
    setState(State::Scanning);
}

void FakeScanner::stop()
{
    m_frames.stop();
    m_viewfinder = nullptr;
    if (state() == State::Scanning)
        setState(State::Idle);
}

void FakeScanner::show(const QImage &picture)
{
    if (state() != State::Scanning)
        return;
    const QVideoFrame frame = frameOf(picture);
    if (m_viewfinder)
        if (auto *sink = m_viewfinder->property("videoSink").value<QVideoSink *>())
            sink->setVideoFrame(frame);
    m_frames.offer(frame);
}

} // namespace dit::qrscan
