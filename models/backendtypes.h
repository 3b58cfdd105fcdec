#pragma once

// What a backend's performance API says, as plain values. Filled by datasources/backendparser from eventsd or any
// backend serving seed 002's contract; models and views take these and never see JSON.

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdash {

struct QueryMetric
{
    QString query;
    double durationMs = 0;
    QDateTime timestamp;
    QStringList parameters; ///< as text; seed backends may send them as one JSON string
    bool slow = false;
};

struct QueryFrequency
{
    QString query; ///< normalized
    qint64 count = 0;
    double avgDurationMs = 0;
    std::optional<double> maxDurationMs; ///< eventsd only
};

struct DatabaseStats
{
    qint64 totalQueries = 0;
    qint64 slowQueries = 0;
    double averageResponseTimeMs = 0;
    QList<QueryMetric> slowestQueries;
    QList<QueryFrequency> frequency; ///< from queryFrequency; empty when the backend sent `{}` (a NestJS Map)
};

struct EndpointStat
{
    QString endpoint;
    QString method;
    double avgResponseTimeMs = 0;
    qint64 requestCount = 0;
};

struct ApiStats
{
    qint64 totalRequests = 0;
    qint64 slowRequests = 0;
    double averageResponseTimeMs = 0;
    QList<EndpointStat> slowestEndpoints;
    double errorRatePercent = 0;
};

struct MemoryStats
{
    qint64 rss = 0;
    qint64 heapTotal = 0;
    qint64 heapUsed = 0;
    qint64 external = 0;
    qint64 arrayBuffers = 0;
    double usagePercent = 0;
    std::optional<double> threshold; ///< eventsd only (0..1)
};

struct DatabaseInfo
{
    QString totalSize; ///< as sent ("8 MB", "8192 kB")
    std::optional<qint64> totalSizeBytes; ///< parsed from totalSize when it has a known unit
    qint64 tableCount = 0;
    qint64 indexCount = 0;
    qint64 connectionCount = 0;
};

struct SystemInfo
{
    double uptimeSeconds = 0;
    QString version; ///< seed: nodeVersion
    QString platform;
};

struct Overview
{
    DatabaseStats database;
    ApiStats api;
    MemoryStats memory;
    SystemInfo system;
};

/// Extension: GET /performance/database/pool (seed 004 names).
struct PoolStats
{
    int totalConnections = 0;
    int idleConnections = 0;
    int waitingClients = 0;
    int poolSize = 0;
    int maxConnections = 0;
    std::optional<double> acquireWaitAvgMs;
    std::optional<double> acquireWaitP95Ms;
};

/// Extension: one entry of GET /performance/api/endpoints (seed 004's getAllMetrics).
struct EndpointPercentiles
{
    QString route; ///< "GET /events/:id"
    qint64 count = 0;
    double average = 0, median = 0, p95 = 0, p99 = 0, min = 0, max = 0;
    std::optional<qint64> totalCount; ///< eventsd: since the last clear (for rates)
    std::optional<qint64> errors;
};

/// Extension: where one route's time goes (GET /performance/api/endpoints/breakdown), since the last clear.
struct EndpointBreakdown
{
    struct Statement
    {
        QString query; ///< the backend's normalized text
        double callsPerRequest = 0;
        double averageMs = 0;
        double share = 0; ///< of the route's time, 0..1
    };
    QString route; ///< "GET /events/:id"
    qint64 requests = 0;
    double averageMs = 0;
    double database = 0, poolWait = 0, cache = 0, handler = 0; ///< shares of the route's time, 0..1
    double statementsPerRequest = 0;
    QList<Statement> statements; ///< the costliest first
};

struct CacheLevelStats
{
    qint64 hits = 0;
    qint64 misses = 0;
    qint64 keys = 0;
    qint64 bytes = 0;
};

/// Extension: GET /performance/cache/stats.
struct CacheStats
{
    double hitRate = 0; ///< 0..1
    qint64 hits = 0;
    qint64 misses = 0;
    qint64 totalKeys = 0;
    qint64 memoryUsage = 0;
    std::optional<CacheLevelStats> l1;
    std::optional<CacheLevelStats> l2;
};

/// Extension: GET /health (seed 004).
struct HealthStatus
{
    bool healthy = false;
    QString database; ///< "up" / "down" / "" when not reported
    QString redis;
    double uptimeSeconds = 0;
    QString version;
};

} // namespace opsdash

namespace opsdash {

/// What a backend may not have: eventsd's extensions to seed 002's contract (and the seed's frequency list, which a
/// port may leave out). A backend that answers 404 to one does not offer it; opsdash hides what needs it.
enum class BackendExtension : quint32 {
    Endpoints = 1 << 0, ///< per-endpoint percentiles
    Pool = 1 << 1, ///< connection pool figures
    CacheStats = 1 << 2,
    Health = 1 << 3,
    Frequency = 1 << 4, ///< the statement frequency list with averages
    EventSummary = 1 << 5, ///< one event's summary
    CacheInvalidate = 1 << 6,
    RegistrationsCsv = 1 << 7, ///< the streaming CSV export
    Queues = 1 << 8, ///< background job queues (/performance/queues)
    Reports = 1 << 9, ///< registrations reports built by the backend's report queue
    Breakdown = 1 << 10, ///< where each endpoint's time goes (/performance/api/endpoints/breakdown)
};
Q_DECLARE_FLAGS(BackendExtensions, BackendExtension)
Q_DECLARE_OPERATORS_FOR_FLAGS(BackendExtensions)

/// Which caches an invalidation reaches.
enum class CacheScope { Instance, AllInstances };

/// What a backend answers to an action: its message and, for an invalidation, how many keys went.
struct ActionAnswer
{
    QString message;
    std::optional<qint64> invalidated;
    std::optional<qint64> jobs; ///< a queue action's retried or purged jobs
};

/// What a guarded queue action does.
enum class QueueAction { RetryOne, RetryAllDead, PurgeDead, Pause, Resume };

/// One background queue's figures (GET /performance/queues). They live in the backend's Redis: every instance
/// reports the same.
struct QueueFigures
{
    QString name; ///< "email", "badge-generation", "report-generation" (a backend may have others)
    qint64 waiting = 0, active = 0, delayed = 0, completed = 0, failed = 0, dead = 0;
    double throughputPerMin = 0;
    double waitP50Ms = 0, waitP95Ms = 0, runP50Ms = 0, runP95Ms = 0;
    int workers = 0;
    bool paused = false;
};

/// A registrations report the backend builds in its report-generation queue (POST /events/:id/reports).
struct ReportStatus
{
    enum class State { Queued, Running, Ready, Failed };
    qint64 id = 0;
    qint64 eventId = 0;
    State state = State::Queued;
    std::optional<qint64> rows;
    std::optional<qint64> bytes;
    QString error; ///< remote text
    QDateTime createdAt;
    QDateTime finishedAt;
};

/// A job that failed: dead (out of attempts) or waiting for its retry.
struct QueueJob
{
    QString id; ///< the job's id ("confirmation-42")
    QString entryId; ///< what a retry of a dead job names
    int attempts = 0;
    QString error; ///< the last run's, remote text
    QDateTime failedAt;
    QDateTime retryAt; ///< retrying ones
    bool dead = false;
};

struct TroubledJobs
{
    QString queue;
    QList<QueueJob> jobs; ///< dead first (newest first), then those retrying
};

/// Everything one poll of one backend instance brought back. A member without a value was not fetched this
/// tick, failed (see `errors`) or is not offered by this backend (see `notOffered`).
struct InstanceSample
{
    QString instance; ///< base URL as configured
    qint64 timeMs = 0;
    std::optional<Overview> overview;
    std::optional<PoolStats> pool;
    std::optional<QList<EndpointPercentiles>> endpoints;
    std::optional<CacheStats> cache;
    std::optional<HealthStatus> health;
    std::optional<DatabaseInfo> info;
    std::optional<QList<QueryFrequency>> frequency; ///< GET /performance/database/frequency
    std::optional<QList<QueueFigures>> queues; ///< GET /performance/queues
    QStringList errors; ///< one sentence per failed request
    BackendExtensions notOffered; ///< extensions that answered 404, this tick or before
    bool reachable() const { return overview.has_value() || health.has_value(); }
};

} // namespace opsdash

namespace opsdash {

/// One event of GET /events/statistics (seed 000's getEventStatistics), with venue and status from GET /events.
struct EventStat
{
    qint64 id = 0;
    QString name;
    QDateTime date;
    QString venue; ///< from the events list; empty when not known
    QString status; ///< draft / published / cancelled / completed; empty when not known
    qint64 capacity = 0;
    qint64 registrations = 0;
    qint64 checkedIn = 0;
    double revenue = 0;
    std::optional<double> averagePayment; ///< null without paid transactions
};

/// One registration of GET /events/:id/registrations.
struct RegistrationItem
{
    qint64 id = 0;
    QString fullName;
    QString email;
    QDateTime createdAt;
    bool checkedIn = false;
    QString paymentStatus;
    std::optional<double> amount;
};

/// One event's detail figures (GET /events/:id/summary, or the same SQL straight from PostgreSQL).
struct EventSummary
{
    struct Day
    {
        QDate day; ///< UTC
        qint64 registrations = 0;
        qint64 checkedIn = 0; ///< check-ins made that day
    };
    struct Payment
    {
        QString status; ///< PAID, PENDING, FAILED, REFUNDED (the latest transaction's; PENDING without one)
        qint64 count = 0;
        double amount = 0;
    };
    qint64 eventId = 0;
    QString name;
    QDateTime date;
    qint64 capacity = 0;
    qint64 registrations = 0;
    qint64 checkedIn = 0;
    QList<Day> days; ///< oldest first, only days with something
    QList<Payment> payments; ///< most registrations first
};

/// A keyset page: the items and where the next page starts.
template<typename T>
struct CursorPage
{
    QList<T> items;
    bool hasNextPage = false;
    QString nextCursor;
};

} // namespace opsdash
