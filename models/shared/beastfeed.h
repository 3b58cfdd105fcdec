#pragma once

#include <QtGlobal>

namespace opsdash {

/// Whether a Boost.Beast parser may be given `size` bytes now, after it left `unconsumed` of them unparsed last
/// time (with need_more). Shared by eventsd's RequestReader and opsdash's BoundedHttp, the two places that feed a
/// Beast parser from a socket:
/// - only when more bytes came: the parser must never see the same bytes twice without more;
/// - Boost 1.74 asserts, wrongly, that a chunked body's last chunk is seen with at least 5 bytes once it asked for
///   more: after exactly "0\r\n" was left, 4 bytes abort a debug build (boostorg/beast#2861, fixed upstream
///   in 2024; release builds are unaffected). So that one step waits for a 5th byte — the shortest end of a
///   chunked body, "0\r\n\r\n", has five anyway. Found by the fuzz corpus of fuzz_http_request.
constexpr bool beastMayParse(qsizetype size, qsizetype unconsumed, bool inChunkedBody)
{
    if (size <= unconsumed)
        return false;
    return !(inChunkedBody && unconsumed == 3 && size == 4);
}

} // namespace opsdash
