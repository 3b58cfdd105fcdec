#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>

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

    explicit RouteMetrics(double slowThresholdMs = 200, std::size_t window = 1000);

    void record(const QString &route, double durationMs, int status);
    void clear();

    Summary summary(const QString &route) const;
    /// GET /performance/api/stats: {totalRequests, slowRequests, averageResponseTime, slowestEndpoints, errorRate}
    QJsonObject statsJson() const;
    /// GET /performance/api/endpoints: {"GET /events": {count, average, median, p95, p99, min, max, …}, …}
    QJsonObject endpointsJson() const;
    QStringList routes() const;

private:
    struct PerRoute
    {
        std::deque<double> window;
        qint64 totalCount = 0;
        qint64 errors = 0;
        qint64 serverErrors = 0;
        qint64 slow = 0;
        double totalMs = 0;
    };
    Summary summaryLocked(const PerRoute &r) const;

    mutable QMutex m_mutex;
    double m_slowThresholdMs;
    std::size_t m_windowSize;
    QHash<QString, PerRoute> m_routes;
};

} // namespace eventsd
