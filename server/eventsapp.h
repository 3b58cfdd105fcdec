#pragma once

#include "auth.h"
#include "cache.h"
#include "config.h"
#include "dbpool.h"
#include "http.h"
#include "jobs.h"
#include "loginguard.h"
#include "querymetrics.h"
#include "ratelimiter.h"
#include "routemetrics.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace eventsd {

/// Everything one eventsd instance runs: metrics, the database pool, auth, the HTTP server and its routes.
class EventsApp : public QObject
{
    Q_OBJECT

public:
    explicit EventsApp(Config config, QObject *parent = nullptr);
    ~EventsApp() override;

    /// Starts listening; returns the port (useful with port 0), or 0 on failure.
    quint16 listen();

    const Config &config() const { return m_config; }
    QueryMetrics &queryMetrics() { return m_queryMetrics; }
    RouteMetrics &routeMetrics() { return m_routeMetrics; }
    DbPool &pool() { return *m_pool; }
    const TokenSigner &signer() const { return m_signer; }
    HttpServer &server() { return *m_server; }
    Cache &cache() { return *m_cache; }
    JobStore &jobs() { return *m_jobs; }
    PasswordHasher &passwordHasher() { return m_hasher; }
    KeyBudget &listPageBudget() { return m_listPages; }
    LoginThrottle &loginThrottle() { return m_loginThrottle; }
    double uptimeSeconds() const { return double(m_uptime.elapsed()) / 1000.0; }

    /// A slot among the concurrent CSV exports (Config::maxExports), or none when all are taken.
    std::shared_ptr<void> exportSlot();

    double memoryThreshold() const { return m_memoryThreshold; }
    void setMemoryThreshold(double threshold) { m_memoryThreshold = threshold; }

private:
    void checkMemory();
    void startWorkers();

    Config m_config;
    QueryMetrics m_queryMetrics;
    RouteMetrics m_routeMetrics;
    TokenSigner m_signer;
    RequestLimits m_limits;
    PasswordHasher m_hasher;
    LoginThrottle m_loginThrottle;
    KeyBudget m_listPages;
    std::unique_ptr<DbPool> m_pool;
    Cache *m_cache;
    std::unique_ptr<JobStore> m_jobs;
    QList<QObject *> m_workers; ///< this process's JobWorkers
    HttpServer *m_server;
    QElapsedTimer m_uptime;
    QTimer m_memoryTimer;
    double m_memoryThreshold = 0.8;
    int m_activeExports = 0;
};

/// A route whose handler is a named coroutine of the app and the request (the routes' files are lists of these).
using AppHandler = QCoro::Task<HttpResponse> (*)(EventsApp *app, const HttpRequest &request);
void addRoute(EventsApp &app, const QByteArray &method, const QString &pattern, Access access, AppHandler handler);

void addAuthRoutes(EventsApp &app);
void addPerformanceRoutes(EventsApp &app);
void addEventRoutes(EventsApp &app);
void addRegistrationRoutes(EventsApp &app);
void addPrometheusRoute(EventsApp &app);
void addJobRoutes(EventsApp &app);
void addReportRoutes(EventsApp &app);

/// Whether cached() may answer from the cache (Read) or must produce a fresh answer and store it (Refresh: a
/// client's `Cache-Control: no-cache`).
enum class CacheLookup { Read, Refresh };

/// Serves `key` from the cache, or awaits `produce` and caches its body for `ttlSeconds` when it is a 200.
/// Answers carry `X-Cache: L1`, `L2`, `MISS` or `REFRESH` (`BYPASS` when `key` is empty: not cached), plus
/// `headers`. The lookup's time counts into `cost` (the request's).
QCoro::Task<HttpResponse> cached(Cache &cache, std::shared_ptr<RequestCost> cost, QString key, int ttlSeconds,
                                 std::function<QCoro::Task<HttpResponse>()> produce,
                                 QList<std::pair<QByteArray, QByteArray>> headers = {},
                                 CacheLookup lookup = CacheLookup::Read);

/// Maps a database failure to a response: 503 when the database is unreachable or the pool is exhausted,
/// 409/400 for constraint violations, 500 otherwise.
HttpResponse databaseError(const pg::Error &error);

} // namespace eventsd
