#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include "requestcost.h"

#include <array>
#include <deque>

namespace eventsd {

/// Response times per route ("GET /events/:id"). Percentiles come from each route's last `window` requests
/// (seed 004's PerformanceMetrics); counts, errors and averages are cumulative since the last clear (seed
/// 002's getResponseStats), so rates computed from them by a poller are exact.
class RouteMetrics
{
public:
    struct Summary
    {
        qint64 count = 0; ///< in the window
        double average = 0, median = 0, p95 = 0, p99 = 0, min = 0, max = 0;
        qint64 totalCount = 0; ///< since the last clear
        qint64 errors = 0; ///< status >= 400 since the last clear
        qint64 serverErrors = 0;
        double totalMs = 0;
    };

    /// Prometheus' default buckets (upper bounds, seconds); +Inf is the count.
    static constexpr std::array<double, 11> bucketBounds = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    /// A request duration histogram of one route pattern, method and status class, cumulative since start
    /// (clear() leaves it: Prometheus computes rates from counters that only grow).
    struct Histogram
    {
        QString method;
        QString pattern;
        QString statusClass; ///< "2xx" … "5xx"
        std::array<qint64, bucketBounds.size()> cumulative{}; ///< requests ≤ each bound
        qint64 count = 0;
        double sumSeconds = 0;
    };

    explicit RouteMetrics(double slowThresholdMs = 200, std::size_t window = 1000);

    /// `route` is "METHOD /pattern" (e.g. "GET /events/:id"); `cost` says where the request's time went.
    void record(const QString &route, double durationMs, int status, const RequestCost::Totals &cost = {});
    void clear();
    QList<Histogram> histograms() const;

    Summary summary(const QString &route) const;
    /// GET /performance/api/stats: {totalRequests, slowRequests, averageResponseTime, slowestEndpoints, errorRate}
    QJsonObject statsJson() const;
    /// GET /performance/api/endpoints: {"GET /events": {count, average, median, p95, p99, min, max, …}, …}
    QJsonObject endpointsJson() const;
    QStringList routes() const;
    /// GET /performance/api/endpoints/breakdown: per route since the last clear, the shares of database, pool
    /// wait, cache and handler in its time, and its top statements with calls per request.
    QJsonObject breakdownJson() const;

    /// Distinct statements kept per route; more merge into "other".
    static constexpr qsizetype maxStatementsPerRoute = 50;

private:
    struct PerRoute
    {
        std::deque<double> window;
        qint64 totalCount = 0;
        qint64 errors = 0;
        qint64 serverErrors = 0;
        qint64 slow = 0;
        double totalMs = 0;
        RequestCost::Totals cost; ///< summed over the requests since the last clear
    };
    Summary summaryLocked(const PerRoute &r) const;

    mutable QMutex m_mutex;
    double m_slowThresholdMs;
    std::size_t m_windowSize;
    QHash<QString, PerRoute> m_routes;
    QHash<QString, Histogram> m_histograms; ///< by route and status class; never cleared
};

} // namespace eventsd
