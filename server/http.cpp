#include "http.h"

#include "signalwaiter.h"

#include "ratelimiter.h"
#include "routemetrics.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "eventsd.http")

namespace eventsd {

namespace {

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return status >= 500 ? QStringLiteral("Internal Server Error") : QStringLiteral("Error");
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

} // namespace

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return HttpResponse{
        status, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    return HttpResponse{
        status, QByteArrayLiteral("application/json"), QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("statusCode"), status},
                            {QStringLiteral("error"), reasonPhrase(status)},
                            {QStringLiteral("message"), message}},
                status);
}

HttpServer::HttpServer(Options options, const TokenSigner *signer, RouteMetrics *metrics, RateLimiter *limiter,
                       QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_signer(signer)
    , m_metrics(metrics)
    , m_limiter(limiter)
{ }

void HttpServer::route(const QByteArray &method, const QString &pattern, Access access, Handler handler)
{
    auto route = std::make_unique<Route>();
    route->method = method;
    route->segments = pattern.split(u'/', Qt::SkipEmptyParts);
    route->key = QString::fromLatin1(method) + u' ' + pattern;
    route->access = access;
    route->handler = std::move(handler);
    m_routes.push_back(std::move(route));
}

void HttpServer::routeStream(const QByteArray &method, const QString &pattern, Access access, StreamHandler handler)
{
    route(method, pattern, access, {});
    m_routes.back()->streamHandler = std::move(handler);
}

bool HttpStream::alive() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpStream::begin(int status, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (!alive() || m_started)
        return;
    m_started = true;
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    for (const auto &[name, value] : headers)
        m_responder.writeHeader(name, value);
    m_responder.writeHeader(QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked"));
}

QCoro::Task<bool> HttpStream::write(QByteArray data)
{
    if (!alive() || data.isEmpty())
        co_return alive();
    // Three writes, no concatenated copy of the chunk: the socket copies into its buffer once anyway.
    m_responder.writeBody(QByteArray::number(data.size(), 16) + "\r\n");
    m_responder.writeBody(data);
    m_responder.writeBody(QByteArrayLiteral("\r\n"));
    m_bytes += data.size();
    // Back-pressure: wait while over 2 MiB is unsent. Re-check the socket each second, as it may go.
    while (alive() && m_socket->bytesToWrite() > 2 * 1024 * 1024) {
        co_await opsdash::waitForSignal(m_socket.data(), &QTcpSocket::bytesWritten, 1000);
    }
    co_return alive();
}

void HttpStream::end()
{
    if (alive() && m_started)
        m_responder.writeBody(QByteArrayLiteral("0\r\n\r\n"));
}

void HttpStream::abort()
{
    if (m_socket)
        m_socket->abort();
}

HttpRequest HttpServer::copyRequest(const QHttpServerRequest &request)
{
    HttpRequest out;
    out.method = methodName(request.method());
    out.path = request.url().path();
    out.query = request.query();
    out.body = request.body();
    out.remoteAddress = request.remoteAddress();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        out.headers.insert(name.toLower(), value);
    return out;
}

void HttpServer::write(QHttpServerResponder &responder, const HttpResponse &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

std::optional<HttpResponse> HttpServer::admit(const Route &route, HttpRequest &request) const
{
    if (request.body.size() > m_options.maxBodyBytes)
        return HttpResponse::error(413, QStringLiteral("request body over %1 bytes").arg(m_options.maxBodyBytes));

    const QByteArray authorization = request.header(QByteArrayLiteral("authorization"));
    if (authorization.startsWith("Bearer ")) {
        QString why;
        request.claims = m_signer->verify(authorization.mid(7).trimmed(), QDateTime::currentSecsSinceEpoch(), &why);
        if (!request.claims && route.access != Access::Public)
            return HttpResponse::error(401, QStringLiteral("invalid token: %1").arg(why));
    }
    switch (route.access) {
    case Access::Public:
        if (m_limiter) {
            const int retryAfter = m_limiter->admit(request.remoteAddress);
            if (retryAfter > 0)
                return HttpResponse::error(429, QStringLiteral("too many requests; retry in %1 s").arg(retryAfter))
                    .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
        }
        break;
    case Access::Authenticated:
        if (!request.claims)
            return HttpResponse::error(401, QStringLiteral("this route needs a bearer token (POST /auth/login)"));
        break;
    case Access::Operator:
        if (!request.claims)
            return HttpResponse::error(401, QStringLiteral("this route needs an operator's bearer token"));
        if (request.claims->role == Role::Organizer)
            return HttpResponse::error(403, QStringLiteral("this route is for operators; you are an organizer"));
        break;
    }
    return std::nullopt;
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray method = methodName(request.method());
    const QStringList segments = request.url().path().split(u'/', Qt::SkipEmptyParts);
    // The most specific route wins: "/events/upcoming" over "/events/:id", whatever the order they were added in.
    const Route *match = nullptr;
    int matchLiterals = -1;
    bool pathMatched = false;
    QHash<QString, QString> params;
    for (const auto &route : m_routes) {
        if (route->segments.size() != segments.size())
            continue;
        QHash<QString, QString> captured;
        int literals = 0;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            const QString &want = route->segments[i];
            if (want.startsWith(u':')) {
                captured.insert(want.mid(1), segments[i]);
            } else {
                ok = want == segments[i];
                ++literals;
            }
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (route->method == method && literals > matchLiterals) {
            match = route.get();
            matchLiterals = literals;
            params = std::move(captured);
        }
    }

    QHttpServerResponder responder = makeResponder(request, socket);
    if (!match) {
        const HttpResponse response = pathMatched
            ? HttpResponse::error(
                  405, QStringLiteral("%1 is not allowed on %2").arg(QString::fromLatin1(method), request.url().path()))
            : HttpResponse::error(
                  404, QStringLiteral("no route for %1 %2").arg(QString::fromLatin1(method), request.url().path()));
        write(responder, response);
        return true;
    }
    HttpRequest copy = copyRequest(request);
    copy.params = std::move(params);
    dispatch(match, std::move(copy), std::move(responder), QPointer<QTcpSocket>(socket));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, HttpResponse::error(404, QStringLiteral("no route for %1").arg(request.url().path())));
}

QCoro::Task<> HttpServer::dispatch(const Route *route, HttpRequest request, QHttpServerResponder responder,
                                   QPointer<QTcpSocket> socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpResponse response;
    bool streamed = false; ///< the handler already sent status and body through an HttpStream
    if (auto refusal = admit(*route, request)) {
        response = std::move(*refusal);
    } else {
        if (route->streamHandler) {
            HttpStream stream(responder, socket);
            QCoro::Task<HttpResponse> streaming = route->streamHandler(request, stream);
            response = co_await streaming;
            streamed = stream.started();
            if (streamed)
                stream.end();
        } else {
            // Named task, not a call inside co_await: GCC 12 destroys such temporaries twice (docs/architecture.md).
            QCoro::Task<HttpResponse> handling = route->handler(request);
            response = co_await handling;
        }
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (m_metrics)
        m_metrics->record(route->key, ms, response.status);
    if (response.status >= 500)
        qCWarning(lcHttp).noquote() << route->key << response.status << QString::fromUtf8(response.body.left(300));
    // The client may have gone while the handler waited; Qt 6.4 would write through a dangling socket.
    if (!streamed && socket && socket->state() == QAbstractSocket::ConnectedState)
        write(responder, response);
}

} // namespace eventsd
