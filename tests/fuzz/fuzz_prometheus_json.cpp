// Every parser opsdash applies to an answer from Prometheus (API v1) or Alertmanager (API v2), over the same
// hostile body. Properties: no crash, no undefined behaviour, and each parser either gives a value or says why
// not; the limits on series and points hold.

#include "fuzz.h"
#include "prometheusparser.h"

using namespace opsdash;

namespace {
template<typename T>
void check(const backend::Parsed<T> &parsed)
{
    FUZZ_CHECK(parsed.value.has_value() || !parsed.error.isEmpty());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const auto bounded = prom::parseQuery(body, 3, 10);
    check(bounded);
    if (bounded) {
        FUZZ_CHECK(bounded.value->size() <= 3);
        qsizetype points = 0;
        for (const prom::Series &s : *bounded.value)
            points += s.points.size();
        FUZZ_CHECK(points <= 10 + 3); // a vector's points are not counted: one per series
    }
    check(prom::parseQuery(body));
    check(prom::parseTargets(body));
    check(prom::parseAlerts(body));
    check(prom::parseRules(body));
    check(prom::parseBuildInfo(body));
    (void)prom::errorMessage(body);
    check(am::parseAlerts(body));
    check(am::parseSilences(body));
    check(am::parseSilenceId(body));
    (void)am::errorMessage(body);
    if (size < 80)
        (void)prom::parseRfc3339(QString::fromUtf8(body));
    return 0;
}
