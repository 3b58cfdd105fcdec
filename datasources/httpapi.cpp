#include "httpapi.h"

#include "format.h"

#include <QCoreApplication>
#include <QPointer>

namespace opsdash {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::HttpError)
};

} // namespace

QString describeTransportError(const BoundedHttp::Response &response, const QUrl &url, int timeoutMs, qint64 maxBytes,
                               const QString &server)
{
    using Error = BoundedHttp::Error;
    const QString host = url.host();
    switch (response.error) {
    case Error::ConnectionRefused:
        return Text::tr("%1 refused the connection: is %2 running on port %3?").arg(host, server).arg(url.port());
    case Error::HostNotFound:
        return Text::tr("host %1 not found (DNS)").arg(host);
    case Error::Aborted:
        return Text::tr("no answer from %1 within %2 s (or the request was cancelled)")
            .arg(host)
            .arg(timeoutMs / 1000.0);
    case Error::Timeout:
        return Text::tr("no answer from %1 within %2 s").arg(host).arg(timeoutMs / 1000.0);
    case Error::Tls:
        return Text::tr("TLS with %1 failed: %2").arg(host, response.errorString);
    case Error::Closed:
        return Text::tr("%1 closed the connection before the answer was complete").arg(host);
    case Error::TooLarge:
        return Text::tr("the answer from %1 is larger than %2: opsdash stopped reading it (the profile's limit)")
            .arg(host, format::bytes(maxBytes));
    case Error::Malformed:
        return Text::tr("%1 did not answer in HTTP/1.1: %2").arg(host, response.errorString);
    case Error::Other:
        return Text::tr("request to %1 failed: %2").arg(host, response.errorString);
    case Error::None:
        break;
    }
    return {};
}

HttpApi::HttpApi(Options options, QString serverName, std::function<QString(const QByteArray &)> detail,
                 QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_server(std::move(serverName))
    , m_detail(std::move(detail))
{ }

QCoro::Task<HttpApi::Answer> HttpApi::send(QByteArray method, QString path, QByteArray body, QByteArray contentType)
{
    BoundedHttp::Request request;
    request.method = std::move(method);
    request.url = m_options.baseUrl;
    QString base = request.url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    request.url.setPath(base + path);
    request.url.setQuery(QString());
    request.timeoutMs = m_options.timeoutMs;
    request.maxBodyBytes = m_options.maxResponseBytes;
    if (!m_options.bearerToken.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_options.bearerToken});
    else if (!m_options.basicUser.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"),
                                "Basic " + (m_options.basicUser + u':' + m_options.basicPassword).toUtf8().toBase64()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!contentType.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    request.body = std::move(body);

    const QUrl url = request.url;
    QPointer<HttpApi> self(this);
    QCoro::Task<BoundedHttp::Response> sending = m_http.send(std::move(request));
    Answer answer;
    answer.response = co_await sending;
    const auto &r = answer.response;
    if (r.error != BoundedHttp::Error::None || r.status < 200 || r.status >= 300)
        answer.error = self ? self->describe(r, url) : tr("cancelled");
    co_return answer;
}

QString HttpApi::describe(const BoundedHttp::Response &response, const QUrl &url) const
{
    if (QString transport =
            describeTransportError(response, url, m_options.timeoutMs, m_options.maxResponseBytes, m_server);
        !transport.isEmpty())
        return transport;
    const QString detail = m_detail ? m_detail(response.body) : QString();
    const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(": ") + detail;
    switch (response.status) {
    case 401:
        return tr("%1 refused the credentials (401): check the profile's token or password").arg(m_server);
    case 403:
        return tr("%1 does not allow this (403)%2").arg(m_server, suffix);
    case 404:
        return tr("%1 has no %2 (404): is the URL that of %1?").arg(m_server, url.path());
    default:
        return tr("%1 answered %2%3").arg(m_server).arg(response.status).arg(suffix);
    }
}

} // namespace opsdash
