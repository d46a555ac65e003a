#pragma once

#include "sync/HttpClient.h"

#include <memory>

class QNetworkAccessManager;

namespace dit::sync {

// HttpClient over QNetworkAccessManager. Blocks the calling thread in a local event loop
// until the reply finishes or a limit passes; use one per thread. No cache, no cookies, no
// redirects followed (a redirect is a failure: credentials must not go elsewhere).
class NetworkHttpClient final : public HttpClient
{
public:
    NetworkHttpClient();
    ~NetworkHttpClient() override;
    HttpResponse send(const HttpRequest &request) override;

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace dit::sync
