#include "NetworkInFlight.h"

#include "crypto/SecretBytes.h"

#include <QEventLoop>
#include <QNetworkReply>

namespace dit::sync {

NetworkInFlight::NetworkInFlight(QNetworkReply *reply, const HttpRequest &request,
                                 QByteArray authorization)
    : m_reply(reply), m_authorization(std::move(authorization)),
      m_maxBytes(request.maxResponseBytes), m_idleMs(request.idleTimeoutMs),
      m_receiver(std::make_unique<QObject>())
{
    // Qt's network thread reads ahead into this buffer; bounded, it stops reading the socket
    // when the caller is busy rather than hold more than the cap.
    m_reply->setReadBufferSize(m_maxBytes + 1);
    m_idle.setSingleShot(true);
    m_total.setSingleShot(true);
    QObject *r = m_receiver.get();
    auto abortForTime = [this] {
        m_timedOut = true;
        m_reply->abort();
    };
    QObject::connect(&m_idle, &QTimer::timeout, r, abortForTime);
    QObject::connect(&m_total, &QTimer::timeout, r, abortForTime);
    // A declared length past the limit is refused before any of the body is read.
    QObject::connect(m_reply, &QNetworkReply::metaDataChanged, r, [this] {
        bool known = false;
        const qint64 declared =
            m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && declared > m_maxBytes)
            abortForSize();
    });
    // Every byte (a heartbeat newline too) shows the server is alive.
    QObject::connect(m_reply, &QNetworkReply::readyRead, r, [this] {
        if (!m_reply->isOpen() || m_tooLarge)
            return;
        take();
        m_idle.start(m_idleMs);
    });
    QObject::connect(m_reply, &QNetworkReply::uploadProgress, r,
                     [this] { m_idle.start(m_idleMs); });
    QObject::connect(m_reply, &QNetworkReply::finished, r, [this] { onFinished(); });
    m_idle.start(m_idleMs);
    m_total.start(request.totalTimeoutMs);
}

NetworkInFlight::~NetworkInFlight()
{
    m_receiver.reset();
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
    delete m_reply.data(); // out of its signals (nothing is connected any more): safe now
    wipeBytes(m_authorization);
}

void NetworkInFlight::take()
{
    if (m_body.size() + m_reply->bytesAvailable() > m_maxBytes)
        abortForSize();
    else
        m_body += m_reply->readAll();
}

void NetworkInFlight::abortForSize()
{
    m_tooLarge = true;
    m_body.clear();
    m_reply->abort();
}

void NetworkInFlight::onFinished()
{
    m_finished = true;
    m_idle.stop();
    m_total.stop();
    if (m_loop)
        m_loop->quit();
}

HttpResponse NetworkInFlight::wait()
{
    if (!m_reply) {
        HttpResponse gone; // its client was destroyed first
        gone.failure = HttpResponse::Failure::Unreachable;
        return gone;
    }
    if (!m_reply->isFinished()) {
        QEventLoop loop;
        m_loop = &loop;
        if (!m_finished)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        m_loop = nullptr;
    }
    if (m_reply->isOpen() && !m_tooLarge)
        take();

    HttpResponse response;
    response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_tooLarge) {
        response.failure = HttpResponse::Failure::TooLarge;
        m_body.clear();
    } else if (m_timedOut) {
        response.failure = HttpResponse::Failure::TimedOut;
    } else if (response.status == 0) {
        response.failure =
            error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::ProtocolFailure
                ? HttpResponse::Failure::Broken
                : HttpResponse::Failure::Unreachable;
    } else if (error == QNetworkReply::RemoteHostClosedError ||
               error == QNetworkReply::ProtocolFailure ||
               error == QNetworkReply::UnknownNetworkError) {
        // A status line arrived but the body was cut short.
        response.failure = HttpResponse::Failure::Broken;
    }
    response.date = m_reply->rawHeader(QByteArrayLiteral("Date"));
    response.body = std::move(m_body);
    m_body = {};
    return response;
}

} // namespace dit::sync
