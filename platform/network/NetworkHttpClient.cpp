#include "NetworkHttpClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace dit::sync {

NetworkHttpClient::NetworkHttpClient() : m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_manager->setCookieJar(nullptr);
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

NetworkHttpClient::~NetworkHttpClient() = default;

HttpResponse NetworkHttpClient::send(const HttpRequest &request)
{
    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    req.setRawHeader("Accept", "application/json");
    if (!request.authorization.isEmpty())
        req.setRawHeader("Authorization", request.authorization);

    QNetworkReply *reply = m_manager->sendCustomRequest(req, request.method, request.body);
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    QTimer total;
    total.setSingleShot(true);
    bool timedOut = false;
    bool tooLarge = false;
    QByteArray body;
    auto abortForTime = [&] {
        timedOut = true;
        reply->abort();
    };
    QObject::connect(&idle, &QTimer::timeout, &loop, abortForTime);
    QObject::connect(&total, &QTimer::timeout, &loop, abortForTime);
    auto abortForSize = [&] {
        tooLarge = true;
        body.clear();
        reply->abort();
    };
    // A declared length past the limit is refused before any of the body is read.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        bool known = false;
        const qint64 declared =
            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && declared > request.maxResponseBytes)
            abortForSize();
    });
    // Every byte (a heartbeat newline too) shows the server is alive.
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (!reply->isOpen() || tooLarge)
            return;
        if (body.size() + reply->bytesAvailable() > request.maxResponseBytes) {
            abortForSize();
            return;
        }
        body += reply->readAll();
        idle.start(request.idleTimeoutMs);
    });
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop,
                     [&] { idle.start(request.idleTimeoutMs); });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start(request.idleTimeoutMs);
    total.start(request.totalTimeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (reply->isOpen() && !tooLarge) {
        if (body.size() + reply->bytesAvailable() > request.maxResponseBytes)
            tooLarge = true;
        else
            body += reply->readAll();
    }

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (tooLarge) {
        response.failure = HttpResponse::Failure::TooLarge;
        body.clear();
    } else if (timedOut) {
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
    response.body = body;
    delete reply; // finished and out of its signals: safe to delete now
    return response;
}

} // namespace dit::sync
