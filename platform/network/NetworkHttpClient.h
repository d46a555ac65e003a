#pragma once

#include "sync/HttpClient.h"

#include <memory>

class QNetworkAccessManager;

namespace dit::sync {

// HttpClient over QNetworkAccessManager. Blocks the calling thread in a local event loop
// until the reply finishes or a limit passes; use one per thread. No cache, no cookies, no
// redirects followed (a redirect is a failure: credentials must not go elsewhere).
// Requests started with start() run at the same time, each on its own connection (Qt keeps
// up to six a server alive), and all of them progress while the caller waits for any one.
class NetworkHttpClient final : public HttpClient
{
public:
    NetworkHttpClient();
    ~NetworkHttpClient() override;
    HttpResponse send(const HttpRequest &request) override;
    std::unique_ptr<InFlight> start(const HttpRequest &request) override;

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace dit::sync
