// /performance/*: seed 002's PerformanceController with its JSON shapes, measured for real, plus the
// extensions opsdash uses when present (pool, per-endpoint percentiles) and /health (seed 004).

#include "eventsapp.h"
#include "health.h"
#include "util.h"

#include <QCoroFuture>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSysInfo>
#include <QtConcurrent>

#include <cmath>
#include <malloc.h>

namespace eventsd {

namespace {

// Seed 002's MemoryManagerService.formatBytes: "0 Bytes", "512 Bytes", "8.5 MB".
QString formatBytes(double bytes)
{
    static const char *sizes[] = {"Bytes", "KB", "MB", "GB"};
    if (bytes <= 0)
        return QStringLiteral("0 Bytes");
    const int i = std::min(3, int(std::floor(std::log(bytes) / std::log(1024.0))));
    const double value = std::round(bytes / std::pow(1024.0, i) * 100) / 100;
    return QString::number(value) + u' ' + QString::fromLatin1(sizes[i]);
}

QJsonObject memoryStatsJson(const ProcessMemory &m, double threshold)
{
    QJsonObject formatted;
    const QJsonObject current = m.toJson();
    for (auto it = current.begin(); it != current.end(); ++it)
        formatted.insert(it.key(), formatBytes(it->toDouble()));
    return {
        {QStringLiteral("current"), current},
        {QStringLiteral("formatted"), formatted},
        {QStringLiteral("usagePercentage"), m.heapTotal > 0 ? 100.0 * double(m.heapUsed) / double(m.heapTotal) : 0.0},
        {QStringLiteral("threshold"), threshold}};
}

QJsonObject systemJson(double uptime)
{
    return {{QStringLiteral("uptime"), uptime},
            {QStringLiteral("nodeVersion"),
             QStringLiteral("eventsd " OPSDASH_VERSION " (Qt %1)").arg(QString::fromLatin1(qVersion()))},
            {QStringLiteral("platform"), QSysInfo::kernelType()}};
}

struct DatabaseInfo
{
    QString totalSize;
    qint64 tables = 0, indexes = 0, connections = 0;
};

struct OptimizeStep
{
    QString step, table, error;
    double ms = 0;
};

const char *const appTables[] = {"users", "events", "registrations", "transactions"};

/// GET /health
QCoro::Task<HttpResponse> health(EventsApp *a, const HttpRequest &request)
{
    // After a database restart each pooled connection fails once before it reconnects: a connection error
    // is retried once, so health says what the database is, not what one stale connection was.
    QFuture<DbOutcome<bool>> db = a->pool().run<bool>(request.cost, [](pg::Connection &c) {
        try {
            return c.exec("SELECT 1").rows() == 1;
        } catch (const pg::Error &e) {
            if (!e.isConnectionError() && !e.sqlState().startsWith("57P"))
                throw;
            return c.exec("SELECT 1").rows() == 1;
        }
    });
    bool redisUp = false;
    if (RedisClient *redis = a->cache().redis()) {
        QFuture<RedisReply> ping = redis->command({QByteArrayLiteral("PING")}, 500);
        const RedisReply pong = co_await ping;
        redisUp = pong.ok && pong.string == "PONG";
    }
    const DbOutcome<bool> dbUp = co_await db;
    ServiceProbe probe{dbUp.ok(), redisUp};
    co_return HttpResponse::json(healthBody(probe, a->uptimeSeconds(), ProcessMemory::read()),
                                 probe.database && probe.redis ? 200 : 503);
}

/// GET /performance/database/info
QCoro::Task<HttpResponse> databaseInfo(EventsApp *a, const HttpRequest &request)
{
    QFuture<DbOutcome<DatabaseInfo>> info = a->pool().run<DatabaseInfo>(request.cost, [](pg::Connection &c) {
        // Seed 002's four figures in one round trip.
        const pg::Result r = c.exec("SELECT pg_size_pretty(pg_database_size(current_database())), "
                                    "(SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'), "
                                    "(SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'), "
                                    "(SELECT count(*) FROM pg_stat_activity WHERE state = 'active')");
        return DatabaseInfo{r.text(0, 0), r.int64(0, 1), r.int64(0, 2), r.int64(0, 3)};
    });
    const DbOutcome<DatabaseInfo> outcome = co_await info;
    if (!outcome.ok())
        co_return databaseError(*outcome.error);
    co_return HttpResponse::json(QJsonObject{{QStringLiteral("totalSize"), outcome.value->totalSize},
                                             {QStringLiteral("tableCount"), outcome.value->tables},
                                             {QStringLiteral("indexCount"), outcome.value->indexes},
                                             {QStringLiteral("connectionCount"), outcome.value->connections}});
}

/// POST /performance/database/optimize
QCoro::Task<HttpResponse> optimizeDatabase(EventsApp *a, const HttpRequest &request)
{
    // ANALYZE, then VACUUM (ANALYZE), per app table; the first failure stops and is reported.
    QFuture<DbOutcome<QList<OptimizeStep>>> run =
        a->pool().run<QList<OptimizeStep>>(request.cost, [](pg::Connection &c) {
            QList<OptimizeStep> steps;
            for (const char *command : {"ANALYZE", "VACUUM (ANALYZE)"}) {
                for (const char *table : appTables) {
                    OptimizeStep step{QString::fromLatin1(command), QString::fromLatin1(table), {}, 0};
                    QElapsedTimer t;
                    t.start();
                    try {
                        c.exec(QByteArray(command) + ' ' + table);
                    } catch (const pg::Error &e) {
                        step.error = e.message();
                    }
                    step.ms = double(t.nsecsElapsed()) / 1e6;
                    steps.append(step);
                    if (!step.error.isEmpty())
                        return steps;
                }
            }
            return steps;
        });
    const DbOutcome<QList<OptimizeStep>> outcome = co_await run;
    if (!outcome.ok())
        co_return databaseError(*outcome.error);
    QJsonArray steps;
    double total = 0;
    QString failure;
    for (const OptimizeStep &s : *outcome.value) {
        total += s.ms;
        QJsonObject step{{QStringLiteral("step"), s.step},
                         {QStringLiteral("table"), s.table},
                         {QStringLiteral("durationMs"), s.ms},
                         {QStringLiteral("ok"), s.error.isEmpty()}};
        if (!s.error.isEmpty()) {
            step.insert(QStringLiteral("error"), s.error);
            failure = QStringLiteral("%1 %2 failed: %3").arg(s.step, s.table, s.error);
        }
        steps.append(step);
    }
    if (!failure.isEmpty()) {
        HttpResponse response = HttpResponse::error(500, failure);
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        body.insert(QStringLiteral("steps"), steps);
        co_return HttpResponse::json(body, 500);
    }
    co_return HttpResponse::json(QJsonObject{
        {QStringLiteral("message"), QStringLiteral("Database optimization completed in %1 ms").arg(qRound(total))},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("totalMs"), total}});
}

/// POST /performance/memory/gc
QCoro::Task<HttpResponse> forceGc(EventsApp *a, const HttpRequest &)
{
    // No collector in C++: drop expired cache entries, return freed heap pages to the system, and
    // report what that freed.
    const ProcessMemory before = ProcessMemory::read();
    const qint64 cacheBytes = a->cache().evictExpired();
    malloc_trim(0);
    const ProcessMemory after = ProcessMemory::read();
    const qint64 freed = std::max<qint64>(0, before.rss - after.rss);
    co_return HttpResponse::json(
        QJsonObject{{QStringLiteral("message"),
                     QStringLiteral("Garbage collection completed. Freed: %1").arg(formatBytes(double(freed)))},
                    {QStringLiteral("freedBytes"), freed},
                    {QStringLiteral("expiredCacheBytes"), cacheBytes},
                    {QStringLiteral("before"), before.toJson()},
                    {QStringLiteral("after"), after.toJson()}});
}

/// POST /performance/cache/invalidate
QCoro::Task<HttpResponse> invalidateCache(EventsApp *a, const HttpRequest &request)
{
    HttpResponse bad;
    const auto body = util::jsonBody(request, &bad);
    if (!body)
        co_return bad;
    const QString pattern = body->value(u"pattern").toString();
    const QString scope = body->value(u"scope").toString(QStringLiteral("all"));
    static const QRegularExpression allowed(QStringLiteral(R"(^[A-Za-z0-9:_\-*?.]{1,200}$)"));
    if (!allowed.match(pattern).hasMatch())
        co_return HttpResponse::error(400, QStringLiteral("pattern must be 1 to 200 of A-Z a-z 0-9 : _ - . * ?"));
    if (scope != QLatin1String("all") && scope != QLatin1String("instance"))
        co_return HttpResponse::error(400, QStringLiteral("scope must be \"instance\" or \"all\""));
    const bool all = scope == QLatin1String("all");
    QCoro::Task<qint64> invalidating = a->cache().invalidatePattern(pattern, all);
    const qint64 removed = co_await invalidating;
    co_return HttpResponse::json(
        QJsonObject{{QStringLiteral("message"),
                     QStringLiteral("Invalidated %1 keys matching %2 (%3)")
                         .arg(removed)
                         .arg(pattern, all ? QStringLiteral("all instances") : QStringLiteral("this instance"))},
                    {QStringLiteral("invalidated"), removed},
                    {QStringLiteral("scope"), scope},
                    {QStringLiteral("instance"), a->config().instanceId}});
}

/// POST /performance/memory/threshold/:threshold
QCoro::Task<HttpResponse> setMemoryThreshold(EventsApp *a, const HttpRequest &request)
{
    bool ok = false;
    const QString text = request.params.value(QStringLiteral("threshold"));
    const double threshold = text.toDouble(&ok);
    if (!ok || !(threshold > 0 && threshold <= 1))
        co_return HttpResponse::error(400, QStringLiteral("threshold must be a number in (0, 1]: %1").arg(text));
    a->setMemoryThreshold(threshold);
    co_return HttpResponse::json(
        QJsonObject{{QStringLiteral("message"), QStringLiteral("Memory threshold set to %1").arg(threshold)},
                    {QStringLiteral("threshold"), threshold}});
}

} // namespace

void addPerformanceRoutes(EventsApp &app)
{
    HttpServer &http = app.server();
    EventsApp *a = &app;

    // A route that does nothing: the reference the benchmarks measure the others against.
    http.route("GET", QStringLiteral("/ping"), Access::Public, [](const HttpRequest &) -> QCoro::Task<HttpResponse> {
        co_return HttpResponse{200, QByteArrayLiteral("text/plain"), QByteArrayLiteral("pong"), {}};
    });

    addRoute(app, "GET", QStringLiteral("/health"), Access::Public, health);

    http.route("GET", QStringLiteral("/performance/overview"), Access::Operator,
               [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                   co_return HttpResponse::json(QJsonObject{
                       {QStringLiteral("database"), a->queryMetrics().statsJson()},
                       {QStringLiteral("api"), a->routeMetrics().statsJson()},
                       {QStringLiteral("memory"), memoryStatsJson(ProcessMemory::read(), a->memoryThreshold())},
                       {QStringLiteral("system"), systemJson(a->uptimeSeconds())}});
               });

    http.route("GET", QStringLiteral("/performance/database/stats"), Access::Operator,
               [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                   co_return HttpResponse::json(a->queryMetrics().statsJson());
               });

    http.route("GET", QStringLiteral("/performance/database/slow-queries"), Access::Operator,
               [a](const HttpRequest &request) -> QCoro::Task<HttpResponse> {
                   const auto limit = util::parseLimit(request.query, 10, 1000);
                   if (!limit)
                       co_return HttpResponse::error(400, QStringLiteral("limit must be an integer in [1, 1000]"));
                   co_return HttpResponse::json(a->queryMetrics().slowQueriesJson(*limit));
               });

    http.route("GET", QStringLiteral("/performance/database/frequency"), Access::Operator,
               [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                   co_return HttpResponse::json(a->queryMetrics().frequencyJson());
               });

    addRoute(app, "GET", QStringLiteral("/performance/database/info"), Access::Operator, databaseInfo);

    addRoute(app, "POST", QStringLiteral("/performance/database/optimize"), Access::Operator, optimizeDatabase);

    http.route("GET", QStringLiteral("/performance/database/pool"), Access::Operator,
               [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                   co_return HttpResponse::json(a->pool().stats().toJson());
               });

    http.route("GET", QStringLiteral("/performance/api/stats"), Access::Operator,
               [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                   co_return HttpResponse::json(a->routeMetrics().statsJson());
               });

    http.route("GET", QStringLiteral("/performance/api/endpoints"), Access::Operator,
               [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                   co_return HttpResponse::json(a->routeMetrics().endpointsJson());
               });

    // Extension: where each route's time goes (database by statement, pool wait, cache, handler).
    http.route("GET", QStringLiteral("/performance/api/endpoints/breakdown"), Access::Operator,
               [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                   co_return HttpResponse::json(a->routeMetrics().breakdownJson());
               });

    http.route("GET", QStringLiteral("/performance/memory/stats"), Access::Operator,
               [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                   co_return HttpResponse::json(memoryStatsJson(ProcessMemory::read(), a->memoryThreshold()));
               });

    addRoute(app, "POST", QStringLiteral("/performance/memory/gc"), Access::Operator, forceGc);

    addRoute(app, "POST", QStringLiteral("/performance/memory/threshold/:threshold"), Access::Operator,
             setMemoryThreshold);

    http.route("GET", QStringLiteral("/performance/cache/stats"), Access::Operator,
               [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                   QCoro::Task<QJsonObject> stats = a->cache().statsJson();
                   const QJsonObject body = co_await stats;
                   co_return HttpResponse::json(body);
               });

    addRoute(app, "POST", QStringLiteral("/performance/cache/invalidate"), Access::Operator, invalidateCache);

    http.route("POST", QStringLiteral("/performance/clear-metrics"), Access::Operator,
               [a](const HttpRequest &) -> QCoro::Task<HttpResponse> {
                   a->queryMetrics().clear();
                   a->routeMetrics().clear();
                   co_return HttpResponse::json(
                       QJsonObject{{QStringLiteral("message"), QStringLiteral("Performance metrics cleared")}});
               });
}

} // namespace eventsd
