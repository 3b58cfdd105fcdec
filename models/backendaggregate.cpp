#include "backendaggregate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace opsdash {

namespace {

// Sums (or other combinations) over the instances that answered this tick.
struct Accumulator
{
    double sum = 0;
    double max = -std::numeric_limits<double>::infinity();
    int n = 0;
    void add(std::optional<double> v)
    {
        if (!v)
            return;
        sum += *v;
        max = std::max(max, *v);
        ++n;
    }
    std::optional<double> total() const { return n ? std::optional(sum) : std::nullopt; }
    std::optional<double> highest() const { return n ? std::optional(max) : std::nullopt; }
};

double cdfAt(const EndpointPercentiles &e, double x)
{
    const std::array<double, 5> p{0.0, 0.5, 0.95, 0.99, 1.0};
    std::array<double, 5> v{e.min, e.median, e.p95, e.p99, e.max};
    for (std::size_t k = 1; k < v.size(); ++k)
        v[k] = std::max(v[k], v[k - 1]); // defensive: quantiles never decrease
    if (x < v.front())
        return 0;
    if (x >= v.back())
        return 1;
    double out = 0;
    for (std::size_t k = 0; k + 1 < v.size(); ++k) {
        if (x < v[k] || x > v[k + 1])
            continue;
        out = v[k + 1] == v[k] ? p[k + 1] : p[k] + (p[k + 1] - p[k]) * (x - v[k]) / (v[k + 1] - v[k]);
    }
    return out;
}

} // namespace

std::optional<double> estimateQuantile(const QList<EndpointPercentiles> &endpoints, double q)
{
    double weight = 0, lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const EndpointPercentiles &e : endpoints) {
        if (e.count <= 0)
            continue;
        weight += double(e.count);
        lo = std::min(lo, e.min);
        hi = std::max({hi, e.max, e.p99, e.p95, e.median});
    }
    if (weight <= 0)
        return std::nullopt;
    auto cdf = [&](double x) {
        double sum = 0;
        for (const EndpointPercentiles &e : endpoints)
            if (e.count > 0)
                sum += double(e.count) * cdfAt(e, x);
        return sum / weight;
    };
    for (int i = 0; i < 60 && hi - lo > 1e-6; ++i) {
        const double mid = (lo + hi) / 2;
        if (cdf(mid) < q)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}

BackendAggregate::Figures BackendAggregate::add(qint64 timeMs, const QList<InstanceSample> &samples)
{
    Accumulator rps, errorsPerSec, avgWeighted, avgPlain, p95, p99, slowPerMin, dbAvg;
    Accumulator rss, heapUsed, heapTotal, usage, thresholdBytes, poolTotal, poolIdle, poolWaiting;
    Accumulator hitsPerSec, missesPerSec;
    std::optional<double> cumulativeHitRate;
    m_up = 0;
    for (const InstanceSample &s : samples) {
        InstanceState &state = m_states[s.instance];
        if (s.reachable())
            ++m_up;
        if (s.overview) {
            const Overview &o = *s.overview;
            const auto requests = state.requests.update(timeMs, double(o.api.totalRequests));
            const auto errors =
                state.errors.update(timeMs, o.api.errorRatePercent / 100.0 * double(o.api.totalRequests));
            rps.add(requests);
            if (requests && errors)
                errorsPerSec.add(std::max(0.0, *errors));
            if (requests && *requests > 0)
                avgWeighted.add(o.api.averageResponseTimeMs * *requests);
            avgPlain.add(o.api.averageResponseTimeMs);
            if (const auto slow = state.slowQueries.update(timeMs, double(o.database.slowQueries)))
                slowPerMin.add(*slow * 60.0);
            dbAvg.add(o.database.averageResponseTimeMs);
            rss.add(double(o.memory.rss));
            heapUsed.add(double(o.memory.heapUsed));
            heapTotal.add(double(o.memory.heapTotal));
            usage.add(o.memory.usagePercent);
            if (o.memory.threshold)
                thresholdBytes.add(*o.memory.threshold * double(o.memory.heapTotal));
        }
        if (s.endpoints) {
            p95.add(estimateQuantile(*s.endpoints, 0.95));
            p99.add(estimateQuantile(*s.endpoints, 0.99));
        }
        if (s.pool) {
            poolTotal.add(s.pool->totalConnections);
            poolIdle.add(s.pool->idleConnections);
            poolWaiting.add(s.pool->waitingClients);
        }
        if (s.cache) {
            hitsPerSec.add(state.cacheHits.update(timeMs, double(s.cache->hits)));
            missesPerSec.add(state.cacheMisses.update(timeMs, double(s.cache->misses)));
            if (!cumulativeHitRate)
                cumulativeHitRate = s.cache->hitRate * 100.0;
        }
    }

    std::optional<double> avg;
    if (rps.total() && *rps.total() > 0 && avgWeighted.n)
        avg = avgWeighted.sum / *rps.total();
    else if (avgPlain.n)
        avg = avgPlain.sum / avgPlain.n;
    std::optional<double> errorRate;
    if (rps.total())
        errorRate = *rps.total() > 0 ? std::clamp(errorsPerSec.sum / *rps.total() * 100.0, 0.0, 100.0) : 0.0;
    std::optional<double> hitRate = cumulativeHitRate;
    if (hitsPerSec.total() && missesPerSec.total() && *hitsPerSec.total() + *missesPerSec.total() > 0)
        hitRate = *hitsPerSec.total() / (*hitsPerSec.total() + *missesPerSec.total()) * 100.0;
    return {{Metric::RequestsPerSecond, rps.total()},
            {Metric::ApiAvgMs, avg},
            {Metric::ApiP95Ms, p95.highest()},
            {Metric::ApiP99Ms, p99.highest()},
            {Metric::ErrorRatePercent, errorRate},
            {Metric::SlowQueriesPerMinute, slowPerMin.total()},
            {Metric::DbAvgQueryMs, dbAvg.highest()},
            {Metric::Rss, rss.total()},
            {Metric::HeapUsed, heapUsed.total()},
            {Metric::HeapTotal, heapTotal.total()},
            {Metric::HeapUsagePercent, usage.highest()},
            {Metric::MemoryThresholdBytes, thresholdBytes.total()},
            {Metric::PoolTotal, poolTotal.total()},
            {Metric::PoolIdle, poolIdle.total()},
            {Metric::PoolWaiting, poolWaiting.total()},
            {Metric::CacheHitsPerSecond, hitsPerSec.total()},
            {Metric::CacheMissesPerSecond, missesPerSec.total()},
            {Metric::CacheHitRate, hitRate}};
}

} // namespace opsdash
