#pragma once

#include "auth.h"
#include "gzip.h"
#include "httpconnection.h"
#include "idleparking.h"
#include "ratelimiter.h"
#include "requestcost.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QUrlQuery>

#include <QCoroTask>

#include <array>
#include <functional>
#include <optional>

namespace eventsd {

class RouteMetrics;
class RequestLimits;

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
    QByteArray requestId; ///< answered as X-Request-Id and logged with any 5xx, so a client can quote it
    /// Where this request's time goes (database, pool wait, cache); shared with the pool jobs it starts.
    std::shared_ptr<RequestCost> cost = std::make_shared<RequestCost>();

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

/// Who may call a route.
enum class Access {
    Public, ///< anyone
    Authenticated, ///< any valid token
    Operator, ///< operator or admin token: /performance/* and /metrics, counted in the monitoring budget
};

using Handler = std::function<QCoro::Task<HttpResponse>(const HttpRequest &)>;

/// A response written piece by piece (HTTP/1.1 chunked), for bodies too large to hold: the CSV export.
/// write() waits while the socket has much unsent data, so memory stays flat however slow the client is, and
/// cuts the connection when the client takes nothing for the write timeout.
class HttpStream
{
public:
    HttpStream(QPointer<HttpConnection> connection, QByteArray requestId)
        : m_connection(std::move(connection))
        , m_requestId(std::move(requestId))
    { }
    /// The client is still connected.
    bool alive() const;
    /// The client accepts gzip: begin() compresses a body worth it (compressible()) and says so in the headers.
    void offerGzip() { m_gzipOffered = true; }
    bool gzipOffered() const { return m_gzipOffered; }
    /// How the body handed to write() is coded: Identity (compressed here when offered and worth it) or Gzip
    /// (already gzip, e.g. a stored report: sent as it is, to a client that offered gzip).
    enum class Body { Identity, Gzip };
    /// Status line and headers; `Transfer-Encoding: chunked` is added.
    void begin(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, Body body = Body::Identity);
    QCoro::Task<bool> write(QByteArray data);
    void end();
    /// Cuts the connection: after the headers went out, the way to tell the client the body is incomplete.
    void abort();
    bool started() const { return m_started; }
    /// Body bytes handed to write() (before any compression).
    qint64 bytesWritten() const { return m_bytes; }

private:
    void writeChunk(const QByteArray &data);

    QPointer<HttpConnection> m_connection;
    QByteArray m_requestId;
    bool m_started = false;
    qint64 m_bytes = 0;
    bool m_gzipOffered = false;
    std::unique_ptr<opsdash::gzip::Encoder> m_gzip; ///< set by begin() when the body goes out compressed
};

/// A streaming handler: either answers with a plain response (errors, before anything was streamed) or
/// streams through `stream` and returns a response whose status is what it sent.
using StreamHandler = std::function<QCoro::Task<HttpResponse>(const HttpRequest &, HttpStream &)>;

/// Routes by method and path pattern ("/events/:id"), checks access, times every request per route pattern, and
/// writes the response only if the client is still connected. Handlers are coroutines that await the database
/// pool; the server thread never blocks on them. Connections are HttpConnections: every request is bounded while
/// it is read (HttpLimits, per-route body limits), every phase has a timeout, and connections are capped in all
/// and per client address (beyond either: 503 and close).
class HttpServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        HttpLimits limits;
        HttpTimeouts timeouts;
        int maxConnections = 1024;
        int maxConnectionsPerAddress = 128;
        TrustedProxies trustedProxies; ///< whose X-Forwarded-For names the client
    };

    HttpServer(Options options, const TokenSigner *signer, RouteMetrics *metrics, RequestLimits *limits,
               QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    qsizetype activeConnections() const { return m_connections.size(); }
    qsizetype parkedConnections() const { return m_parked.size(); }
    quint16 serverPort() const { return m_tcp.serverPort(); }

    void route(const QByteArray &method, const QString &pattern, Access access, Handler handler);
    void routeStream(const QByteArray &method, const QString &pattern, Access access, StreamHandler handler);
    /// A body limit for one route other than the default (HttpLimits::bodyBytes).
    void limitBody(const QByteArray &method, const QString &pattern, qint64 bytes);

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; ///< ":name" segments capture
        QString key; ///< "GET /events/:id", for metrics
        Access access = Access::Public;
        Handler handler;
        StreamHandler streamHandler;
        qint64 maxBodyBytes = 0; ///< 0: the default
    };
    struct Match
    {
        const Route *route = nullptr;
        bool pathMatched = false; ///< some route has this path, with another method
        QHash<QString, QString> params;
    };

    Match match(QByteArrayView method, const QString &path) const;
    qint64 bodyLimitFor(QByteArrayView method, QByteArrayView target) const;
    void accept();
    void adopt(QTcpSocket *socket, const QHostAddress &network);
    void release(const QHostAddress &network);
    void park(HttpConnection *connection);
    void unpark(int fd, quint64 token);
    /// The network of a parked connection, which is no longer parked; nullopt for an unknown token.
    std::optional<QHostAddress> takeParked(quint64 token);
    void onRequest(HttpConnection *connection, RawRequest raw);
    std::optional<HttpResponse> admit(const Route &route, HttpRequest &request) const;
    QCoro::Task<> dispatch(const Route *route, HttpRequest request, QPointer<HttpConnection> connection);
    /// gzip for a body worth it when the request accepts it (seed 004).
    void compress(HttpResponse &response, const HttpRequest &request);

    Options m_options;
    const TokenSigner *m_signer;
    RouteMetrics *m_metrics;
    RequestLimits *m_limits;
    QTcpServer m_tcp;
    std::vector<std::unique_ptr<Route>> m_routes;
    QByteArray m_requestIdPrefix; ///< random per process, so ids of instances behind one balancer differ
    quint64 m_requestSeq = 0;
    QHash<HttpConnection *, QHostAddress> m_connections;
    QHash<QHostAddress, int> m_perAddress; ///< open connections per client network, parked ones included
    std::unique_ptr<IdleParking> m_parking; ///< idle keep-alive connections outside the event loop
    QHash<quint64, QHostAddress> m_parked; ///< parked connections by token, with their network
    quint64 m_parkSeq = 0;
    /// The last bodies gzipped, by the buffer they were in: a cached answer is the cache's own buffer, shared (Qt's
    /// implicit sharing), so it is compressed once per cache fill, not once per request. Holding the buffer keeps
    /// it from being reused for other bytes while it is remembered.
    struct GzipMemo
    {
        QByteArray plain;
        QByteArray gzipped;
    };
    std::array<GzipMemo, 16> m_gzipMemo;
    std::size_t m_gzipNext = 0;
};

} // namespace eventsd
