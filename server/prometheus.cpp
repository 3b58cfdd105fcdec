// GET /metrics: the same figures as /performance/*, in Prometheus' text exposition format (version 0.0.4).

#include "eventsapp.h"
#include "health.h"

#include <QCryptographicHash>

namespace eventsd {

namespace {

// Label values escape backslash, double quote and newline; a long statement is cut so a series stays sane, and
// marked with a hash of the whole text so two statements that begin alike stay two series.
QByteArray label(const QString &value)
{
    QByteArray v = value.size() <= 200 ? value.toUtf8()
                                       : value.left(180).toUtf8() + "…#" +
            QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return v;
}

class Writer
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_out += QByteArrayLiteral("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    }
    void sample(const char *name, double value, const QByteArray &labels = {})
    {
        m_out += name;
        if (!labels.isEmpty())
            m_out += '{' + labels + '}';
        m_out += ' ' + QByteArray::number(value, 'g', 12) + '\n';
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

void addPrometheusRoute(EventsApp &app)
{
    EventsApp *a = &app;
    app.server().route(
        "GET", QStringLiteral("/metrics"), Access::Operator, [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
            Writer w;
            const QByteArray instance = "instance_id=\"" + label(a->config().instanceId) + '"';

            w.family("eventsd_uptime_seconds", "gauge", "Seconds since eventsd started.");
            w.sample("eventsd_uptime_seconds", a->uptimeSeconds(), instance);

            const RouteMetrics &routes = a->routeMetrics();
            w.family("eventsd_http_requests_total", "counter", "Requests answered, by route pattern.");
            w.family("eventsd_http_request_errors_total", "counter",
                     "Requests answered with status >= 400, by route pattern.");
            w.family("eventsd_http_request_duration_seconds", "summary",
                     "Response time by route pattern: quantiles over the last 1000 requests, sum and count over all.");
            for (const QString &route : routes.routes()) {
                const RouteMetrics::Summary s = routes.summary(route);
                const QByteArray l = instance + ",route=\"" + label(route) + '"';
                w.sample("eventsd_http_requests_total", double(s.totalCount), l);
                w.sample("eventsd_http_request_errors_total", double(s.errors), l);
                w.sample("eventsd_http_request_duration_seconds", s.median / 1000, l + ",quantile=\"0.5\"");
                w.sample("eventsd_http_request_duration_seconds", s.p95 / 1000, l + ",quantile=\"0.95\"");
                w.sample("eventsd_http_request_duration_seconds", s.p99 / 1000, l + ",quantile=\"0.99\"");
                w.sample("eventsd_http_request_duration_seconds_sum", s.totalMs / 1000, l);
                w.sample("eventsd_http_request_duration_seconds_count", double(s.totalCount), l);
            }

            w.family("eventsd_http_connections", "gauge",
                     "Open client connections: active in the event loop, or idle and parked outside it.");
            w.sample("eventsd_http_connections", double(a->server().activeConnections()),
                     instance + ",state=\"active\"");
            w.sample("eventsd_http_connections", double(a->server().parkedConnections()),
                     instance + ",state=\"parked\"");

            const auto statements = a->queryMetrics().aggregates();
            w.family("eventsd_db_statements_total", "counter", "Statements run, by normalized SQL.");
            w.family("eventsd_db_statement_duration_seconds_total", "counter",
                     "Total statement time, by normalized SQL.");
            w.family("eventsd_db_slow_statements_total", "counter", "Statements over the slow-query threshold.");
            w.family("eventsd_db_statement_errors_total", "counter", "Statements that failed.");
            for (auto it = statements.cbegin(); it != statements.cend(); ++it) {
                const QByteArray l = instance + ",statement=\"" + label(it.key()) + '"';
                w.sample("eventsd_db_statements_total", double(it->count), l);
                w.sample("eventsd_db_statement_duration_seconds_total", it->totalMs / 1000, l);
                w.sample("eventsd_db_slow_statements_total", double(it->slowCount), l);
                w.sample("eventsd_db_statement_errors_total", double(it->errors), l);
            }

            const PoolStats pool = a->pool().stats();
            w.family("eventsd_pool_connections", "gauge", "Database connections by state.");
            w.sample("eventsd_pool_connections", pool.totalConnections, instance + ",state=\"open\"");
            w.sample("eventsd_pool_connections", pool.idleConnections, instance + ",state=\"idle\"");
            w.sample("eventsd_pool_connections", pool.maxConnections, instance + ",state=\"max\"");
            w.family("eventsd_pool_waiting", "gauge", "Jobs waiting for a database connection.");
            w.sample("eventsd_pool_waiting", pool.waitingClients, instance);
            w.family("eventsd_pool_acquire_wait_seconds", "gauge",
                     "Wait for a connection over the last 1024 acquisitions.");
            w.sample("eventsd_pool_acquire_wait_seconds", pool.acquireWaitAvgMs / 1000, instance + ",stat=\"avg\"");
            w.sample("eventsd_pool_acquire_wait_seconds", pool.acquireWaitP95Ms / 1000, instance + ",stat=\"p95\"");
            w.family("eventsd_pool_acquire_timeouts_total", "counter", "Jobs failed for want of a connection.");
            w.sample("eventsd_pool_acquire_timeouts_total", double(pool.timeouts), instance);

            const Cache::Counters cache = a->cache().counters();
            w.family("eventsd_cache_hits_total", "counter", "Cache hits by level.");
            w.sample("eventsd_cache_hits_total", double(cache.l1Hits), instance + ",level=\"l1\"");
            w.sample("eventsd_cache_hits_total", double(cache.l2Hits), instance + ",level=\"l2\"");
            w.family("eventsd_cache_misses_total", "counter", "Reads that neither level answered.");
            w.sample("eventsd_cache_misses_total", double(cache.misses), instance);
            w.family("eventsd_cache_l1_bytes", "gauge", "Bytes held by the in-process cache.");
            w.sample("eventsd_cache_l1_bytes", double(cache.l1Bytes), instance);
            w.family("eventsd_redis_up", "gauge", "1 while the Redis connection is up.");
            w.sample("eventsd_redis_up", cache.redisUp ? 1 : 0, instance);

            const ProcessMemory memory = ProcessMemory::read();
            w.family("eventsd_process_resident_memory_bytes", "gauge", "Resident set size.");
            w.sample("eventsd_process_resident_memory_bytes", double(memory.rss), instance);
            w.family("eventsd_heap_bytes", "gauge", "malloc heap held from the system and in use.");
            w.sample("eventsd_heap_bytes", double(memory.heapTotal), instance + ",kind=\"total\"");
            w.sample("eventsd_heap_bytes", double(memory.heapUsed), instance + ",kind=\"used\"");

            HttpResponse response;
            response.contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
            response.body = w.take();
            co_return response;
        });
}

} // namespace eventsd
