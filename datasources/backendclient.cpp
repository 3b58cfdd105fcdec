#include "backendclient.h"

#include "format.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace opsdash {

BackendClient::BackendClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

QCoro::Task<BackendClient::Result> BackendClient::get(QString path)
{
    QCoro::Task<Result> sending = send(QByteArrayLiteral("GET"), std::move(path), {});
    co_return co_await sending;
}

QCoro::Task<BackendClient::Result> BackendClient::post(QString path, QByteArray body)
{
    QCoro::Task<Result> sending = send(QByteArrayLiteral("POST"), std::move(path), std::move(body));
    co_return co_await sending;
}

QCoro::Task<BackendClient::Result> BackendClient::send(QByteArray method, QString path, QByteArray body)
{
    BoundedHttp::Request request;
    request.method = method;
    request.url = m_options.baseUrl;
    const qsizetype query = path.indexOf(u'?');
    request.url.setPath(request.url.path().chopped(request.url.path().endsWith(u'/') ? 1 : 0) + path.left(query));
    if (query >= 0)
        request.url.setQuery(path.mid(query + 1));
    request.timeoutMs = m_options.timeoutMs;
    request.maxBodyBytes = m_options.maxResponseBytes;
    if (!m_options.token.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_options.token});
    if (!body.isEmpty() || method == "POST")
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = std::move(body);

    // Everything used after the co_await is copied first: this client may be gone by then.
    QPointer<BackendClient> self(this);
    const QUrl url = request.url;
    const int timeoutMs = request.timeoutMs;
    const qint64 maxBytes = request.maxBodyBytes;
    QCoro::Task<BoundedHttp::Response> sending = m_http.send(std::move(request));
    const BoundedHttp::Response response = co_await sending;
    Result result;
    result.httpStatus = response.status;
    result.body = response.body;
    const bool success =
        response.error == BoundedHttp::Error::None && result.httpStatus >= 200 && result.httpStatus < 300;
    if (!success) {
        result.notOffered = response.error == BoundedHttp::Error::None && result.httpStatus == 404;
        result.error = describe(response, url, timeoutMs, maxBytes);
    }
    // A 404 is an answer (the backend lacks an extension), not a sign the backend is unwell.
    if (self && !result.notOffered)
        setStatus(result.ok() ? Status::Ok : Status::Error, result.error);
    co_return result;
}

QCoro::Task<backend::Parsed<QByteArray>> BackendClient::login(QString email, QString password)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact);
    QCoro::Task<Result> sending = post(QStringLiteral("/auth/login"), body);
    const Result result = co_await sending;
    backend::Parsed<QByteArray> out;
    if (!result.ok()) {
        out.error = result.httpStatus == 401 ? tr("wrong e-mail or password") : result.error;
        co_return out;
    }
    // Seed 001's load test reads $.data.accessToken; accept a top-level accessToken too.
    const QJsonObject doc = QJsonDocument::fromJson(result.body).object();
    QString token = doc.value(u"data").toObject().value(u"accessToken").toString();
    if (token.isEmpty())
        token = doc.value(u"accessToken").toString();
    if (token.isEmpty()) {
        out.error = tr("the login answer has no access token");
        co_return out;
    }
    out.value = token.toUtf8();
    m_options.token = *out.value;
    co_return out;
}

void BackendClient::abortAll()
{
    m_http.abortAll();
}

QString BackendClient::describe(const BoundedHttp::Response &response, const QUrl &url, int timeoutMs, qint64 maxBytes)
{
    using Error = BoundedHttp::Error;
    const QString host = url.host();
    const int status = response.status;
    const auto message = backend::parseMessage(response.body);
    // A backend's own words, cut to a sentence's length: they end up in the message bar.
    const QString detail = message && !message.value->isEmpty() ? message.value->left(300) : QString();
    switch (response.error) {
    case Error::ConnectionRefused:
        return tr("%1 refused the connection: is the backend running on port %2?").arg(host).arg(url.port());
    case Error::HostNotFound:
        return tr("host %1 not found (DNS)").arg(host);
    case Error::Aborted:
        return tr("no answer from %1 within %2 s (or the request was cancelled)").arg(host).arg(timeoutMs / 1000.0);
    case Error::Timeout:
        return tr("no answer from %1 within %2 s").arg(host).arg(timeoutMs / 1000.0);
    case Error::Tls:
        return tr("TLS with %1 failed: %2").arg(host, response.errorString);
    case Error::Closed:
        return tr("%1 closed the connection before the answer was complete").arg(host);
    case Error::TooLarge:
        return tr("the answer from %1 is larger than %2: opsdash stopped reading it (the profile's limit)")
            .arg(host, format::bytes(maxBytes));
    case Error::Malformed:
        return tr("%1 did not answer in HTTP/1.1: %2").arg(host, response.errorString);
    case Error::Other:
        return tr("request to %1 failed: %2").arg(host, response.errorString);
    case Error::None:
        break;
    }
    if (status == 401)
        return tr("the backend rejected the token (401): log in again");
    if (status == 403)
        return tr("this account may not do that (403)%1").arg(detail.isEmpty() ? QString() : u": " + detail);
    if (status == 404)
        return tr("not offered by this backend (404)");
    return tr("the backend answered %1%2").arg(status).arg(detail.isEmpty() ? QString() : u": " + detail);
}

void BackendClient::setStatus(Status status, const QString &message)
{
    if (status == m_status && message == m_statusMessage)
        return;
    m_status = status;
    m_statusMessage = message;
    Q_EMIT statusChanged(status, message);
}

} // namespace opsdash
