// Every parser opsdash applies to a backend's answer, over the same hostile body. Properties: no crash, no
// undefined behaviour, and each parser either gives a value or says why not.

#include "backendparser.h"
#include "fuzz.h"

using namespace opsdash::backend;

namespace {
template<typename T>
void check(const Parsed<T> &parsed)
{
    FUZZ_CHECK(parsed.value.has_value() || !parsed.error.isEmpty());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    check(parseOverview(body));
    check(parseDatabaseStats(body));
    check(parseSlowQueries(body));
    check(parseFrequency(body));
    check(parseDatabaseInfo(body));
    check(parseApiStats(body));
    check(parseMemoryStats(body));
    check(parsePoolStats(body));
    check(parseEndpoints(body));
    check(parseEndpointBreakdown(body));
    check(parseCacheStats(body));
    check(parseHealth(body));
    check(parseQueues(body));
    check(parseTroubledJobs(body));
    check(parseReport(body));
    check(parseEventSummary(body));
    check(parseEventStatistics(body));
    check(parseEventsPage(body));
    check(parseRegistrationsPage(body));
    check(parseMessage(body));
    if (size < 64)
        (void)parseSize(QString::fromUtf8(body));
    return 0;
}
