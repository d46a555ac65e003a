#pragma once

#include "CodeScanner.h"
#include "FrameScanner.h"

#include <QMediaCaptureSession>
#include <QPointer>
#include <QVideoSink>

#include <memory>

class QCamera;

namespace dit::qrscan {

// The device's camera (Qt Multimedia) read by a FrameScanner. The camera and its capture
// session are made when scanning starts and deleted when it stops, so the camera is on only
// while the scanner view is open and no longer than until a code is found, and nothing of
// the multimedia backend is started before. Reports NoCamera where there is no camera or no
// multimedia backend (offscreen runs, CI).
class CameraScanner final : public CodeScanner
{
    Q_OBJECT

public:
    explicit CameraScanner(QObject *parent = nullptr);
    ~CameraScanner() override;

    void refresh() override;
    void start(QObject *viewfinder) override;
    void stop() override;

private:
    void onFound(const QString &text);

    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QVideoSink> m_ownSink; // when there is no viewfinder
    QPointer<QVideoSink> m_sink;
    FrameScanner m_frames;
};

} // namespace dit::qrscan
