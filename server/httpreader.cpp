#include "httpreader.h"

#include "beastfeed.h"

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/error.hpp>

#include <cstring>

namespace eventsd {

namespace http = boost::beast::http;
using boost::beast::error_code;
using boost::beast::string_view;

namespace {

QByteArray bytes(string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

bool equalsIgnoringCase(string_view a, const char *b)
{
    return a.size() == std::strlen(b) && qstrnicmp(a.data(), b, a.size()) == 0;
}

string_view trimmed(string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

/// Beast's parser does the framing; these callbacks collect the request and add the checks Beast leaves to its
/// user (field count, transfer codings, Host, per-route body limit). A callback refuses by setting `status`.
class RequestReader::Parser : public http::basic_parser<true>
{
public:
    Parser(const HttpLimits &limits, const BodyLimit &bodyLimit)
        : m_limits(limits)
        , m_bodyLimit(bodyLimit)
    {
        header_limit(std::uint32_t(limits.headerBytes));
        body_limit(std::uint64_t(limits.bodyBytes));
        routeBodyLimit = limits.bodyBytes;
        // Not eager until the header is in: Boost 1.74's put() goes on past finish_header() without looking at
        // its error, so a body-limit refusal could be overwritten by what the body bytes make of it.
        eager(false);
    }

    RawRequest request;
    int status = 0; ///< set when a callback refused
    QString reason;
    qint64 routeBodyLimit = 0;
    bool gotRequestLine = false;
    bool expectContinue = false;
    int hostFields = 0;

private:
    void refuse(error_code &ec, int s, QString why)
    {
        status = s;
        reason = std::move(why);
        ec = http::error::bad_field; // any error stops Beast; `status` says which answer
    }

    void on_request_impl(http::verb, string_view method, string_view target, int version, error_code &ec) override
    {
        gotRequestLine = true;
        if (version != 10 && version != 11)
            return refuse(ec, 505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are served"));
        request.method = bytes(method);
        request.target = bytes(target);
        request.version = version;
        if (m_bodyLimit) {
            routeBodyLimit = m_bodyLimit(request.method, request.target);
            body_limit(std::uint64_t(routeBodyLimit));
        }
    }

    void on_response_impl(int, string_view, int, error_code &ec) override { ec = http::error::bad_version; }

    void on_field_impl(http::field name, string_view nameString, string_view value, error_code &ec) override
    {
        if (request.headers.size() >= m_limits.headerFields)
            return refuse(ec, 431, QStringLiteral("more than %1 header fields").arg(m_limits.headerFields));
        // Beast already refuses Transfer-Encoding with Content-Length, twice, or after chunked; a request whose
        // last coding is not chunked has no determinable length (RFC 9112 6.3), and we decode no other coding.
        if (name == http::field::transfer_encoding && !equalsIgnoringCase(trimmed(value), "chunked"))
            return refuse(ec, 400, QStringLiteral("unsupported transfer coding (only chunked)"));
        if (name == http::field::host)
            ++hostFields;
        if (name == http::field::expect && equalsIgnoringCase(trimmed(value), "100-continue"))
            expectContinue = true;
        request.headers.append({bytes(nameString).toLower(), bytes(value)});
    }

    void on_header_impl(error_code &ec) override
    {
        if (request.version == 11 && hostFields != 1)
            return refuse(ec, 400,
                          hostFields == 0 ? QStringLiteral("HTTP/1.1 request without Host")
                                          : QStringLiteral("more than one Host field"));
        request.keepAlive = keep_alive();
    }

    void on_body_init_impl(const boost::optional<std::uint64_t> &, error_code &) override { }

    std::size_t on_body_impl(string_view body, error_code &) override
    {
        request.body.append(body.data(), qsizetype(body.size()));
        return body.size();
    }

    void on_chunk_header_impl(std::uint64_t, string_view, error_code &) override { }

    std::size_t on_chunk_body_impl(std::uint64_t, string_view body, error_code &ec) override
    {
        return on_body_impl(body, ec);
    }

    void on_finish_impl(error_code &) override { }

    const HttpLimits &m_limits;
    const BodyLimit &m_bodyLimit;
};

RequestReader::RequestReader(HttpLimits limits, BodyLimit bodyLimit)
    : m_limits(limits)
    , m_bodyLimit(std::move(bodyLimit))
    , m_parser(std::make_unique<Parser>(m_limits, m_bodyLimit))
{ }

RequestReader::~RequestReader() = default;

bool RequestReader::expectsContinue() const
{
    return m_state == State::Body && m_parser->expectContinue;
}

void RequestReader::fail(int status, QString reason)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_failureReason = std::move(reason);
}

qsizetype RequestReader::feed(QByteArrayView data)
{
    if (m_state == State::Complete || m_state == State::Failed ||
        !opsdash::beastMayParse(data.size(), m_unconsumed, m_state == State::Body && m_parser->chunked()))
        return 0;
    if (m_state == State::Idle)
        m_state = State::Header;
    // The request line has a limit of its own, below the header's: refuse it once that many bytes came without
    // its end, whatever Beast would still accept.
    if (!m_parser->gotRequestLine && data.size() > m_limits.requestLineBytes &&
        !std::memchr(data.data(), '\n', size_t(m_limits.requestLineBytes))) {
        fail(414, QStringLiteral("request line over %1 bytes").arg(m_limits.requestLineBytes));
        return 0;
    }
    error_code ec;
    std::size_t used = m_parser->put(boost::asio::const_buffer(data.data(), size_t(data.size())), ec);
    if (!ec && m_parser->is_header_done() && !m_parser->eager()) {
        m_parser->eager(true);
        if (!m_parser->is_done() && used < size_t(data.size()))
            used += m_parser->put(boost::asio::const_buffer(data.data() + used, size_t(data.size()) - used), ec);
    }
    if (ec == http::error::need_more)
        ec = {};
    if (ec) {
        if (m_parser->status)
            fail(m_parser->status, m_parser->reason);
        else if (ec == http::error::header_limit)
            fail(m_parser->gotRequestLine ? 431 : 414,
                 QStringLiteral("request header over %1 bytes").arg(m_limits.headerBytes));
        else if (ec == http::error::body_limit)
            fail(413,
                 QStringLiteral("request body over the %1 bytes this route accepts").arg(m_parser->routeBodyLimit));
        else
            fail(400, QStringLiteral("malformed request: %1").arg(QString::fromStdString(ec.message())));
        return qsizetype(used);
    }
    m_unconsumed = data.size() - qsizetype(used);
    if (m_parser->is_done())
        m_state = State::Complete;
    else if (m_parser->is_header_done())
        m_state = State::Body;
    return qsizetype(used);
}

RawRequest RequestReader::take()
{
    RawRequest out = std::move(m_parser->request);
    m_parser = std::make_unique<Parser>(m_limits, m_bodyLimit);
    m_state = State::Idle;
    m_unconsumed = 0;
    return out;
}

} // namespace eventsd
