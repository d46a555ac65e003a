#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QVideoFrame>

#include <chrono>
#include <optional>

namespace dit::qrscan {

// Looks for a QR code in the frames a camera delivers, off the UI thread: one frame at a
// time, at most one every `interval`; the frames in between are dropped. Nothing of a frame
// is kept after it was looked at. After the first code it stops taking frames.
class FrameScanner : public QObject
{
    Q_OBJECT

public:
    explicit FrameScanner(QObject *parent = nullptr);
    ~FrameScanner() override;

    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    void start();
    // A decode under way is let finish and its result dropped.
    void stop();
    bool isActive() const { return m_active; }
    // How many frames were decoded since start (tests: the rate limit).
    int framesLooked() const { return m_looked; }

public Q_SLOTS:
    void offer(const QVideoFrame &frame);

Q_SIGNALS:
    // The text holds a secret: receivers wipe their copy when done.
    void found(const QString &text);

private:
    void finished();

    QFutureWatcher<std::optional<QString>> m_watcher;
    QElapsedTimer m_sinceLast;
    std::chrono::milliseconds m_interval{250};
    bool m_active = false;
    bool m_busy = false;
    int m_looked = 0;
    int m_generation = 0;
    int m_busyGeneration = 0;
};

} // namespace dit::qrscan
