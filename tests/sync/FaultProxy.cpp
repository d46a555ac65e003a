#include "FaultProxy.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

namespace dit::test {

namespace {

// The whole request, once its headers and Content-Length bytes of body are in.
bool complete(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        const QByteArray l = line.trimmed().toLower();
        if (l.startsWith("content-length:"))
            length = l.mid(15).trimmed().toLongLong();
    }
    return data.size() >= end + 4 + length;
}

// Ask the server to close after answering, so "the response" is everything it sends.
QByteArray withConnectionClose(QByteArray request)
{
    const qsizetype end = request.indexOf("\r\n\r\n");
    QList<QByteArray> lines = request.left(end).split('\n');
    QByteArray head;
    for (const QByteArray &line : lines) {
        if (line.trimmed().toLower().startsWith("connection:"))
            continue;
        head += line + '\n';
    }
    head.chop(1);
    return head + "\r\nConnection: close\r\n\r\n" + request.mid(end + 4);
}

} // namespace

FaultProxy::FaultProxy(QUrl upstream, quint32 seed)
    : m_upstream(std::move(upstream)), m_random(seed)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            *buffer += client->readAll();
            if (complete(*buffer)) {
                const QByteArray request = *buffer;
                buffer->clear();
                handle(client, request);
            }
        });
        connect(client, &QTcpSocket::disconnected, client, [client, buffer] {
            delete buffer;
            client->deleteLater();
        });
    }
}

FaultProxy::Fault FaultProxy::pick(const QByteArray &request)
{
    if (m_always == Fault::NoBulkGet && request.contains("/_bulk_get"))
        return Fault::NoBulkGet;
    if (m_always == Fault::NoInlineDocs && request.contains("include_docs=true"))
        return Fault::NoInlineDocs;
    if (m_always != Fault::None && m_always != Fault::NoBulkGet && m_always != Fault::NoInlineDocs)
        return m_always;
    if (m_random.generateDouble() >= m_rate)
        return Fault::None;
    return Fault(1 + m_random.bounded(7)); // DropBefore .. Truncate
}

QByteArray FaultProxy::forward(const QByteArray &request)
{
    // Blocking on purpose: the device under test is blocked in its own request meanwhile.
    QTcpSocket upstream;
    upstream.connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    if (!upstream.waitForConnected(5000))
        return {};
    upstream.write(withConnectionClose(request));
    QByteArray response;
    QElapsedTimer t;
    t.start();
    while (upstream.state() == QAbstractSocket::ConnectedState && t.elapsed() < 10000) {
        if (upstream.waitForReadyRead(200))
            response += upstream.readAll();
    }
    response += upstream.readAll();
    return response;
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &request)
{
    ++m_requests;
    if (request.startsWith("GET /") && !request.contains("/_changes") &&
        !request.contains("/_local/") && request.indexOf(' ', 4) > 0 &&
        request.left(request.indexOf(' ', 4)).count('/') == 2)
        ++m_singleGets;
    if (request.contains("/_bulk_get"))
        ++m_bulkGets;
    const Fault fault = pick(request);
    if (fault != Fault::None)
        ++m_injected;
    auto answer = [client](const QByteArray &bytes) {
        client->write(bytes);
        client->flush();
        client->disconnectFromHost();
    };
    switch (fault) {
    case Fault::None:
        answer(forward(request));
        return;
    case Fault::DropBefore:
        client->abort();
        return;
    case Fault::DropAfter:
        forward(request);
        client->abort();
        return;
    case Fault::ServerError:
        answer(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    case Fault::ErrorAfter:
        forward(request);
        answer("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    case Fault::Silent:
        forward(request); // then nothing: the client must give up on its own
        return;
    case Fault::Duplicate: {
        forward(request);
        const QByteArray response = forward(request);
        answer(response + response);
        return;
    }
    case Fault::Truncate: {
        const QByteArray response = forward(request);
        client->write(response.left(response.size() * 2 / 3));
        client->flush();
        client->abort();
        return;
    }
    case Fault::NoInlineDocs: {
        QByteArray plain = request;
        answer(forward(plain.replace("include_docs=true", "include_docs=false")));
        return;
    }
    case Fault::NoBulkGet: {
        const QByteArray body = R"({"error":"not_found","reason":"missing"})";
        answer("HTTP/1.1 404 Object Not Found\r\nContent-Type: application/json\r\n"
               "Content-Length: " +
               QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        return;
    }
    }
}

} // namespace dit::test
