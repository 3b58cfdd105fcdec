#pragma once

// gzip (RFC 1952) through zlib for both programs: eventsd compresses answers for clients that accept it (seed
// 004), opsdash's HTTP client asks for it and unpacks within its limits. Also how an Accept-Encoding header is read.

#include <QByteArray>
#include <QByteArrayView>

#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>

namespace opsdash::gzip {

namespace detail {

/// An element's q-value ("q=0.5"): 1 when absent; nullopt when malformed (RFC 9110 §12.4.2: 0 to 1, at most three
/// decimals).
inline std::optional<double> qValue(QByteArrayView params)
{
    double q = 1.0;
    while (!params.isEmpty()) {
        const qsizetype semicolon = params.indexOf(';');
        const QByteArrayView param = (semicolon < 0 ? params : params.first(semicolon)).trimmed();
        params = semicolon < 0 ? QByteArrayView() : params.sliced(semicolon + 1);
        if (param.size() < 2 || (param[0] != 'q' && param[0] != 'Q') || param[1] != '=')
            continue; // another parameter: codings have none that matter here
        const QByteArrayView value = param.sliced(2).trimmed();
        if (value.isEmpty() || value.size() > 5 || (value[0] != '0' && value[0] != '1'))
            return std::nullopt;
        bool ok = false;
        q = value.toByteArray().toDouble(&ok);
        if (!ok || q < 0 || q > 1)
            return std::nullopt;
    }
    return q;
}

} // namespace detail

/// Whether a content coding's name is gzip's ("gzip", or "x-gzip" as RFC 9110 §8.4.1.3 allows).
inline bool isGzipCoding(QByteArrayView coding)
{
    return coding.compare("gzip", Qt::CaseInsensitive) == 0 || coding.compare("x-gzip", Qt::CaseInsensitive) == 0;
}

/// Whether an Accept-Encoding header (RFC 9110 §12.5.3) takes gzip: "gzip" (or "x-gzip") with a q-value above 0,
/// or, when gzip is not named, "*" with one. Empty or absent: no. A malformed element counts as absent.
inline bool acceptsGzip(QByteArrayView acceptEncoding)
{
    std::optional<double> gzipQ;
    std::optional<double> anyQ;
    while (!acceptEncoding.isEmpty()) {
        const qsizetype comma = acceptEncoding.indexOf(',');
        const QByteArrayView element = (comma < 0 ? acceptEncoding : acceptEncoding.first(comma)).trimmed();
        acceptEncoding = comma < 0 ? QByteArrayView() : acceptEncoding.sliced(comma + 1);
        const qsizetype semicolon = element.indexOf(';');
        const QByteArrayView coding = (semicolon < 0 ? element : element.first(semicolon)).trimmed();
        const std::optional<double> q =
            detail::qValue(semicolon < 0 ? QByteArrayView() : element.sliced(semicolon + 1));
        if (!q)
            continue;
        if (isGzipCoding(coding))
            gzipQ = gzipQ ? std::max(*gzipQ, *q) : *q;
        else if (coding == "*")
            anyQ = *q;
    }
    return gzipQ ? *gzipQ > 0 : anyQ.value_or(0) > 0;
}

/// Whether a body of this Content-Type is worth compressing (JSON, CSV, other text).
inline bool compressible(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView type = (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
    return type.compare("application/json", Qt::CaseInsensitive) == 0 || type.startsWith("text/") ||
        type.compare("application/openmetrics-text", Qt::CaseInsensitive) == 0;
}

/// Bodies at least this large are compressed when the client accepts it (seed 004: over 1 KiB).
constexpr qsizetype kMinBytes = 1024;

/// Compresses piece by piece: a streamed body goes through it as it is written. Level 1 (zlib's fastest): JSON
/// and CSV shrink several times at a small fraction of the CPU of the default level.
class Encoder
{
public:
    explicit Encoder(int level = 1)
        : m_stream(std::make_unique<z_stream>())
    {
        // windowBits 15 + 16: a gzip header and trailer instead of zlib's; memLevel 8 is zlib's default.
        if (deflateInit2(m_stream.get(), level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            std::abort(); // only without memory, or with a level outside 0-9: a programming error
    }
    ~Encoder() { deflateEnd(m_stream.get()); }
    Encoder(const Encoder &) = delete;
    Encoder &operator=(const Encoder &) = delete;

    /// Compresses `data`; returns what zlib has ready (often nothing until its window fills).
    QByteArray push(QByteArrayView data) { return m_finished ? QByteArray() : run(data, Z_NO_FLUSH); }
    /// The rest and the trailer; the encoder is done after it.
    QByteArray finish()
    {
        if (m_finished)
            return {};
        m_finished = true;
        return run({}, Z_FINISH);
    }

private:
    QByteArray run(QByteArrayView data, int flush)
    {
        QByteArray out;
        z_stream &z = *m_stream;
        // zlib reads through a non-const pointer but does not write through it.
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
        z.avail_in = uInt(data.size());
        int rc = Z_OK;
        do {
            const qsizetype before = out.size();
            const qsizetype room = std::max<qsizetype>(16 * 1024, qsizetype(deflateBound(&z, uLong(z.avail_in))));
            out.resize(before + room);
            z.next_out = reinterpret_cast<Bytef *>(out.data() + before);
            z.avail_out = uInt(room);
            rc = deflate(&z, flush);
            out.resize(before + room - qsizetype(z.avail_out));
            if (rc == Z_STREAM_ERROR)
                break; // the stream is broken (cannot happen with a stream set up here)
        } while (z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
        return out;
    }

    std::unique_ptr<z_stream> m_stream;
    bool m_finished = false;
};

/// A whole body at once.
inline QByteArray compress(QByteArrayView data, int level = 1)
{
    Encoder encoder(level);
    QByteArray out = encoder.push(data);
    out.append(encoder.finish());
    return out;
}

/// Unpacks piece by piece into bounded pieces of output (at most 64 KiB each), so what a bomb expands to never sits
/// in memory beyond what its receiver keeps: the receiver sees each piece and may stop.
class Decoder
{
public:
    Decoder()
        : m_stream(std::make_unique<z_stream>())
    {
        if (inflateInit2(m_stream.get(), 15 + 16) != Z_OK)
            std::abort();
    }
    ~Decoder() { inflateEnd(m_stream.get()); }
    Decoder(const Decoder &) = delete;
    Decoder &operator=(const Decoder &) = delete;

    enum class Result { More, Done, Stopped, Malformed };

    /// Unpacks `data`, handing the output to `emit` piece by piece (false from it: Stopped). Done once the gzip
    /// trailer is in (anything after it is ignored); Malformed for data that is not gzip.
    Result push(QByteArrayView data, const std::function<bool(QByteArrayView)> &emit)
    {
        if (m_done)
            return Result::Done;
        z_stream &z = *m_stream;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
        z.avail_in = uInt(data.size());
        char out[64 * 1024];
        while (true) {
            z.next_out = reinterpret_cast<Bytef *>(out);
            z.avail_out = sizeof out;
            const int rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return Result::Malformed;
            const auto produced = qsizetype(sizeof out - z.avail_out);
            if (produced > 0 && !emit(QByteArrayView(out, produced)))
                return Result::Stopped;
            if (rc == Z_STREAM_END) {
                m_done = true;
                return Result::Done;
            }
            if (z.avail_in == 0 && z.avail_out != 0)
                return Result::More;
            if (rc == Z_BUF_ERROR && produced == 0)
                return Result::More;
        }
    }
    bool done() const { return m_done; }

private:
    std::unique_ptr<z_stream> m_stream;
    bool m_done = false;
};

} // namespace opsdash::gzip
