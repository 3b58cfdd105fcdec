#pragma once

#include "backendtypes.h"
#include "metrichistory.h"
#include "metricstore.h"

#include <QHash>

#include <optional>
#include <utility>

namespace opsdash {

/// One quantile over all endpoints together, from each one's min/median/p95/p99/max weighted by its request count
/// (a piecewise-linear CDF per endpoint, bisected): the seed gives no overall percentile, and the worst endpoint's
/// p95 would overstate it. nullopt without requests.
std::optional<double> estimateQuantile(const QList<EndpointPercentiles> &endpoints, double q);

/// The backend's figures of one tick over all its instances: rates from each instance's counters over real
/// elapsed time (it keeps their trackers across ticks), sums of rates and memory, the worst latency, the API
/// p95/p99 estimated over all endpoints. Pure: no store, no models, no signals — the Dashboard puts the figures
/// into its store.
class BackendAggregate
{
public:
    using Figures = QList<std::pair<Metric, std::optional<double>>>;

    /// The tick's figure of every backend metric; nullopt is a gap (no instance gave it).
    Figures add(qint64 timeMs, const QList<InstanceSample> &samples);
    int instancesUp() const { return m_up; }
    int instanceCount() const { return int(m_states.size()); }

private:
    struct InstanceState
    {
        RateTracker requests, slowQueries, cacheHits, cacheMisses, errors;
    };
    QHash<QString, InstanceState> m_states;
    int m_up = 0;
};

} // namespace opsdash
