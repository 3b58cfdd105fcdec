#include "httpconnection.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>

#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcConnection, "eventsd.http.connection")

namespace eventsd {

namespace {

constexpr qint64 kReadBufferBytes = 64 * 1024;
/// Below this much unsent, the next pipelined request may be read: bounds what one client queues in memory.
constexpr qint64 kResumeBelowBytes = 256 * 1024;
/// After a refusal: how long, and how much, is read and dropped before the connection is cut.
constexpr int kLingerMs = 2000;
constexpr qint64 kLingerBytes = 4 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 422:
        return QByteArrayLiteral("Unprocessable Content");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return status >= 500 ? QByteArrayLiteral("Internal Server Error") : QByteArrayLiteral("Error");
    }
}

QByteArray head(int status, const QList<std::pair<QByteArray, QByteArray>> &headers, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    return out;
}

QByteArray serialize(const HttpResponse &response, bool close)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Content-Type"), response.contentType}};
    headers += response.headers;
    headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size())});
    return head(response.status, headers, close) + "\r\n" + response.body;
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
                            {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))},
                            {QStringLiteral("message"), message}},
                status);
}

HttpConnection::HttpConnection(QTcpSocket *socket, HttpLimits limits, HttpTimeouts timeouts,
                               RequestReader::BodyLimit bodyLimit, RequestCallback onRequest, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_peer(socket->peerAddress())
    , m_timeouts(timeouts)
    , m_reader(limits, std::move(bodyLimit))
    , m_onRequest(std::move(onRequest))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onDeadline);
    m_parkTimer.setSingleShot(true);
    connect(&m_parkTimer, &QTimer::timeout, this, [this] {
        if (idle())
            Q_EMIT parkable();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_timer.stop();
        Q_EMIT closed();
    });
    arm(Deadline::KeepAlive, m_timeouts.headerMs); // a connection that never sends a byte
    readAvailable();
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::connected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::readAvailable()
{
    if (m_halfClosed) {
        m_lingerBytes += m_socket->skip(m_socket->bytesAvailable());
        if (m_lingerBytes > kLingerBytes)
            abort();
        return;
    }
    if (m_busy || m_closeAfter)
        return; // left in the socket's capped buffer: TCP holds the client back
    if (m_socket->bytesAvailable() > 0)
        m_in += m_socket->read(kReadBufferBytes);
    parse();
}

void HttpConnection::parse()
{
    while (!m_busy && !m_closeAfter && !m_in.isEmpty()) {
        const RequestReader::State before = m_reader.state();
        const qsizetype used = m_reader.feed(m_in);
        m_in.remove(0, used);
        switch (m_reader.state()) {
        case RequestReader::State::Failed:
            failAndClose(m_reader.failureStatus(), m_reader.failureReason());
            return;
        case RequestReader::State::Complete: {
            m_timer.stop();
            m_busy = true;
            m_sentContinue = false;
            RawRequest request = m_reader.take();
            m_keepAlive = request.keepAlive;
            m_onRequest(this, std::move(request));
            return; // `this` may be answered (and even gone) by now
        }
        case RequestReader::State::Body:
            if (m_reader.expectsContinue() && !m_sentContinue) {
                m_sentContinue = true;
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            }
            if (before != RequestReader::State::Body || used > 0)
                arm(Deadline::BodyIdle, m_timeouts.bodyIdleMs);
            break;
        case RequestReader::State::Header:
            if (before == RequestReader::State::Idle)
                arm(Deadline::Header, m_timeouts.headerMs);
            break;
        case RequestReader::State::Idle:
            break;
        }
        if (used == 0)
            break; // needs more bytes
    }
    // More may sit in the socket's buffer (read while a request was handled).
    if (!m_busy && !m_closeAfter && m_socket->bytesAvailable() > 0 && m_in.size() < kReadBufferBytes)
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

void HttpConnection::failAndClose(int status, const QString &reason)
{
    m_busy = true;
    m_closeAfter = true;
    m_linger = true;
    respond(HttpResponse::error(status, reason));
}

void HttpConnection::startLinger()
{
    // Closing with unread bytes would make the kernel send a reset, and the client might lose the answer before
    // reading it: end our side, then read and drop what still comes, within bounds (as nginx's lingering close).
    m_halfClosed = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    arm(Deadline::Linger, kLingerMs);
    QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!connected())
        return;
    if (!m_keepAlive)
        m_closeAfter = true;
    m_socket->write(serialize(response, m_closeAfter));
    afterResponse();
}

void HttpConnection::beginStream(int status, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    if (!m_keepAlive)
        m_closeAfter = true; // and say so in the header, as respond() does
    QList<std::pair<QByteArray, QByteArray>> all = headers;
    all.append({QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked")});
    m_socket->write(head(status, all, m_closeAfter) + "\r\n");
}

void HttpConnection::writeRaw(const QByteArray &bytes)
{
    if (connected())
        m_socket->write(bytes);
}

void HttpConnection::endStream()
{
    afterResponse();
}

void HttpConnection::abort()
{
    m_timer.stop();
    m_socket->abort();
}

void HttpConnection::afterResponse()
{
    if (m_closeAfter) {
        arm(Deadline::Write, m_timeouts.writeMs);
        if (!m_linger)
            m_socket->disconnectFromHost(); // after what is buffered went out
        else if (m_socket->bytesToWrite() == 0)
            startLinger();
        return;
    }
    if (m_socket->bytesToWrite() < kResumeBelowBytes) {
        resume();
        return;
    }
    m_waitingForFlush = true;
    arm(Deadline::Write, m_timeouts.writeMs);
}

void HttpConnection::resume()
{
    m_waitingForFlush = false;
    m_busy = false;
    arm(Deadline::KeepAlive, m_timeouts.keepAliveMs);
    if (m_timeouts.parkIdleMs > 0)
        m_parkTimer.start(m_timeouts.parkIdleMs);
    // Queued, not called: a pipelined burst answered at once would otherwise recurse once per request.
    QMetaObject::invokeMethod(this, &HttpConnection::parseBuffered, Qt::QueuedConnection);
}

void HttpConnection::parseBuffered()
{
    if (m_in.isEmpty())
        readAvailable();
    else
        parse();
}

void HttpConnection::onBytesWritten()
{
    if (m_linger && !m_halfClosed && m_socket->bytesToWrite() == 0) {
        startLinger();
        return;
    }
    if (m_waitingForFlush && m_socket->bytesToWrite() < kResumeBelowBytes)
        resume();
}

void HttpConnection::arm(Deadline kind, int ms)
{
    m_deadline = kind;
    m_timer.start(ms);
}

void HttpConnection::onDeadline()
{
    switch (m_deadline) {
    case Deadline::Header:
    case Deadline::BodyIdle:
        qCDebug(lcConnection) << "request from" << m_peer << "too slow; closing";
        failAndClose(408, QStringLiteral("request not received in time"));
        break;
    case Deadline::KeepAlive:
        m_socket->disconnectFromHost();
        m_deadline = Deadline::Write;
        m_timer.start(m_timeouts.writeMs);
        break;
    case Deadline::Linger:
        abort();
        break;
    case Deadline::Write:
        qCDebug(lcConnection) << "client" << m_peer << "does not take its answer; aborting";
        abort();
        break;
    case Deadline::None:
        break;
    }
}

bool HttpConnection::idle() const
{
    return m_deadline == Deadline::KeepAlive && !m_busy && !m_closeAfter && m_in.isEmpty() &&
        m_reader.state() == RequestReader::State::Idle && connected() && m_socket->bytesAvailable() == 0 &&
        m_socket->bytesToWrite() == 0;
}

std::pair<int, int> HttpConnection::detachForParking()
{
    if (!idle())
        return {-1, 0};
    const int fd = ::dup(int(m_socket->socketDescriptor()));
    if (fd < 0)
        return {-1, 0};
    const int left = std::max(1, m_timer.remainingTime());
    m_timer.stop();
    m_parkTimer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort(); // closes Qt's descriptor; the duplicate keeps the connection open
    return {fd, left};
}

void HttpConnection::refuse(QTcpSocket *socket, const HttpResponse &response)
{
    socket->write(serialize(response, true));
    socket->disconnectFromHost();
    // A client that does not read the refusal is cut after a second.
    QTimer::singleShot(1000, socket, [socket] { socket->abort(); });
}

} // namespace eventsd
