#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <QCoroTask>

#include <functional>

class QSslSocket;

namespace opsdash {

/// HTTP/1.1 for answers that must stay bounded, such as a backend's JSON: Boost.Beast's response parser reads
/// from a socket opsdash owns, with a header and a body limit, so an answer over the limit is refused from its
/// Content-Length or cut as it passes the limit, before more is read. (QNAM cannot do this in Qt 6.4: its network
/// thread reads ahead of its reply without bound — 766 MB of an endless body before an abort from readyRead
/// landed, and setReadBufferSize did not hold it back.) TLS through QSslSocket with verification on; keep-alive
/// connections are reused per origin. GUI thread; every wait is asynchronous.
class BoundedHttp : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        ConnectionRefused,
        HostNotFound,
        Timeout, ///< nothing moved for the timeout
        Tls, ///< handshake or certificate failed
        Closed, ///< the peer closed before the answer was complete
        TooLarge, ///< the body passed the limit (announced or sent)
        Malformed, ///< not HTTP/1.x as Beast reads it
        Aborted, ///< abortAll()
        Other,
    };
    Q_ENUM(Error)

    struct Request
    {
        QByteArray method = QByteArrayLiteral("GET");
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int timeoutMs = 5000; ///< longest stretch with no progress
        qint64 maxBodyBytes = 16 * 1024 * 1024; ///< of a kept body (not of a streamed one)
        /// Streams a 2xx body instead of keeping it: each piece as it arrives, no limit (a download). Returning
        /// false stops the transfer (Error::Aborted). Any other answer is kept, within maxBodyBytes, for its
        /// message.
        std::function<bool(QByteArrayView piece)> sink;
        /// Called once when the header is in, before any of the body: status and header fields.
        std::function<void(int status, const QList<std::pair<QByteArray, QByteArray>> &fields)> onHeader;
    };

    struct Response
    {
        int status = 0; ///< 0 when no HTTP answer came
        QByteArray body; ///< empty when it was streamed to the request's sink
        Error error = Error::None;
        QString errorString; ///< the socket's or the parser's words, for the log and the message
    };

    explicit BoundedHttp(QObject *parent = nullptr);
    ~BoundedHttp() override;

    QCoro::Task<Response> send(Request request);
    /// Cuts every request in flight; their tasks end with Error::Aborted.
    void abortAll();

private:
    QCoro::Task<Response> attempt(const Request &request, bool *reused);
    QSslSocket *takeIdle(const QString &origin);

    QHash<QString, QList<QPointer<QSslSocket>>> m_idle; ///< keep-alive connections per origin
    QSet<QSslSocket *> m_inFlight;
};

} // namespace opsdash
