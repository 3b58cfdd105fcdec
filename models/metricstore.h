#pragma once

#include "metrichistory.h"

#include <QObject>

#include <array>
#include <optional>
#include <vector>

namespace opsdash {

/// The dashboard's time series, all of the same capacity (24 h at the refresh interval).
enum class Metric {
    RequestsPerSecond,
    ApiAvgMs,
    ApiP95Ms, ///< estimated over all endpoints from their percentiles (see estimateQuantile)
    ApiP99Ms,
    ErrorRatePercent,
    SlowQueriesPerMinute,
    DbAvgQueryMs,
    Rss,
    HeapUsed,
    HeapTotal,
    HeapUsagePercent,
    MemoryThresholdBytes, ///< heapTotal × threshold, drawn as the threshold line
    PoolTotal,
    PoolIdle,
    PoolWaiting,
    CacheHitRate, ///< percent, from hit/miss deltas
    CacheHitsPerSecond,
    CacheMissesPerSecond,
    DbCommitsPerSecond,
    DbRollbacksPerSecond,
    DbCacheHitRatio, ///< percent, from block deltas
    SessionsActive,
    SessionsIdle,
    SessionsIdleInTransaction,
    SessionsWaiting,
    BouncerClientsActive, ///< pgbouncer, the monitored database's pools
    BouncerClientsWaiting,
    BouncerServersActive,
    BouncerServersIdle,
    BouncerMaxWaitMs,
    QueueWaiting, ///< background jobs waiting, all queues (the figures are the backend's, the same from every instance)
    QueueDead, ///< dead jobs, all queues
    QueueEmailWaiting, ///< per queue: seed 000's three, in QueueName's order
    QueueBadgeWaiting,
    QueueReportWaiting,
    QueueEmailThroughput, ///< jobs finished per minute
    QueueBadgeThroughput,
    QueueReportThroughput,
    StatementCallsPerSecond, ///< the Queries page's selected statement, in that page's own store
    StatementMeanMs,
    Count
};

/// Seed 000's queues, in the order of their per-queue metrics.
enum class QueueName { Email, Badge, Report };
inline constexpr std::array<QueueName, 3> allQueueNames{QueueName::Email, QueueName::Badge, QueueName::Report};
/// The backend's name of a queue ("badge-generation"); queueFromName is its inverse.
QString queueName(QueueName queue);
std::optional<QueueName> queueFromName(const QString &name);
/// A queue's waiting jobs and its throughput per minute.
Metric queueWaitingMetric(QueueName queue);
Metric queueThroughputMetric(QueueName queue);

class MetricStore : public QObject
{
    Q_OBJECT

public:
    explicit MetricStore(std::size_t capacity, QObject *parent = nullptr);

    void append(Metric metric, qint64 timeMs, double value);
    void appendGap(Metric metric, qint64 timeMs);
    /// MetricSeries::fill for one series (history from elsewhere); the caller calls notify().
    void fill(Metric metric, const std::vector<MetricSeries::Sample> &samples, qint64 fromMs, qint64 toMs,
              qint64 spacingMs)
    {
        m_series[std::size_t(metric)].fill(samples, fromMs, toMs, spacingMs);
    }
    /// Empties the series (keeps its storage).
    void clear(Metric metric) { m_series[std::size_t(metric)].clear(); }
    const MetricSeries &series(Metric metric) const { return m_series[std::size_t(metric)]; }
    /// The latest value if it is not a gap.
    std::optional<double> latest(Metric metric) const;
    /// Mean of the values in [fromMs, toMs] (gaps ignored), nullopt without values: before/after figures.
    std::optional<double> mean(Metric metric, qint64 fromMs, qint64 toMs) const;
    std::size_t capacity() const { return m_capacity; }
    /// Bytes the samples take (fixed from the start).
    std::size_t memoryBytes() const;

Q_SIGNALS:
    /// Emitted once per batch of appends (the caller calls notify()).
    void updated();

public:
    void notify() { Q_EMIT updated(); }

private:
    std::size_t m_capacity;
    std::vector<MetricSeries> m_series;
};

} // namespace opsdash
