#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace eventsd {

/// What a request may be at most; each limit is enforced while reading, before more is read.
struct HttpLimits
{
    qint64 requestLineBytes = 8 * 1024; ///< longer → 414
    qint64 headerBytes = 32 * 1024; ///< request line + fields; more → 431
    int headerFields = 100; ///< more → 431
    qint64 bodyBytes = 1024 * 1024; ///< default per route; more → 413
};

/// One request as read off the wire.
struct RawRequest
{
    QByteArray method;
    QByteArray target;
    int version = 11; ///< 10 or 11
    QList<std::pair<QByteArray, QByteArray>> headers; ///< names lower-cased, in arrival order
    QByteArray body;
    bool keepAlive = true;
};

/// Reads HTTP/1.x requests one at a time with Boost.Beast's parser (RFC 9112 framing, chunked bodies) and
/// refuses a request as soon as it breaks a limit or the framing rules: Content-Length together with
/// Transfer-Encoding, invalid or conflicting Content-Length, a transfer coding other than chunked, a missing or
/// repeated Host in HTTP/1.1. Pure: no sockets, so it can be fuzzed and unit tested.
class RequestReader
{
public:
    /// The body limit of the route a request goes to, from its method and target; asked once the request line
    /// is in, so a body larger than its route allows is refused from its Content-Length before it is read.
    using BodyLimit = std::function<qint64(QByteArrayView method, QByteArrayView target)>;

    enum class State {
        Idle, ///< nothing of the next request yet
        Header, ///< inside the request line or the fields
        Body, ///< header complete, body being read
        Complete, ///< take() the request
        Failed, ///< refused: failureStatus() and failureReason() say why; close the connection after answering
    };

    explicit RequestReader(HttpLimits limits, BodyLimit bodyLimit = {});
    ~RequestReader();
    RequestReader(const RequestReader &) = delete;
    RequestReader &operator=(const RequestReader &) = delete;

    /// Parses from the start of `data` — everything received and not yet consumed — and returns how many bytes
    /// it consumed. A header that is not complete yet is not consumed: call again with more bytes appended (the
    /// same bytes again without more are not parsed twice).
    /// Stops at the end of one request; bytes after it belong to the next (pipelining).
    qsizetype feed(QByteArrayView data);

    State state() const { return m_state; }
    int failureStatus() const { return m_failureStatus; }
    QString failureReason() const { return m_failureReason; }
    /// The header asked for `Expect: 100-continue` and a body is to come.
    bool expectsContinue() const;
    /// The complete request; the reader is ready for the next one.
    RawRequest take();

private:
    class Parser;
    void fail(int status, QString reason);

    HttpLimits m_limits;
    BodyLimit m_bodyLimit;
    std::unique_ptr<Parser> m_parser;
    State m_state = State::Idle;
    qsizetype m_unconsumed = 0; ///< bytes the parser saw last time and left: the next feed must bring more
    int m_failureStatus = 0;
    QString m_failureReason;
};

} // namespace eventsd
