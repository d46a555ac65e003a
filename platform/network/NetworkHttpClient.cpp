#include "NetworkHttpClient.h"

#include "NetworkInFlight.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dit::sync {

NetworkHttpClient::NetworkHttpClient() : m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_manager->setCookieJar(nullptr);
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

NetworkHttpClient::~NetworkHttpClient() = default;

HttpResponse NetworkHttpClient::send(const HttpRequest &request)
{
    return start(request)->wait();
}

std::unique_ptr<HttpClient::InFlight> NetworkHttpClient::start(const HttpRequest &request)
{
    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    req.setRawHeader("Accept", "application/json");
    // Bodies uncompressed: what sync moves is mostly ciphertext, which gzip hardly shrinks, and
    // compressing it was a third of the server's work on a pull (docs/PERFORMANCE.md, sync).
    req.setRawHeader("Accept-Encoding", "identity");
    // A copy of its own, wiped when the request is done: the caller wipes its own as soon as
    // start() returns, and the request may not be on its way yet.
    QByteArray authorization(request.authorization.constData(), request.authorization.size());
    if (!authorization.isEmpty())
        req.setRawHeader("Authorization", authorization);
    return std::make_unique<NetworkInFlight>(
        m_manager->sendCustomRequest(req, request.method, request.body), request,
        std::move(authorization));
}

} // namespace dit::sync
