#include "http.h"

#include "signalwaiter.h"

#include "routemetrics.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrl>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcHttp, "eventsd.http")

namespace eventsd {

HttpServer::HttpServer(Options options, const TokenSigner *signer, RouteMetrics *metrics, RequestLimits *limits,
                       QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_signer(signer)
    , m_metrics(metrics)
    , m_limits(limits)
    , m_requestIdPrefix(QByteArray::number(QRandomGenerator::global()->generate(), 36))
{
    connect(&m_tcp, &QTcpServer::newConnection, this, &HttpServer::accept);
    if (m_options.timeouts.parkIdleMs > 0) {
        m_parking = std::make_unique<IdleParking>();
        if (!m_parking->isValid()) {
            qCWarning(lcHttp) << "epoll unavailable: idle connections stay in the event loop";
            m_parking.reset();
        } else {
            connect(m_parking.get(), &IdleParking::readable, this, &HttpServer::unpark);
            connect(m_parking.get(), &IdleParking::expired, this, [this](quint64 token) {
                if (const auto network = takeParked(token))
                    release(*network);
            });
        }
    }
}

HttpServer::~HttpServer()
{
    m_parking.reset(); // its thread stops and closes what is parked
    m_tcp.close();
    // Handlers still awaiting hold QPointers: they see the connections go.
    const auto connections = m_connections.keys();
    for (HttpConnection *c : connections)
        delete c;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_tcp.listen(address, port);
}

void HttpServer::accept()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        const QHostAddress network = clientNetwork(socket->peerAddress());
        const qsizetype open = m_connections.size() + m_parked.size();
        if (open >= m_options.maxConnections || m_perAddress.value(network) >= m_options.maxConnectionsPerAddress) {
            const bool all = open >= m_options.maxConnections;
            qCWarning(lcHttp).noquote() << "refusing a connection from" << socket->peerAddress().toString()
                                        << (all ? "(server at its connection cap)" : "(address at its cap)");
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            HttpConnection::refuse(socket,
                                   HttpResponse::error(503,
                                                       all ? QStringLiteral("too many connections")
                                                           : QStringLiteral("too many connections from "
                                                                            "your address"))
                                       .withHeader(QByteArrayLiteral("Retry-After"), "1"));
            continue;
        }
        ++m_perAddress[network];
        adopt(socket, network);
    }
}

void HttpServer::adopt(QTcpSocket *socket, const QHostAddress &network)
{
    auto *connection = new HttpConnection(
        socket, m_options.limits, m_options.timeouts,
        [this](QByteArrayView method, QByteArrayView target) { return bodyLimitFor(method, target); },
        [this](HttpConnection *c, RawRequest raw) { onRequest(c, std::move(raw)); }, this);
    m_connections.insert(connection, network);
    connect(connection, &HttpConnection::closed, this, [this, connection] {
        const auto it = m_connections.constFind(connection);
        if (it == m_connections.cend())
            return;
        release(*it);
        m_connections.erase(it);
        connection->deleteLater();
    });
    if (m_parking)
        connect(connection, &HttpConnection::parkable, this, [this, connection] { park(connection); });
}

void HttpServer::release(const QHostAddress &network)
{
    if (--m_perAddress[network] <= 0)
        m_perAddress.remove(network);
}

void HttpServer::park(HttpConnection *connection)
{
    const auto it = m_connections.constFind(connection);
    if (it == m_connections.cend())
        return;
    const auto [fd, keepAliveMs] = connection->detachForParking();
    if (fd < 0)
        return; // busy again after all: it stays
    const quint64 token = ++m_parkSeq;
    m_parked.insert(token, *it); // still counted against its address and the cap
    m_connections.erase(it);
    disconnect(connection, nullptr, this, nullptr);
    connection->deleteLater();
    m_parking->park(fd, token, keepAliveMs);
}

std::optional<QHostAddress> HttpServer::takeParked(quint64 token)
{
    const auto it = m_parked.constFind(token);
    if (it == m_parked.cend())
        return std::nullopt;
    const QHostAddress network = *it; // NOLINT(performance-unnecessary-copy-initialization): erase() below ends *it
    m_parked.erase(it);
    return network;
}

void HttpServer::unpark(int fd, quint64 token)
{
    const auto network = takeParked(token);
    if (!network) {
        ::close(fd);
        return;
    }
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(fd)) {
        ::close(fd);
        delete socket;
        release(*network);
        return;
    }
    adopt(socket, *network); // a new request, or the client closing: read as on any connection
}

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

void HttpServer::limitBody(const QByteArray &method, const QString &pattern, qint64 bytes)
{
    const QString key = QString::fromLatin1(method) + u' ' + pattern;
    for (auto &route : m_routes) {
        if (route->key == key)
            route->maxBodyBytes = bytes;
    }
}

bool HttpStream::alive() const
{
    return m_connection && m_connection->connected();
}

void HttpStream::begin(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, Body body)
{
    if (!alive() || m_started)
        return;
    m_started = true;
    QList<std::pair<QByteArray, QByteArray>> all = headers;
    all.append({QByteArrayLiteral("X-Request-Id"), m_requestId});
    const auto type = std::find_if(headers.cbegin(), headers.cend(), [](const auto &h) {
        return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    });
    if (type != headers.cend() && opsdash::gzip::compressible(type->second)) {
        all.append({QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding")});
        if (m_gzipOffered || body == Body::Gzip) {
            if (body == Body::Identity)
                m_gzip = std::make_unique<opsdash::gzip::Encoder>();
            all.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
        }
    }
    m_connection->beginStream(status, all);
}

void HttpStream::writeChunk(const QByteArray &data)
{
    // Three writes, no concatenated copy of the chunk: the socket copies into its buffer once anyway.
    m_connection->writeRaw(QByteArray::number(data.size(), 16) + "\r\n");
    m_connection->writeRaw(data);
    m_connection->writeRaw(QByteArrayLiteral("\r\n"));
}

QCoro::Task<bool> HttpStream::write(QByteArray data)
{
    if (!alive() || data.isEmpty())
        co_return alive();
    m_bytes += data.size();
    const QByteArray out = m_gzip ? m_gzip->push(data) : data;
    if (out.isEmpty())
        co_return alive(); // zlib keeps it until its window fills
    writeChunk(out);
    // Back-pressure: wait while over 2 MiB is unsent; a client that takes nothing for the write timeout is cut.
    QElapsedTimer stalled;
    stalled.start();
    while (alive() && m_connection->socket()->bytesToWrite() > 2 * 1024 * 1024) {
        const qint64 before = m_connection->socket()->bytesToWrite();
        QTcpSocket *socket = m_connection->socket();
        co_await opsdash::waitForSignal(socket, &QTcpSocket::bytesWritten, 1000);
        if (!alive())
            break;
        if (m_connection->socket()->bytesToWrite() < before)
            stalled.restart();
        else if (stalled.elapsed() > m_connection->timeouts().writeMs) {
            qCInfo(lcHttp) << "client" << m_connection->peerAddress() << "took nothing for"
                           << m_connection->timeouts().writeMs << "ms; cutting the stream";
            m_connection->abort();
        }
    }
    co_return alive();
}

void HttpStream::end()
{
    if (alive() && m_started) {
        if (m_gzip)
            if (const QByteArray tail = m_gzip->finish(); !tail.isEmpty())
                writeChunk(tail);
        m_connection->writeRaw(QByteArrayLiteral("0\r\n\r\n"));
        m_connection->endStream();
    }
}

void HttpStream::abort()
{
    if (m_connection)
        m_connection->abort();
}

std::optional<HttpResponse> HttpServer::admit(const Route &route, HttpRequest &request) const
{
    const QByteArray authorization = request.header(QByteArrayLiteral("authorization"));
    if (authorization.startsWith("Bearer ")) {
        QString why;
        request.claims = m_signer->verify(authorization.mid(7).trimmed(), QDateTime::currentSecsSinceEpoch(), &why);
        if (!request.claims && route.access != Access::Public)
            return HttpResponse::error(401, QStringLiteral("invalid token: %1").arg(why));
    }
    // Each request counts in one budget: anonymous ones per client network, a token's per its subject, and an
    // operator's monitoring apart from both, so a load test from the same address never starves the dashboard.
    if (m_limits) {
        const Budget budget = !request.claims                                             ? Budget::Address
            : route.access == Access::Operator && request.claims->role != Role::Organizer ? Budget::Monitoring
                                                                                          : Budget::Subject;
        const QByteArray key = budget == Budget::Address ? RequestLimits::addressKey(request.remoteAddress)
                                                         : QByteArray::number(request.claims->userId);
        const int retryAfter = m_limits->admit(budget, key);
        if (retryAfter > 0)
            return HttpResponse::error(429, QStringLiteral("too many requests; retry in %1 s").arg(retryAfter))
                .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    }
    switch (route.access) {
    case Access::Public:
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

HttpServer::Match HttpServer::match(QByteArrayView method, const QString &path) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    // The most specific route wins: "/events/upcoming" over "/events/:id", whatever the order they were added in.
    Match best;
    int bestLiterals = -1;
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
        best.pathMatched = true;
        if (route->method == method && literals > bestLiterals) {
            best.route = route.get();
            bestLiterals = literals;
            best.params = std::move(captured);
        }
    }
    return best;
}

namespace {
/// The path of a request target (origin form "/p?q" or absolute form "http://h/p?q"); empty when it is neither.
QUrl targetUrl(QByteArrayView target)
{
    if (target.startsWith('/'))
        return QUrl::fromEncoded(QByteArrayLiteral("http://localhost") + target.toByteArray());
    if (target.startsWith("http://") || target.startsWith("https://"))
        return QUrl::fromEncoded(target.toByteArray());
    return {};
}
} // namespace

qint64 HttpServer::bodyLimitFor(QByteArrayView method, QByteArrayView target) const
{
    const Match m = match(method, targetUrl(target).path());
    return m.route && m.route->maxBodyBytes > 0 ? m.route->maxBodyBytes : m_options.limits.bodyBytes;
}

void HttpServer::onRequest(HttpConnection *connection, RawRequest raw)
{
    const QUrl url = targetUrl(raw.target);
    if (!url.isValid() || url.path().isEmpty()) {
        connection->respond(HttpResponse::error(400, QStringLiteral("malformed request target")));
        return;
    }
    const QString path = url.path();
    Match m = match(raw.method, path);
    if (!m.route) {
        const QString what = QString::fromLatin1(raw.method) + u' ' + path;
        connection->respond(m.pathMatched ? HttpResponse::error(405, QStringLiteral("%1 is not allowed").arg(what))
                                          : HttpResponse::error(404, QStringLiteral("no route for %1").arg(what)));
        return;
    }
    HttpRequest request;
    request.method = std::move(raw.method);
    request.path = path;
    request.query = QUrlQuery(url);
    request.body = std::move(raw.body);
    QByteArray forwardedFor; // every X-Forwarded-For field, in order, as one list
    for (auto &[name, value] : raw.headers) {
        if (name == "x-forwarded-for")
            forwardedFor += (forwardedFor.isEmpty() ? "" : ",") + value;
        request.headers.insert(name, value);
    }
    request.remoteAddress = m_options.trustedProxies.clientOf(connection->peerAddress(), forwardedFor);
    request.params = std::move(m.params);
    request.requestId = m_requestIdPrefix + '-' + QByteArray::number(++m_requestSeq, 36);
    dispatch(m.route, std::move(request), QPointer<HttpConnection>(connection));
}

void HttpServer::compress(HttpResponse &response, const HttpRequest &request)
{
    // Seed 004: JSON (and other text) over 1 KiB is gzipped when the client accepts it; caches are told that the
    // answer depends on Accept-Encoding either way.
    if (response.body.size() < opsdash::gzip::kMinBytes || !opsdash::gzip::compressible(response.contentType))
        return;
    for (const auto &[name, value] : std::as_const(response.headers))
        if (name.compare("Content-Encoding", Qt::CaseInsensitive) == 0)
            return; // already encoded by its handler
    response.withHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
    if (!opsdash::gzip::acceptsGzip(request.header(QByteArrayLiteral("accept-encoding"))))
        return;
    const auto known = std::find_if(m_gzipMemo.cbegin(), m_gzipMemo.cend(), [&](const GzipMemo &m) {
        return m.plain.constData() == response.body.constData() && m.plain.size() == response.body.size();
    });
    if (known != m_gzipMemo.cend()) {
        response.body = known->gzipped;
    } else if (response.body.size() > 1024 * 1024) {
        response.body = opsdash::gzip::compress(response.body); // too large to keep around
    } else {
        GzipMemo &slot = m_gzipMemo[m_gzipNext++ % m_gzipMemo.size()];
        slot.plain = response.body;
        slot.gzipped = opsdash::gzip::compress(response.body);
        response.body = slot.gzipped;
    }
    response.withHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
}

QCoro::Task<> HttpServer::dispatch(const Route *route, HttpRequest request, QPointer<HttpConnection> connection)
{
    QElapsedTimer timer;
    timer.start();
    HttpResponse response;
    bool streamed = false; ///< the handler already sent status and body through an HttpStream
    if (auto refusal = admit(*route, request)) {
        response = std::move(*refusal);
    } else {
        if (route->streamHandler) {
            HttpStream stream(connection, request.requestId);
            if (opsdash::gzip::acceptsGzip(request.header(QByteArrayLiteral("accept-encoding"))))
                stream.offerGzip();
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
        m_metrics->record(route->key, ms, response.status, request.cost->totals());
    if (response.status >= 500)
        qCWarning(lcHttp).noquote() << route->key << response.status << "request" << request.requestId
                                    << QString::fromUtf8(response.body.left(300));
    // The client may have gone while the handler waited.
    if (!streamed && connection) {
        compress(response, request);
        connection->respond(response.withHeader(QByteArrayLiteral("X-Request-Id"), request.requestId));
    }
}

} // namespace eventsd
