#include "ServerDate.h"

#include <QLocale>

namespace dit::sync {

QDateTime parseHttpDate(const QByteArray &value)
{
    // "Sun, 06 Nov 1994 08:49:37 GMT": fixed English names and layout, not the reader's
    // locale; read as UTC directly (a local reading could fall in a clock change's gap).
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.size() != 29 || text.at(3) != u',' || !text.endsWith(QLatin1String(" GMT")))
        return {};
    const QLocale c = QLocale::c();
    const QDate date = c.toDate(text.mid(5, 11), QStringLiteral("dd MMM yyyy"));
    const QTime time = QTime::fromString(text.mid(17, 8), QStringLiteral("hh:mm:ss"));
    if (!date.isValid() || !time.isValid() ||
        c.dayName(date.dayOfWeek(), QLocale::ShortFormat) != text.left(3))
        return {};
    return QDateTime(date, time, Qt::UTC);
}

void ServerDateClient::see(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None)
        return;
    const QDateTime t = parseHttpDate(response.date);
    if (t.isValid() && (!m_latest.isValid() || t > m_latest))
        m_latest = t;
}

HttpResponse ServerDateClient::send(const HttpRequest &request)
{
    HttpResponse response = m_inner.send(request);
    see(response);
    return response;
}

std::unique_ptr<HttpClient::InFlight> ServerDateClient::start(const HttpRequest &request)
{
    class Seen final : public InFlight
    {
    public:
        Seen(std::unique_ptr<InFlight> inner, ServerDateClient &client)
            : m_inner(std::move(inner)), m_client(client)
        {}
        HttpResponse wait() override
        {
            HttpResponse response = m_inner->wait();
            m_client.see(response);
            return response;
        }

    private:
        std::unique_ptr<InFlight> m_inner;
        ServerDateClient &m_client;
    };
    return std::make_unique<Seen>(m_inner.start(request), *this);
}

} // namespace dit::sync
