#include "routemetrics.h"

#include <QJsonArray>

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

namespace eventsd {

RouteMetrics::RouteMetrics(double slowThresholdMs, std::size_t window)
    : m_slowThresholdMs(slowThresholdMs)
    , m_windowSize(window)
{ }

void RouteMetrics::record(const QString &route, double durationMs, int status, const RequestCost::Totals &cost)
{
    QMutexLocker lock(&m_mutex);
    PerRoute &r = m_routes[route];
    r.cost.databaseMs += cost.databaseMs;
    r.cost.poolWaitMs += cost.poolWaitMs;
    r.cost.cacheMs += cost.cacheMs;
    for (auto it = cost.statements.cbegin(); it != cost.statements.cend(); ++it)
        RequestCost::addBounded(r.cost.statements, it.key(), it->calls, it->ms, maxStatementsPerRoute);
    r.window.push_back(durationMs);
    if (r.window.size() > m_windowSize)
        r.window.pop_front();
    ++r.totalCount;
    r.totalMs += durationMs;
    if (status >= 400)
        ++r.errors;
    if (status >= 500)
        ++r.serverErrors;
    if (durationMs > m_slowThresholdMs)
        ++r.slow;

    const QString statusClass = QString::number(std::clamp(status / 100, 1, 5)) + QStringLiteral("xx");
    Histogram &h = m_histograms[route + u' ' + statusClass];
    if (h.count == 0) {
        const qsizetype space = route.indexOf(u' ');
        h.method = space > 0 ? route.left(space) : QString();
        h.pattern = space > 0 ? route.mid(space + 1) : route;
        h.statusClass = statusClass;
    }
    const double seconds = durationMs / 1000;
    for (std::size_t i = 0; i < bucketBounds.size(); ++i)
        if (seconds <= bucketBounds[i])
            ++h.cumulative[i];
    ++h.count;
    h.sumSeconds += seconds;
}

QList<RouteMetrics::Histogram> RouteMetrics::histograms() const
{
    QMutexLocker lock(&m_mutex);
    QList<Histogram> all = m_histograms.values();
    std::sort(all.begin(), all.end(), [](const Histogram &a, const Histogram &b) {
        return std::tie(a.pattern, a.method, a.statusClass) < std::tie(b.pattern, b.method, b.statusClass);
    });
    return all;
}

void RouteMetrics::clear()
{
    QMutexLocker lock(&m_mutex);
    m_routes.clear();
}

RouteMetrics::Summary RouteMetrics::summaryLocked(const PerRoute &r) const
{
    Summary s;
    s.totalCount = r.totalCount;
    s.errors = r.errors;
    s.serverErrors = r.serverErrors;
    s.totalMs = r.totalMs;
    if (r.window.empty())
        return s;
    std::vector<double> sorted(r.window.begin(), r.window.end());
    std::sort(sorted.begin(), sorted.end());
    const auto n = sorted.size();
    // Seed 004's nearest-rank choice: sorted[floor(n * q)], clamped.
    auto at = [&](double q) { return sorted[std::min(n - 1, std::size_t(double(n) * q))]; };
    double sum = 0;
    for (double v : sorted)
        sum += v;
    s.count = qint64(n);
    s.average = sum / double(n);
    s.median = at(0.5);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    s.min = sorted.front();
    s.max = sorted.back();
    return s;
}

RouteMetrics::Summary RouteMetrics::summary(const QString &route) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_routes.constFind(route);
    return it == m_routes.cend() ? Summary{} : summaryLocked(*it);
}

QJsonObject RouteMetrics::statsJson() const
{
    QMutexLocker lock(&m_mutex);
    qint64 total = 0, slow = 0, errors = 0;
    double totalMs = 0;
    struct Row
    {
        QString method, endpoint;
        double avg;
        qint64 count;
    };
    std::vector<Row> rows;
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        total += it->totalCount;
        slow += it->slow;
        errors += it->errors;
        totalMs += it->totalMs;
        const QString &key = it.key();
        const auto space = key.indexOf(u' ');
        rows.push_back(Row{key.left(space), key.mid(space + 1),
                           it->totalMs / double(std::max<qint64>(1, it->totalCount)), it->totalCount});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.avg > b.avg; });
    QJsonArray slowest;
    for (std::size_t i = 0; i < rows.size() && i < 10; ++i)
        slowest.append(QJsonObject{{QStringLiteral("endpoint"), rows[i].endpoint},
                                   {QStringLiteral("method"), rows[i].method},
                                   {QStringLiteral("avgResponseTime"), rows[i].avg},
                                   {QStringLiteral("requestCount"), rows[i].count}});
    return {{QStringLiteral("totalRequests"), total},
            {QStringLiteral("slowRequests"), slow},
            {QStringLiteral("averageResponseTime"), total > 0 ? totalMs / double(total) : 0.0},
            {QStringLiteral("slowestEndpoints"), slowest},
            {QStringLiteral("errorRate"), total > 0 ? 100.0 * double(errors) / double(total) : 0.0}};
}

QJsonObject RouteMetrics::endpointsJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonObject out;
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        const Summary s = summaryLocked(*it);
        out.insert(it.key(),
                   QJsonObject{{QStringLiteral("count"), s.count},
                               {QStringLiteral("average"), s.average},
                               {QStringLiteral("median"), s.median},
                               {QStringLiteral("p95"), s.p95},
                               {QStringLiteral("p99"), s.p99},
                               {QStringLiteral("min"), s.min},
                               {QStringLiteral("max"), s.max},
                               {QStringLiteral("totalCount"), s.totalCount},
                               {QStringLiteral("errors"), s.errors}});
    }
    return out;
}

QJsonObject RouteMetrics::breakdownJson() const
{
    QMutexLocker lock(&m_mutex);
    QJsonObject out;
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        const PerRoute &r = *it;
        if (r.totalCount == 0)
            continue;
        const double n = double(r.totalCount);
        const RequestCost::Totals &c = r.cost;
        // Statements of one request may overlap (parallel pool jobs): the parts are scaled to the whole then.
        const double parts = c.databaseMs + c.poolWaitMs + c.cacheMs;
        const double whole = std::max(r.totalMs, parts);
        const double handlerMs = whole - parts;
        const auto share = [whole](double ms) { return whole > 0 ? ms / whole : 0.0; };
        std::vector<std::pair<QString, RequestCost::Statement>> statements;
        for (auto st = c.statements.cbegin(); st != c.statements.cend(); ++st)
            statements.emplace_back(st.key(), *st);
        std::sort(statements.begin(), statements.end(),
                  [](const auto &x, const auto &y) { return x.second.ms > y.second.ms; });
        QJsonArray top;
        for (std::size_t i = 0; i < statements.size() && i < 10; ++i) {
            const auto &[query, st] = statements[i];
            top.append(QJsonObject{{QStringLiteral("query"), query},
                                   {QStringLiteral("callsPerRequest"), double(st.calls) / n},
                                   {QStringLiteral("averageMs"), st.calls > 0 ? st.ms / double(st.calls) : 0.0},
                                   {QStringLiteral("share"), share(st.ms)}});
        }
        out.insert(it.key(),
                   QJsonObject{{QStringLiteral("requests"), r.totalCount},
                               {QStringLiteral("averageMs"), r.totalMs / n},
                               {QStringLiteral("shares"),
                                QJsonObject{{QStringLiteral("database"), share(c.databaseMs)},
                                            {QStringLiteral("poolWait"), share(c.poolWaitMs)},
                                            {QStringLiteral("cache"), share(c.cacheMs)},
                                            {QStringLiteral("handler"), share(handlerMs)}}},
                               {QStringLiteral("statementsPerRequest"),
                                double(std::accumulate(
                                    c.statements.cbegin(), c.statements.cend(), qint64(0),
                                    [](qint64 sum, const RequestCost::Statement &st) { return sum + st.calls; })) /
                                    n},
                               {QStringLiteral("statements"), top}});
    }
    return out;
}

QStringList RouteMetrics::routes() const
{
    QMutexLocker lock(&m_mutex);
    return m_routes.keys();
}

} // namespace eventsd
