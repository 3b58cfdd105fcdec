#include "boundedhttp.h"

#include "beastfeed.h"
#include "gzip.h"

#include "signalwaiter.h"

#include <QDateTime>
#include <QSslSocket>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>

namespace opsdash {

namespace http = boost::beast::http;

namespace {

constexpr qint64 kSocketReadBuffer = 64 * 1024;
constexpr std::uint32_t kHeaderLimit = 64 * 1024;
constexpr int kIdlePerOrigin = 4;
/// Reuse a kept-alive connection only while it is younger than the shortest idle timeout servers commonly use
/// (Node.js, so NestJS: 5 s): an older one may be closing under our feet.
constexpr qint64 kReuseWithinMs = 4000;

/// Turns any of a socket's signals into one, and counts them: a wait that resumes with the count unchanged
/// timed out.
class Waker : public QObject
{
    Q_OBJECT

public:
    explicit Waker(QSslSocket *socket)
    {
        for (auto signal : {&QAbstractSocket::connected, &QAbstractSocket::disconnected})
            m_connections.append(connect(socket, signal, this, &Waker::wake));
        m_connections.append(connect(socket, &QIODevice::readyRead, this, &Waker::wake));
        m_connections.append(connect(socket, &QIODevice::bytesWritten, this, &Waker::wake));
        m_connections.append(connect(socket, &QSslSocket::encrypted, this, &Waker::wake));
        m_connections.append(connect(socket, &QAbstractSocket::errorOccurred, this, &Waker::wake));
        // The client deleted with its sockets (a session closed mid-request): the request ends now, not when its
        // timeout would have passed.
        m_connections.append(connect(socket, &QObject::destroyed, this, &Waker::wake));
    }
    ~Waker() override
    {
        for (const auto &c : std::as_const(m_connections))
            disconnect(c);
    }
    int pokes = 0;

Q_SIGNALS:
    void poke();

private:
    void wake()
    {
        ++pokes;
        Q_EMIT poke();
    }
    QList<QMetaObject::Connection> m_connections;
};

/// A Beast body that keeps what it reads up to a limit, or hands a 2xx body to the request's sink piece by
/// piece. Unlike string_body it reserves nothing from Content-Length, so no announced size allocates anything.
struct BoundedBody
{
    struct value_type
    {
        std::string kept;
        std::uint64_t limit = 0;
        const std::function<bool(QByteArrayView)> *sink = nullptr;
        bool streaming = false; ///< decided when the header is in
        bool stopped = false; ///< the sink said stop
        std::shared_ptr<gzip::Decoder> gunzip; ///< Content-Encoding: gzip (limits count what it unpacks)
        qint64 gzipIn = 0;
        std::string failure; ///< why the body cannot be read (an encoding), for the message
    };

    class reader
    {
    public:
        template<bool isRequest, class Fields>
        reader(http::header<isRequest, Fields> &header, value_type &body)
            : m_status([&header]() -> unsigned {
                if constexpr (isRequest)
                    return 0;
                else
                    return header.result_int();
            })
            , m_encoding([&header] {
                const auto value = header[http::field::content_encoding];
                return QByteArray(value.data(), qsizetype(value.size())).trimmed();
            })
            , m_body(body)
        { }

        void init(const boost::optional<std::uint64_t> &, boost::beast::error_code &ec)
        {
            const unsigned status = m_status(); // the header is in by now
            m_body.streaming = m_body.sink && *m_body.sink && status >= 200 && status < 300;
            ec = {};
            const QByteArray encoding = m_encoding();
            if (gzip::isGzipCoding(encoding)) {
                m_body.gunzip = std::make_shared<gzip::Decoder>();
            } else if (!encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0) {
                m_body.failure =
                    "the answer is encoded as " + encoding.left(40).toStdString() + ", which was not asked for";
                ec = boost::system::errc::make_error_code(boost::system::errc::not_supported);
            }
        }

        template<class ConstBufferSequence>
        std::size_t put(const ConstBufferSequence &buffers, boost::beast::error_code &ec)
        {
            ec = {};
            std::size_t used = 0;
            for (auto it = boost::asio::buffer_sequence_begin(buffers); it != boost::asio::buffer_sequence_end(buffers);
                 ++it) {
                const boost::asio::const_buffer piece = *it;
                const QByteArrayView raw(static_cast<const char *>(piece.data()), qsizetype(piece.size()));
                if (m_body.gunzip) {
                    m_body.gzipIn += raw.size();
                    const auto result = m_body.gunzip->push(raw, [&](QByteArrayView out) { return deliver(out, ec); });
                    if (result == gzip::Decoder::Result::Malformed) {
                        m_body.failure = "the answer's gzip encoding is damaged";
                        ec = boost::system::errc::make_error_code(boost::system::errc::bad_message);
                    }
                    if (ec)
                        return used;
                } else if (!deliver(raw, ec)) {
                    return used;
                }
                used += piece.size();
            }
            return used;
        }

        void finish(boost::beast::error_code &ec)
        {
            ec = {};
            if (m_body.gunzip && m_body.gzipIn > 0 && !m_body.gunzip->done()) {
                m_body.failure = "the answer's gzip encoding ends early";
                ec = boost::system::errc::make_error_code(boost::system::errc::bad_message);
            }
        }

    private:
        /// Hands (unpacked) body bytes to the sink, or keeps them within the limit.
        bool deliver(QByteArrayView data, boost::beast::error_code &ec)
        {
            if (m_body.streaming) {
                if (!(*m_body.sink)(data)) {
                    m_body.stopped = true;
                    ec = boost::system::errc::make_error_code(boost::system::errc::operation_canceled);
                    return false;
                }
                return true;
            }
            if (m_body.kept.size() + std::size_t(data.size()) > m_body.limit) {
                ec = http::error::body_limit;
                return false;
            }
            m_body.kept.append(data.data(), std::size_t(data.size()));
            return true;
        }

        std::function<unsigned()> m_status;
        std::function<QByteArray()> m_encoding;
        value_type &m_body;
    };
};

BoundedHttp::Error errorOf(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        return BoundedHttp::Error::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return BoundedHttp::Error::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return BoundedHttp::Error::Timeout;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return BoundedHttp::Error::Tls;
    case QAbstractSocket::RemoteHostClosedError:
        return BoundedHttp::Error::Closed;
    default:
        return BoundedHttp::Error::Other;
    }
}

QByteArray requestBytes(const BoundedHttp::Request &r)
{
    QByteArray target = r.url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (r.url.hasQuery())
        target += '?' + r.url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = r.url.host(QUrl::FullyEncoded).toLatin1();
    if (r.url.port() > 0)
        host += ':' + QByteArray::number(r.url.port());
    QByteArray out = r.method + ' ' + target + " HTTP/1.1\r\nHost: " + host +
        "\r\nUser-Agent: opsdash/" OPSDASH_VERSION "\r\nAccept: application/json\r\n";
    bool encodingAsked = false;
    for (const auto &[name, value] : r.headers) {
        out += name + ": " + value + "\r\n";
        encodingAsked = encodingAsked || name.compare("Accept-Encoding", Qt::CaseInsensitive) == 0;
    }
    if (!encodingAsked)
        out += "Accept-Encoding: gzip\r\n"; // unpacked here, within the same limits
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT")
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    return out + "\r\n" + r.body;
}

} // namespace

BoundedHttp::BoundedHttp(QObject *parent)
    : QObject(parent)
{ }

BoundedHttp::~BoundedHttp() = default;

QSslSocket *BoundedHttp::takeIdle(const QString &origin)
{
    QList<QPointer<QSslSocket>> &idle = m_idle[origin];
    while (!idle.isEmpty()) {
        QPointer<QSslSocket> socket = idle.takeLast();
        if (!socket)
            continue;
        const qint64 idleMs = QDateTime::currentMSecsSinceEpoch() - socket->property("idleSinceMs").toLongLong();
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0 &&
            idleMs < kReuseWithinMs)
            return socket.data();
        socket->deleteLater();
    }
    return nullptr;
}

void BoundedHttp::abortAll()
{
    const auto sockets = m_inFlight;
    for (QSslSocket *socket : sockets) {
        socket->setProperty("opsdashAborted", true);
        socket->abort();
    }
}

QCoro::Task<BoundedHttp::Response> BoundedHttp::send(Request request)
{
    bool reused = false;
    QCoro::Task<Response> first = attempt(request, &reused);
    Response response = co_await first;
    // A kept-alive connection the server closed meanwhile: once more on a new one, if nothing came back and the
    // request may be repeated.
    if (reused && response.status == 0 && request.method == "GET" &&
        (response.error == Error::Closed || response.error == Error::Other)) {
        QCoro::Task<Response> second = attempt(request, &reused);
        response = co_await second;
    }
    co_return response;
}

QCoro::Task<BoundedHttp::Response> BoundedHttp::attempt(const Request &request, bool *reused)
{
    Response out;
    const bool tls = request.url.scheme() == QLatin1String("https");
    const quint16 port = quint16(request.url.port(tls ? 443 : 80));
    const QString origin =
        request.url.scheme() + QStringLiteral("://") + request.url.host() + u':' + QString::number(port);
    QPointer<BoundedHttp> self(this);
    QPointer<QSslSocket> socket(takeIdle(origin));
    *reused = socket;
    if (!socket) {
        socket = new QSslSocket(this);
        socket->setReadBufferSize(kSocketReadBuffer);
    }
    m_inFlight.insert(socket.data());
    Waker waker(socket.data());
    auto fail = [&](Error error, const QString &why) {
        out.error = socket && socket->property("opsdashAborted").toBool() ? Error::Aborted : error;
        out.errorString = why;
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
        if (self)
            m_inFlight.remove(socket.data());
        return out;
    };
    // One wait for any socket event; false when nothing happened for the timeout.
    auto progressed = [&waker](int before) { return waker.pokes != before; };

    if (!*reused) {
        if (tls)
            socket->connectToHostEncrypted(request.url.host(), port);
        else
            socket->connectToHost(request.url.host(), port);
        while (socket && !(tls ? socket->isEncrypted() : socket->state() == QAbstractSocket::ConnectedState)) {
            if (socket->state() == QAbstractSocket::UnconnectedState)
                co_return fail(errorOf(socket->error()), socket->errorString());
            const int before = waker.pokes;
            co_await waitForSignal(&waker, &Waker::poke, request.timeoutMs);
            if (!progressed(before))
                co_return fail(Error::Timeout, QStringLiteral("no connection within %1 ms").arg(request.timeoutMs));
        }
        if (!socket)
            co_return fail(Error::Aborted, {});
    }
    socket->write(requestBytes(request));

    http::response_parser<BoundedBody> parser;
    parser.header_limit(kHeaderLimit);
    // BoundedBody keeps its own limit, and a streamed body has none. Not boost::none: 1.74 compares a
    // Content-Length with the optional as is, and any length is "greater" than none.
    parser.body_limit(std::numeric_limits<std::uint64_t>::max());
    parser.get().body().limit = std::uint64_t(std::max<qint64>(0, request.maxBodyBytes));
    parser.get().body().sink = &request.sink;
    // Not eager until the header is in: the announced length is checked against the limit first, and the header
    // is reported before any of the body.
    parser.eager(false);
    if (request.method == "HEAD")
        parser.skip(true);
    QByteArray in;
    qsizetype unconsumed = 0; // what the parser left last time: it is given those bytes again only with more
    while (!parser.is_done()) {
        if (socket)
            in += socket->read(kSocketReadBuffer);
        while (!in.isEmpty() && !parser.is_done() &&
               beastMayParse(in.size(), unconsumed, parser.is_header_done() && parser.chunked())) {
            boost::beast::error_code ec;
            const std::size_t used = parser.put(boost::asio::buffer(in.constData(), size_t(in.size())), ec);
            in.remove(0, qsizetype(used));
            unconsumed = 0;
            if (ec == http::error::need_more) {
                unconsumed = in.size();
                break;
            }
            if (ec == http::error::body_limit)
                co_return fail(Error::TooLarge, QString::fromStdString(ec.message()));
            if (parser.get().body().stopped)
                co_return fail(Error::Aborted, QStringLiteral("stopped by the receiver"));
            if (!parser.get().body().failure.empty())
                co_return fail(Error::Malformed, QString::fromStdString(parser.get().body().failure));
            if (ec)
                co_return fail(Error::Malformed, QString::fromStdString(ec.message()));
            if (parser.is_header_done() && !parser.eager()) {
                const int status = int(parser.get().result_int());
                out.status = status; // a failure after this point still says what the answer was
                const bool streamed = request.sink && status >= 200 && status < 300;
                if (!streamed && parser.content_length() &&
                    *parser.content_length() > std::uint64_t(request.maxBodyBytes))
                    co_return fail(Error::TooLarge, QStringLiteral("announced %1 bytes").arg(*parser.content_length()));
                if (request.onHeader) {
                    QList<std::pair<QByteArray, QByteArray>> fields;
                    for (const auto &field : parser.get())
                        fields.append({QByteArray(field.name_string().data(), qsizetype(field.name_string().size())),
                                       QByteArray(field.value().data(), qsizetype(field.value().size()))});
                    request.onHeader(status, fields);
                }
                parser.eager(true);
                continue;
            }
            if (used == 0) {
                unconsumed = in.size();
                break;
            }
        }
        if (parser.is_done())
            break;
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            if (socket && socket->bytesAvailable() > 0)
                continue;
            // A body that runs to the end of the connection ends here; anything else was cut short.
            boost::beast::error_code ec;
            if (parser.got_some())
                parser.put_eof(ec);
            if (parser.got_some() && !ec && parser.is_done())
                break;
            co_return fail(socket ? errorOf(socket->error()) : Error::Aborted,
                           socket ? socket->errorString() : QString());
        }
        const int before = waker.pokes;
        co_await waitForSignal(&waker, &Waker::poke, request.timeoutMs);
        if (!progressed(before))
            co_return fail(Error::Timeout, QStringLiteral("no data for %1 ms").arg(request.timeoutMs));
    }

    out.status = int(parser.get().result_int());
    out.body = QByteArray::fromStdString(parser.get().body().kept);
    if (!self)
        co_return out;
    m_inFlight.remove(socket.data());
    if (socket && parser.get().keep_alive() && in.isEmpty() && socket->state() == QAbstractSocket::ConnectedState &&
        m_idle[origin].size() < kIdlePerOrigin) {
        socket->setProperty("idleSinceMs", QDateTime::currentMSecsSinceEpoch());
        m_idle[origin].append(socket);
    } else if (socket)
        socket->deleteLater();
    co_return out;
}

} // namespace opsdash

#include "boundedhttp.moc"
