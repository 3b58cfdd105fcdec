// opsdash's EXPLAIN (FORMAT JSON) reader and the plan tree it draws, plus the index proposals it makes from a
// statement's text. Properties: a plan that parses can be laid out; proposals never crash on any SQL.

#include "fuzz.h"
#include "pgplan.h"

using namespace opsdash;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    QString error;
    const auto plan = parsePlanJson(input, &error);
    FUZZ_CHECK(plan.has_value() || !error.isEmpty());
    if (plan)
        (void)planLines(*plan);
    const QString sql = QString::fromUtf8(input);
    (void)proposeIndexes(sql);
    FUZZ_CHECK(placeholderCount(sql) >= 0);
    return 0;
}
