// GET /metrics in Prometheus' text exposition format (version 0.0.4) and its conventions: request durations as
// histograms in seconds by route pattern, method and status class (so quantiles aggregate across instances with
// histogram_quantile), the standard process_* series, eventsd_build_info, and pool, cache and statement figures
// with bounded labels only. Prometheus adds `instance` and `job` from the target; eventsd's own instance id is
// a label of eventsd_build_info.

#include "eventsapp.h"
#include "health.h"
#include "processstats.h"

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
    void sample(const char *name, double value, const char *labels) { sample(name, value, QByteArray(labels)); }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

} // namespace

namespace {

void writeHttp(Writer &w, EventsApp *a)
{
    w.family("eventsd_http_request_duration_seconds", "histogram",
             "Time to answer a request, by route pattern, method and status class.");
    for (const RouteMetrics::Histogram &h : a->routeMetrics().histograms()) {
        const QByteArray l = "route=\"" + label(h.pattern) + "\",method=\"" + label(h.method) + "\",status=\"" +
            label(h.statusClass) + '"';
        for (std::size_t i = 0; i < RouteMetrics::bucketBounds.size(); ++i)
            w.sample("eventsd_http_request_duration_seconds_bucket", double(h.cumulative[i]),
                     l + ",le=\"" + QByteArray::number(RouteMetrics::bucketBounds[i]) + '"');
        w.sample("eventsd_http_request_duration_seconds_bucket", double(h.count), l + ",le=\"+Inf\"");
        w.sample("eventsd_http_request_duration_seconds_sum", h.sumSeconds, l);
        w.sample("eventsd_http_request_duration_seconds_count", double(h.count), l);
    }
    w.family("eventsd_http_connections", "gauge",
             "Open client connections: active in the event loop, or idle and parked outside it.");
    w.sample("eventsd_http_connections", double(a->server().activeConnections()), "state=\"active\"");
    w.sample("eventsd_http_connections", double(a->server().parkedConnections()), "state=\"parked\"");
}

// Per-statement figures stay in /performance/database/* and pg_stat_statements: a statement is no label
// (unbounded). These are the totals.
void writeDatabase(Writer &w, EventsApp *a)
{
    qint64 count = 0, slow = 0, errors = 0;
    double seconds = 0;
    const auto statements = a->queryMetrics().aggregates();
    for (auto it = statements.cbegin(); it != statements.cend(); ++it) {
        count += it->count;
        slow += it->slowCount;
        errors += it->errors;
        seconds += it->totalMs / 1000;
    }
    w.family("eventsd_db_statements_total", "counter", "Statements run.");
    w.sample("eventsd_db_statements_total", double(count));
    w.family("eventsd_db_statement_seconds_total", "counter", "Time spent in statements.");
    w.sample("eventsd_db_statement_seconds_total", seconds);
    w.family("eventsd_db_slow_statements_total", "counter", "Statements over the slow-query threshold.");
    w.sample("eventsd_db_slow_statements_total", double(slow));
    w.family("eventsd_db_statement_errors_total", "counter", "Statements that failed.");
    w.sample("eventsd_db_statement_errors_total", double(errors));

    const PoolStats pool = a->pool().stats();
    w.family("eventsd_pool_connections", "gauge", "Database connections by state.");
    w.sample("eventsd_pool_connections", pool.totalConnections, "state=\"open\"");
    w.sample("eventsd_pool_connections", pool.idleConnections, "state=\"idle\"");
    w.family("eventsd_pool_max_connections", "gauge", "The pool's size limit.");
    w.sample("eventsd_pool_max_connections", pool.maxConnections);
    w.family("eventsd_pool_waiting", "gauge", "Jobs waiting for a database connection.");
    w.sample("eventsd_pool_waiting", pool.waitingClients);
    w.family("eventsd_pool_acquire_wait_seconds", "gauge", "Wait for a connection over the last 1024 acquisitions.");
    w.sample("eventsd_pool_acquire_wait_seconds", pool.acquireWaitAvgMs / 1000, "stat=\"avg\"");
    w.sample("eventsd_pool_acquire_wait_seconds", pool.acquireWaitP95Ms / 1000, "stat=\"p95\"");
    w.family("eventsd_pool_acquire_timeouts_total", "counter", "Jobs failed for want of a connection.");
    w.sample("eventsd_pool_acquire_timeouts_total", double(pool.timeouts));
}

void writeCache(Writer &w, EventsApp *a)
{
    const Cache::Counters cache = a->cache().counters();
    w.family("eventsd_cache_hits_total", "counter", "Cache hits by level.");
    w.sample("eventsd_cache_hits_total", double(cache.l1Hits), "level=\"l1\"");
    w.sample("eventsd_cache_hits_total", double(cache.l2Hits), "level=\"l2\"");
    w.family("eventsd_cache_misses_total", "counter", "Reads that neither level answered.");
    w.sample("eventsd_cache_misses_total", double(cache.misses));
    w.family("eventsd_cache_l1_bytes", "gauge", "Bytes held by the in-process cache.");
    w.sample("eventsd_cache_l1_bytes", double(cache.l1Bytes));
    w.family("eventsd_redis_up", "gauge", "1 while the Redis connection is up.");
    w.sample("eventsd_redis_up", cache.redisUp ? 1 : 0);
}

/// The queues' figures live in Redis and are the same from every instance: aggregate them with max by (queue),
/// not sum. Left out while Redis is unavailable (eventsd_redis_up says so).
QCoro::Task<> writeQueues(Writer &w, EventsApp *a)
{
    QList<QueueFigures> all;
    for (const JobQueue q : allJobQueues) {
        QCoro::Task<std::optional<QueueFigures>> reading = a->jobs().figures(q);
        const std::optional<QueueFigures> figures = co_await reading;
        if (!figures)
            co_return;
        all.append(*figures);
    }
    auto queue = [](const QueueFigures &f, const char *more = "") {
        QByteArray labels = "queue=\"";
        return labels.append(f.name).append('"').append(more);
    };
    w.family("eventsd_queue_jobs", "gauge", "Jobs by state: waiting, active (taken, unfinished), delayed, dead.");
    for (const QueueFigures &f : all) {
        w.sample("eventsd_queue_jobs", double(f.waiting), queue(f, ",state=\"waiting\""));
        w.sample("eventsd_queue_jobs", double(f.active), queue(f, ",state=\"active\""));
        w.sample("eventsd_queue_jobs", double(f.delayed), queue(f, ",state=\"delayed\""));
        w.sample("eventsd_queue_jobs", double(f.dead), queue(f, ",state=\"dead\""));
    }
    w.family("eventsd_queue_completed_total", "counter", "Jobs finished.");
    for (const QueueFigures &f : all)
        w.sample("eventsd_queue_completed_total", double(f.completed), queue(f));
    w.family("eventsd_queue_failed_total", "counter", "Failed runs (each retry counts).");
    for (const QueueFigures &f : all)
        w.sample("eventsd_queue_failed_total", double(f.failed), queue(f));
    w.family("eventsd_queue_throughput_per_minute", "gauge", "Jobs finished over the last minute (sliding).");
    for (const QueueFigures &f : all)
        w.sample("eventsd_queue_throughput_per_minute", f.throughputPerMin, queue(f));
    w.family("eventsd_queue_wait_seconds", "gauge", "Time from enqueue (or due retry) to start, last 1000 jobs.");
    for (const QueueFigures &f : all) {
        w.sample("eventsd_queue_wait_seconds", f.waitP50 / 1000, queue(f, ",stat=\"p50\""));
        w.sample("eventsd_queue_wait_seconds", f.waitP95 / 1000, queue(f, ",stat=\"p95\""));
    }
    w.family("eventsd_queue_run_seconds", "gauge", "Time a run took, last 1000 runs.");
    for (const QueueFigures &f : all) {
        w.sample("eventsd_queue_run_seconds", f.runP50 / 1000, queue(f, ",stat=\"p50\""));
        w.sample("eventsd_queue_run_seconds", f.runP95 / 1000, queue(f, ",stat=\"p95\""));
    }
    w.family("eventsd_queue_workers", "gauge", "Worker processes that beat a heartbeat within 15 s.");
    for (const QueueFigures &f : all)
        w.sample("eventsd_queue_workers", f.workers, queue(f));
    w.family("eventsd_queue_paused", "gauge", "1 while the queue is paused.");
    for (const QueueFigures &f : all)
        w.sample("eventsd_queue_paused", f.paused ? 1 : 0, queue(f));
}

void writeProcess(Writer &w, EventsApp *a)
{
    w.family("eventsd_build_info", "gauge", "Always 1: the version and revision of this eventsd, and its instance id.");
    w.sample("eventsd_build_info", 1,
             "version=\"" + label(QStringLiteral(OPSDASH_VERSION)) + "\",revision=\"" +
                 label(QStringLiteral(EVENTSD_REVISION)) + "\",instance_id=\"" + label(a->config().instanceId) + '"');
    const ProcessStats p = ProcessStats::read();
    const ProcessMemory memory = ProcessMemory::read();
    w.family("process_cpu_seconds_total", "counter", "Total user and system CPU time spent in seconds.");
    w.sample("process_cpu_seconds_total", p.cpuSeconds);
    w.family("process_start_time_seconds", "gauge", "Start time of the process since unix epoch in seconds.");
    w.sample("process_start_time_seconds", p.startTimeSeconds);
    w.family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
    w.sample("process_resident_memory_bytes", double(memory.rss));
    w.family("process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.");
    w.sample("process_virtual_memory_bytes", double(p.virtualBytes));
    w.family("process_open_fds", "gauge", "Number of open file descriptors.");
    w.sample("process_open_fds", double(p.openFds));
    w.family("process_max_fds", "gauge", "Maximum number of open file descriptors.");
    w.sample("process_max_fds", double(p.maxFds));
    w.family("eventsd_heap_bytes", "gauge", "malloc heap held from the system and in use.");
    w.sample("eventsd_heap_bytes", double(memory.heapTotal), "kind=\"total\"");
    w.sample("eventsd_heap_bytes", double(memory.heapUsed), "kind=\"used\"");
}

} // namespace

void addPrometheusRoute(EventsApp &app)
{
    EventsApp *a = &app;
    app.server().route("GET", QStringLiteral("/metrics"), Access::Operator,
                       [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                           Writer w;
                           writeProcess(w, a);
                           writeHttp(w, a);
                           writeDatabase(w, a);
                           writeCache(w, a);
                           QCoro::Task<> queues = writeQueues(w, a);
                           co_await queues;
                           HttpResponse response;
                           response.contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
                           response.body = w.take();
                           co_return response;
                       });
}

} // namespace eventsd
