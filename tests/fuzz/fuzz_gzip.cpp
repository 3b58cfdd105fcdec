// gzip as both programs read it: the Accept-Encoding header eventsd decides by (first byte even), and gzip bodies
// opsdash unpacks from a hostile backend (odd). Properties: naming gzip first always accepts it, whatever follows;
// a damaged body ends as Malformed, Stopped or More, never with more output than a receiver takes; whatever is
// compressed unpacks to itself.

#include "fuzz.h"
#include "gzip.h"

using namespace opsdash;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::Reader in(data, size);
    const bool header = in.byte() % 2 == 0;
    const QByteArray rest = in.rest();
    if (header) {
        const bool accepted = gzip::acceptsGzip(rest);
        FUZZ_CHECK(accepted == gzip::acceptsGzip(rest)); // no state
        FUZZ_CHECK(gzip::acceptsGzip(QByteArray("gzip, ").append(rest)));
        return 0;
    }
    // A hostile body: unpacked into a receiver that stops at 1 MiB (as a limit does).
    gzip::Decoder hostile;
    qint64 taken = 0;
    const auto result = hostile.push(rest, [&taken](QByteArrayView piece) {
        FUZZ_CHECK(piece.size() <= 64 * 1024);
        taken += piece.size();
        return taken <= 1024 * 1024;
    });
    FUZZ_CHECK(taken <= 1024 * 1024 + 64 * 1024);
    FUZZ_CHECK(result != gzip::Decoder::Result::Done || hostile.done());
    // The same bytes as a body: compressed and unpacked, they come back.
    gzip::Decoder decoder;
    QByteArray back;
    const auto again = decoder.push(gzip::compress(rest), [&back](QByteArrayView piece) {
        back.append(piece);
        return true;
    });
    FUZZ_CHECK(again == gzip::Decoder::Result::Done && back == rest);
    return 0;
}
