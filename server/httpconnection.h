#pragma once

#include "httpreader.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QCoroTask>

class QTcpSocket;

namespace eventsd {

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

/// How long a client may take over each part of an exchange before the connection is closed.
struct HttpTimeouts
{
    int headerMs = 10'000; ///< from a request's first byte to the end of its header → 408
    int bodyIdleMs = 10'000; ///< longest pause inside a body → 408
    int keepAliveMs = 30'000; ///< an idle connection between requests is closed
    int writeMs = 30'000; ///< a response must be taken within this; a stream must progress within it
    int parkIdleMs = 1000; ///< a keep-alive connection idle this long may be parked (IdleParking); 0: never
};

/// One client connection: reads requests with RequestReader, one at a time — the next (pipelined) request is
/// not parsed until the previous answer is out, so answers go back in request order and a client cannot queue
/// work — enforces the timeouts, and writes answers. Reading pauses while a request is handled; Qt's read
/// buffer is capped, so a client that keeps sending is held back by TCP, not by memory.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using RequestCallback = std::function<void(HttpConnection *, RawRequest)>;

    HttpConnection(QTcpSocket *socket, HttpLimits limits, HttpTimeouts timeouts, RequestReader::BodyLimit bodyLimit,
                   RequestCallback onRequest, QObject *parent = nullptr);
    ~HttpConnection() override;

    QHostAddress peerAddress() const { return m_peer; }
    bool connected() const;
    const HttpTimeouts &timeouts() const { return m_timeouts; }
    QTcpSocket *socket() const { return m_socket; }

    /// Answers the request being handled, then reads the next one.
    void respond(const HttpResponse &response);

    /// Streaming the answer to the request being handled: status line and headers (chunked)…
    void beginStream(int status, const QList<std::pair<QByteArray, QByteArray>> &headers);
    /// …raw bytes of the chunked body…
    void writeRaw(const QByteArray &bytes);
    /// …and the end of the answer (the last chunk was written); reads the next request.
    void endStream();
    /// Cuts the connection at once.
    void abort();

    /// Writes `response` and closes, for a connection refused before any request was read.
    static void refuse(QTcpSocket *socket, const HttpResponse &response);

    /// For parking, when parkable() was emitted: a duplicate of the socket's descriptor and the keep-alive time
    /// left; the connection lets go of its socket and emits nothing more (delete it). -1 when it cannot.
    std::pair<int, int> detachForParking();

Q_SIGNALS:
    /// The client is gone; the connection may be deleted (later).
    void closed();
    /// Idle between requests for `parkIdleMs`, nothing read or unsent: the server may park it.
    void parkable();

private:
    enum class Deadline { None, Header, BodyIdle, KeepAlive, Write, Linger };

    void readAvailable();
    void parse();
    void failAndClose(int status, const QString &reason);
    void afterResponse();
    void resume();
    void startLinger();
    void parseBuffered();
    void arm(Deadline kind, int ms);
    void onDeadline();
    void onBytesWritten();
    bool idle() const;

    QTcpSocket *m_socket;
    QHostAddress m_peer;
    HttpTimeouts m_timeouts;
    RequestReader m_reader;
    RequestCallback m_onRequest;
    QByteArray m_in; ///< received, not yet consumed by the reader
    QTimer m_timer;
    QTimer m_parkTimer;
    Deadline m_deadline = Deadline::None;
    bool m_busy = false; ///< a request is being handled or its answer is still going out
    bool m_waitingForFlush = false; ///< answer written, waiting until the socket took most of it
    bool m_closeAfter = false; ///< close once the answer is out
    bool m_sentContinue = false;
    bool m_keepAlive = true; ///< of the request being answered
    bool m_linger = false; ///< refused mid-request: drop what still comes before closing
    bool m_halfClosed = false; ///< our side is shut; reading only to drop
    qint64 m_lingerBytes = 0;
};

} // namespace eventsd
