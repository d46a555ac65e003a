#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrl>

namespace dit::test {

// A local HTTP proxy between a device and the sync server that misbehaves on purpose:
// drops connections (before or after the server saw the request), answers 5xx, goes
// silent (the client's own timeout must fire), sends a request twice or a response twice,
// or cuts a response short. One request per connection (it answers "Connection: close").
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        DropBefore,   // close without forwarding
        DropAfter,    // forward, then close without answering
        ServerError,  // answer 503 without forwarding
        ErrorAfter,   // forward, then answer 502
        Silent,       // forward, then never answer
        Duplicate,    // forward the request twice and send the response twice
        Truncate,     // forward, then send half the response and close
        NoBulkGet,    // answer _bulk_get with 404, as servers without it do
        NoInlineDocs, // _changes asked with include_docs=true is answered without documents
    };

    FaultProxy(QUrl upstream, quint32 seed);
    QUrl url() const;
    // Each request gets a fault with this probability (0..1), chosen at random.
    void setFaultRate(double rate) { m_rate = rate; }
    void setAlways(Fault fault) { m_always = fault; }
    int faultsInjected() const { return m_injected; }
    int requests() const { return m_requests; }
    int singleGets() const { return m_singleGets; }
    int bulkGets() const { return m_bulkGets; }

private:
    void onConnection();
    void handle(class QTcpSocket *client, const QByteArray &request);
    Fault pick(const QByteArray &request);
    QByteArray forward(const QByteArray &request);

    QTcpServer m_server;
    QUrl m_upstream;
    QRandomGenerator m_random;
    double m_rate = 0;
    Fault m_always = Fault::None;
    int m_injected = 0;
    int m_requests = 0;
    int m_singleGets = 0;
    int m_bulkGets = 0;
};

} // namespace dit::test
