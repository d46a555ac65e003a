#include "CameraScanner.h"

#include "common/Logging.h"

#include <QCamera>
#include <QMediaDevices>

namespace dit::qrscan {

CameraScanner::CameraScanner(QObject *parent) : CodeScanner(parent)
{
    connect(&m_frames, &FrameScanner::found, this, &CameraScanner::onFound);
}

CameraScanner::~CameraScanner()
{
    stop();
}

void CameraScanner::refresh()
{
    if (state() == State::Scanning)
        return;
    setState(QMediaDevices::videoInputs().isEmpty() ? State::NoCamera : State::Idle);
}

void CameraScanner::start(QObject *viewfinder)
{
    stop();
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull()) {
        setState(State::NoCamera);
        return;
    }
    m_camera = std::make_unique<QCamera>(device);
    // Refused permission (phones), a camera in use by another app, a broken driver. Queued:
    // the camera is deleted here, which it must not be inside its own call.
    QCamera *camera = m_camera.get();
    connect(
        camera, &QCamera::errorOccurred, this,
        [this, camera](QCamera::Error error, const QString &) {
            if (error == QCamera::NoError || camera != m_camera.get())
                return;
            qCWarning(lcSync) << "the camera could not be used; error" << int(error);
            stop();
            setState(State::CameraFailed);
        },
        Qt::QueuedConnection);
    m_session = std::make_unique<QMediaCaptureSession>();
    m_session->setCamera(m_camera.get());
    if (viewfinder) {
        m_session->setVideoOutput(viewfinder);
    } else {
        m_ownSink = std::make_unique<QVideoSink>();
        m_session->setVideoSink(m_ownSink.get());
    }
    m_sink = m_session->videoSink();
    if (!m_sink) {
        stop();
        setState(State::CameraFailed);
        return;
    }
    // The sink may be fed from the camera's own thread; the scanner takes frames on its own.
    connect(m_sink, &QVideoSink::videoFrameChanged, &m_frames, &FrameScanner::offer);
    m_frames.start();
    m_camera->start();
    setState(State::Scanning);
}

void CameraScanner::stop()
{
    m_frames.stop();
    if (m_sink)
        disconnect(m_sink, nullptr, &m_frames, nullptr);
    m_sink = nullptr;
    if (m_camera)
        m_camera->stop();
    m_session.reset();
    m_ownSink.reset();
    m_camera.reset();
    if (state() == State::Scanning)
        setState(State::Idle);
}

void CameraScanner::onFound(const QString &text)
{
    stop();
    Q_EMIT found(text);
}

} // namespace dit::qrscan
