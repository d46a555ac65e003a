// Requests in flight (core/sync/HttpClient.h, docs/SYNC.md "Requests in flight"): several at
// once over the network, each with its own timeouts and size cap; a test double that only
// sends one at a time serves them too. Against a small local HTTP server in this thread, no
// sync server needed.
#include "NetworkHttpClient.h"

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace dit::sync;

namespace {

// Answers GET requests by path: "/ok" at once with the path as its body; "/endless" with a
// body that never ends; "/silent" never; "/held/..." only once `held` of them are waiting,
// each with its own path.
class LocalServer : public QObject
{
public:
    int held = 2;
    int requests = 0; // requests received
    int closed = 0;   // connections the client closed

    LocalServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    ++closed;
                    m_waiting.removeAll(s);
                    s->deleteLater();
                });
            }
        });
    }

    HttpRequest request(const QString &path) const
    {
        HttpRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
        return r;
    }

private:
    static void answer(QTcpSocket *s, const QByteArray &body)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    void onRead(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray path = buffer.left(buffer.indexOf('\r')).split(' ').value(1);
        buffer.remove(0, end + 4);
        ++requests;
        if (path == "/ok") {
            answer(s, path);
        } else if (path == "/endless") {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Connection: close\r\n\r\n[");
            const QByteArray chunk(64 * 1024, ' ');
            auto more = [s, chunk] {
                if (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 1 << 20)
                    s->write(chunk);
            };
            connect(s, &QTcpSocket::bytesWritten, s, more);
            more();
        } else if (path.startsWith("/held/")) {
            m_waiting.append(s);
            m_paths.insert(s, path);
            if (m_waiting.size() >= held)
                for (QTcpSocket *w : std::exchange(m_waiting, {}))
                    answer(w, m_paths.value(w));
        } // "/silent": nothing, ever
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, QByteArray> m_paths;
    QList<QTcpSocket *> m_waiting;
};

// A test double as the tests write them: send() only, one request at a time.
class SendOnly final : public HttpClient
{
public:
    QList<QUrl> seen;
    HttpResponse send(const HttpRequest &request) override
    {
        seen.append(request.url);
        HttpResponse r;
        r.status = 200;
        r.body = request.url.path().toUtf8();
        return r;
    }
};

} // namespace

class TestHttpInFlight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The server answers neither until both have arrived: a client that sent the second only
    // after the first's answer would wait until its limit and fail.
    void twoRequestsAreAtTheServerAtOnce()
    {
        LocalServer server;
        NetworkHttpClient http;
        auto first = http.start(server.request(QStringLiteral("/held/first")));
        auto second = http.start(server.request(QStringLiteral("/held/second")));
        const HttpResponse a = first->wait();
        const HttpResponse b = second->wait();
        QVERIFY(a.ok());
        QVERIFY(b.ok());
        QCOMPARE(a.body, QByteArray("/held/first"));
        QCOMPARE(b.body, QByteArray("/held/second"));
    }

    // Three at once: the silent one times out, the endless one is cut at its cap, and the
    // good one is answered whichever is waited for first.
    void eachRequestKeepsItsOwnLimits()
    {
        LocalServer server;
        NetworkHttpClient http;
        HttpRequest silentRequest = server.request(QStringLiteral("/silent"));
        silentRequest.idleTimeoutMs = 200;
        HttpRequest endlessRequest = server.request(QStringLiteral("/endless"));
        endlessRequest.maxResponseBytes = 256 * 1024;
        auto silent = http.start(silentRequest);
        auto endless = http.start(endlessRequest);
        auto good = http.start(server.request(QStringLiteral("/ok")));

        const HttpResponse ok = good->wait();
        QVERIFY(ok.ok());
        QCOMPARE(ok.body, QByteArray("/ok"));
        const HttpResponse cut = endless->wait();
        QCOMPARE(cut.failure, HttpResponse::Failure::TooLarge);
        QVERIFY(cut.body.isEmpty());
        const HttpResponse late = silent->wait();
        QCOMPARE(late.failure, HttpResponse::Failure::TimedOut);
        QVERIFY(late.body.isEmpty());
    }

    // A request dropped before its answer is abandoned: its connection closes, and the
    // client goes on serving others.
    void droppedRequestIsAbandoned()
    {
        LocalServer server;
        NetworkHttpClient http;
        {
            auto silent = http.start(server.request(QStringLiteral("/silent")));
            QTRY_COMPARE(server.requests, 1);
            QCOMPARE(server.closed, 0);
        }
        QTRY_COMPARE(server.closed, 1);
        const HttpResponse ok = http.send(server.request(QStringLiteral("/ok")));
        QVERIFY(ok.ok());
    }

    // The default start() sends at once: a double with only send() serves requests in
    // flight, in the order they were started, whichever is waited for first.
    void doubleWithSendOnlyServesRequestsInFlight()
    {
        SendOnly http;
        auto first = http.start(LocalServer().request(QStringLiteral("/one")));
        auto second = http.start(LocalServer().request(QStringLiteral("/two")));
        QCOMPARE(second->wait().body, QByteArray("/two"));
        QCOMPARE(first->wait().body, QByteArray("/one"));
        QCOMPARE(http.seen.size(), 2);
        QCOMPARE(http.seen.at(0).path(), QStringLiteral("/one"));
        QCOMPARE(http.seen.at(1).path(), QStringLiteral("/two"));
    }
};

QTEST_GUILESS_MAIN(TestHttpInFlight)
#include "tst_http_in_flight.moc"
