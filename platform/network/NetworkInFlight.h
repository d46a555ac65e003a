#pragma once

#include "sync/HttpClient.h"

#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <memory>

class QEventLoop;

namespace dit::sync {

// One request of NetworkHttpClient in flight: its reply, its two timeouts and its size cap
// (HttpRequest). Whatever arrives is taken and checked whenever the thread's event loop runs,
// the wait for another request's response included; while the caller is busy, Qt's network
// thread holds at most the cap of it (the reply's read buffer).
class NetworkInFlight final : public HttpClient::InFlight
{
public:
    // `authorization`: the request's credentials, shared with the reply's headers; wiped when
    // the request is done.
    NetworkInFlight(QNetworkReply *reply, const HttpRequest &request, QByteArray authorization);
    ~NetworkInFlight() override; // not finished: aborted
    NetworkInFlight(const NetworkInFlight &) = delete;
    NetworkInFlight &operator=(const NetworkInFlight &) = delete;
    HttpResponse wait() override;

private:
    void take();
    void abortForSize();
    void onFinished();

    QPointer<QNetworkReply> m_reply; // null if its manager went first (it deletes its replies)
    QByteArray m_authorization;
    qint64 m_maxBytes;
    int m_idleMs;
    QTimer m_idle;
    QTimer m_total;
    QByteArray m_body;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    QEventLoop *m_loop = nullptr; // the loop wait() runs, if it does
    // The receiver of every connection to the reply: destroyed first, so nothing of this
    // object is called once it is going.
    std::unique_ptr<QObject> m_receiver;
};

} // namespace dit::sync
