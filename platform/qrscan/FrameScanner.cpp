#include "FrameScanner.h"

#include "QrDecoder.h"
#include "crypto/SecretBytes.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dit::qrscan {

FrameScanner::FrameScanner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FrameScanner::finished);
}

FrameScanner::~FrameScanner()
{
    // The decode reads its own copy of the frame; waiting keeps its result (a secret) from
    // outliving the scanner in the future's store.
    m_watcher.waitForFinished();
}

void FrameScanner::start()
{
    ++m_generation;
    m_active = true;
    m_looked = 0;
    m_sinceLast.invalidate();
}

void FrameScanner::stop()
{
    ++m_generation;
    m_active = false;
}

void FrameScanner::offer(const QVideoFrame &frame)
{
    if (!m_active || m_busy || !frame.isValid())
        return;
    if (m_sinceLast.isValid() && !m_sinceLast.hasExpired(m_interval.count()))
        return;
    m_sinceLast.start();
    m_busy = true;
    m_busyGeneration = m_generation;
    ++m_looked;
    m_watcher.setFuture(QtConcurrent::run([frame] { return decodeQr(frame); }));
}

void FrameScanner::finished()
{
    m_busy = false;
    std::optional<QString> text = m_watcher.result();
    if (!text)
        return;
    if (m_active && m_busyGeneration == m_generation) {
        m_active = false;
        // The receiver gets a copy of its own: wiping ours zeroes the shared buffer.
        Q_EMIT found(QString(text->constData(), text->size()));
    }
    wipeString(*text);
}

} // namespace dit::qrscan
