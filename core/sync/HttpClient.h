#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <memory>

namespace dit::sync {

// One HTTP request as the replicator makes it. Credentials travel in `authorization` (a
// ready "Basic ..." value) so no implementation logs or keeps them; callers wipe it.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON unless contentType says otherwise
    QByteArray contentType = "application/json";
    QByteArray authorization;
    // The client's own limits (PouchDB Server ignores `timeout=` on long-polled _changes):
    // idle = no byte received for this long (a heartbeat resets it); total = whole request.
    int idleTimeoutMs = 15000;
    int totalTimeoutMs = 60000;
    // A response body longer than this is refused as it arrives (a hostile or broken server
    // cannot fill the memory): above the largest envelope (Envelope::kMaxEncodedBytes).
    static constexpr qint64 kMaxResponseBytes = qint64(8) * 1024 * 1024;
    qint64 maxResponseBytes = kMaxResponseBytes;
};

struct HttpResponse
{
    enum class Failure {
        None,        // a response arrived (any status)
        Unreachable, // refused, no route, DNS, TLS failure
        TimedOut,    // one of the request's limits passed
        Broken,      // the connection dropped mid-response
        TooLarge,    // the body passed the request's maxResponseBytes: refused, not kept
    };
    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QByteArray date; // the response's `Date` header as sent (the server's clock), or empty

    bool ok() const { return failure == Failure::None && status >= 200 && status < 300; }
};

// The network behind an interface (docs/DEVELOPING.md): core speaks this; platform/network
// implements it with QNetworkAccessManager; tests can put a fault-injecting proxy between.
// send() blocks its caller's thread until the response or a limit: the app runs sync on a
// worker thread, ditc and the tests call it directly.
//
// Requests in flight (docs/SYNC.md, "Requests in flight"): start() sends a request and returns
// at once where the client can (NetworkHttpClient: each on its own connection, the server
// working while the caller does); wait() on what it returns gives the response. Each request
// keeps its own timeouts and response-size cap. The default start() sends at once and keeps
// the response, so a test double that only implements send() serves requests in flight too,
// one after the other in the order they were started.
class HttpClient
{
public:
    // A request started by start(). Dropping it before wait() abandons the request.
    class InFlight
    {
    public:
        virtual ~InFlight() = default;
        // Blocks until the response or one of the request's limits; call it once.
        virtual HttpResponse wait() = 0;
    };

    virtual ~HttpClient() = default;
    virtual HttpResponse send(const HttpRequest &request) = 0;
    virtual std::unique_ptr<InFlight> start(const HttpRequest &request)
    {
        class Done final : public InFlight
        {
        public:
            explicit Done(HttpResponse response) : m_response(std::move(response)) {}
            HttpResponse wait() override { return std::move(m_response); }

        private:
            HttpResponse m_response;
        };
        return std::make_unique<Done>(send(request));
    }
};

} // namespace dit::sync
