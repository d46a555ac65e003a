#pragma once

#include "HttpClient.h"

#include <QDateTime>

namespace dit::sync {

// An HTTP `Date` value (RFC 9110 §5.6.7, the IMF-fixdate form "Sun, 06 Nov 1994 08:49:37 GMT")
// as a UTC time; invalid for anything else.
QDateTime parseHttpDate(const QByteArray &value);

// Passes requests to another client and keeps the newest time the server gave in a response's
// `Date` header: a time the person cannot set, for the device clock's check
// (docs/CLINICAL_SAFETY.md H16). Used on one thread, like the client it wraps.
class ServerDateClient final : public HttpClient
{
public:
    explicit ServerDateClient(HttpClient &inner) : m_inner(inner) {}

    HttpResponse send(const HttpRequest &request) override;
    std::unique_ptr<InFlight> start(const HttpRequest &request) override;

    // The newest server time seen (UTC); invalid if no response carried one.
    QDateTime latest() const { return m_latest; }

private:
    void see(const HttpResponse &response);

    HttpClient &m_inner;
    QDateTime m_latest;
};

} // namespace dit::sync
