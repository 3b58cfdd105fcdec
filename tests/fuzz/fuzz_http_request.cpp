// eventsd's request reader (Boost.Beast's parser with eventsd's limits) fed as a socket would: the wire bytes in
// chunks whose size the first input byte picks, pipelined requests one after another. Properties: nothing past
// the offered bytes is consumed; an unfinished header is never held beyond the header limit (limits apply while
// reading); a finished request keeps to its route's body limit and a refusal is one of the documented statuses.

#include "fuzz.h"
#include "httpreader.h"

using eventsd::HttpLimits;
using eventsd::RawRequest;
using eventsd::RequestReader;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::Reader in(data, size);
    const qsizetype chunk = 1 + in.byte() % 97;
    const QByteArray wire = in.rest();
    // Small limits, so inputs of a few hundred bytes reach every refusal.
    HttpLimits limits;
    limits.requestLineBytes = 200;
    limits.headerBytes = 600;
    limits.headerFields = 12;
    limits.bodyBytes = 300;
    RequestReader reader(limits, [](QByteArrayView, QByteArrayView target) -> qint64 {
        return target.startsWith("/big") ? 2000 : 0; // 0: the default
    });
    QByteArray buffered;
    qsizetype offered = 0;
    for (int rounds = 0; rounds < 100'000; ++rounds) {
        if (offered < wire.size()) {
            buffered += wire.mid(offered, chunk);
            offered += chunk;
        }
        const qsizetype used = reader.feed(buffered);
        FUZZ_CHECK(used >= 0 && used <= buffered.size());
        buffered.remove(0, used);
        switch (reader.state()) {
        case RequestReader::State::Complete: {
            const RawRequest request = reader.take();
            FUZZ_CHECK(!request.method.isEmpty());
            FUZZ_CHECK(request.version == 10 || request.version == 11);
            FUZZ_CHECK(request.body.size() <= (request.target.startsWith("/big") ? 2000 : limits.bodyBytes));
            FUZZ_CHECK(request.headers.size() <= limits.headerFields);
            continue;
        }
        case RequestReader::State::Failed: {
            const int status = reader.failureStatus();
            FUZZ_CHECK(status == 400 || status == 413 || status == 414 || status == 431 || status == 505);
            FUZZ_CHECK(!reader.failureReason().isEmpty());
            return 0;
        }
        case RequestReader::State::Idle:
        case RequestReader::State::Header:
            // What waits for the end of a header is bounded by the limit (plus the chunk just offered).
            FUZZ_CHECK(buffered.size() <= limits.headerBytes + chunk);
            break;
        case RequestReader::State::Body:
            break;
        }
        if (offered >= wire.size() && used == 0)
            break; // the rest needs bytes the input does not have
    }
    return 0;
}
