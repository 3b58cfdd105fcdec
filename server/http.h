#pragma once

#include "auth.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

#include <QCoroTask>

#include <functional>
#include <optional>

class QTcpSocket;

namespace eventsd {

class RouteMetrics;
class RateLimiter;

/// A request copied out of Qt's (which may die with its socket while a handler waits on the database).
struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QHostAddress remoteAddress;
    QHash<QString, QString> params; ///< ":id" captures by name
    std::optional<Claims> claims; ///< set when the request carried a valid token

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    /// {"statusCode", "error", "message"}: NestJS's error shape, so seed clients read it unchanged.
    static HttpResponse error(int status, const QString &message);
    HttpResponse &withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
};

/// Who may call a route.
enum class Access {
    Public, ///< anyone; rate limited per client
    Authenticated, ///< any valid token
    Operator, ///< operator or admin token
};

using Handler = std::function<QCoro::Task<HttpResponse>(const HttpRequest &)>;

/// A response written piece by piece (HTTP/1.1 chunked), for bodies too large to hold: the CSV export.
/// write() waits while the socket has much unsent data, so memory stays flat however slow the client is.
class HttpStream
{
public:
    HttpStream(QHttpServerResponder &responder, QPointer<QTcpSocket> socket)
        : m_responder(responder)
        , m_socket(std::move(socket))
    { }
    /// The client is still connected.
    bool alive() const;
    /// Status line and headers; `Transfer-Encoding: chunked` is added.
    void begin(int status, const QList<std::pair<QByteArray, QByteArray>> &headers);
    QCoro::Task<bool> write(QByteArray data);
    void end();
    /// Cuts the connection: after the headers went out, the way to tell the client the body is incomplete.
    void abort();
    bool started() const { return m_started; }
    qint64 bytesWritten() const { return m_bytes; }

private:
    QHttpServerResponder &m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_started = false;
    qint64 m_bytes = 0;
};

/// A streaming handler: either answers with a plain response (errors, before anything was streamed) or
/// streams through `stream` and returns a response whose status is what it sent.
using StreamHandler = std::function<QCoro::Task<HttpResponse>(const HttpRequest &, HttpStream &)>;

/// Routes by method and path pattern ("/events/:id"), checks access, limits body size, times every request per
/// route pattern, and writes the response only if the client is still connected. Handlers are coroutines that
/// await the database pool; the server thread never blocks on them.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 maxBodyBytes = 1024 * 1024;
    };

    HttpServer(Options options, const TokenSigner *signer, RouteMetrics *metrics, RateLimiter *limiter,
               QObject *parent = nullptr);

    void route(const QByteArray &method, const QString &pattern, Access access, Handler handler);
    void routeStream(const QByteArray &method, const QString &pattern, Access access, StreamHandler handler);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; ///< ":name" segments capture
        QString key; ///< "GET /events/:id", for metrics
        Access access;
        Handler handler;
        StreamHandler streamHandler;
    };

    static HttpRequest copyRequest(const QHttpServerRequest &request);
    static void write(QHttpServerResponder &responder, const HttpResponse &response);
    std::optional<HttpResponse> admit(const Route &route, HttpRequest &request) const;
    QCoro::Task<> dispatch(const Route *route, HttpRequest request, QHttpServerResponder responder,
                           QPointer<QTcpSocket> socket);

    Options m_options;
    const TokenSigner *m_signer;
    RouteMetrics *m_metrics;
    RateLimiter *m_limiter;
    std::vector<std::unique_ptr<Route>> m_routes;
};

} // namespace eventsd
