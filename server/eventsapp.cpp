#include "eventsapp.h"

#include "health.h"
#include "jobhandlers.h"
#include "redisclient.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <malloc.h>

Q_LOGGING_CATEGORY(lcApp, "eventsd.app")

namespace eventsd {

namespace {
QByteArray secretOrRandom(const QByteArray &configured)
{
    if (!configured.isEmpty())
        return configured;
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    qCWarning(lcApp) << "no token-secret configured: tokens are valid for this process only";
    return secret;
}
} // namespace

QCoro::Task<HttpResponse> cached(Cache &cache, std::shared_ptr<RequestCost> cost, QString key, int ttlSeconds,
                                 std::function<QCoro::Task<HttpResponse>()> produce,
                                 QList<std::pair<QByteArray, QByteArray>> headers, CacheLookup lookup)
{
    HttpResponse response;
    if (key.isEmpty()) {
        QCoro::Task<HttpResponse> producing = produce();
        response = co_await producing;
        response.withHeader(QByteArrayLiteral("X-Cache"), QByteArrayLiteral("BYPASS"));
        for (auto &h : headers)
            response.headers.append(std::move(h));
        co_return response;
    }
    Cache::Hit hit;
    if (lookup == CacheLookup::Read) {
        QElapsedTimer waited;
        waited.start();
        QCoro::Task<Cache::Hit> reading = cache.get(key);
        hit = co_await reading;
        if (cost)
            cost->addCache(double(waited.nsecsElapsed()) / 1e6);
    }
    if (hit.level != Cache::Level::Miss) {
        response.body = std::move(hit.value);
        response.withHeader(QByteArrayLiteral("X-Cache"),
                            hit.level == Cache::Level::L1 ? QByteArrayLiteral("L1") : QByteArrayLiteral("L2"));
    } else {
        QCoro::Task<HttpResponse> producing = produce();
        response = co_await producing;
        if (response.status == 200)
            cache.set(key, response.body, ttlSeconds);
        response.withHeader(QByteArrayLiteral("X-Cache"),
                            lookup == CacheLookup::Read ? QByteArrayLiteral("MISS") : QByteArrayLiteral("REFRESH"));
    }
    for (auto &h : headers)
        response.headers.append(std::move(h));
    co_return response;
}

HttpResponse databaseError(const pg::Error &error)
{
    const QByteArray &state = error.sqlState();
    if (error.isConnectionError() || state == "53300" || state.startsWith("57P")) {
        // libpq's words name the host, port and role: they go to the log under an id the client is given.
        const QString incident = QString::number(QRandomGenerator::global()->generate(), 16);
        qCWarning(lcApp).noquote() << "database unavailable, incident" << incident << ":" << error.message();
        return HttpResponse::error(
            503, QStringLiteral("database unavailable (incident %1; the details are in eventsd's log)").arg(incident));
    }
    if (state == "57014")
        return HttpResponse::error(503, QStringLiteral("database statement timed out"));
    if (state == "23505")
        return HttpResponse::error(409, QStringLiteral("already exists"));
    if (state.startsWith("23") || state.startsWith("22"))
        return HttpResponse::error(
            400, QStringLiteral("rejected by the database (SQLSTATE %1)").arg(QString::fromLatin1(state)));
    // The details stay in the log: a client gets the SQLSTATE and an incident id, an operator the message.
    const QString incident = QString::number(QRandomGenerator::global()->generate(), 16);
    qCWarning(lcApp).noquote() << "database error, incident" << incident << ":" << state << error.message();
    return HttpResponse::error(
        500, QStringLiteral("database error (SQLSTATE %1, incident %2)").arg(QString::fromLatin1(state), incident));
}

EventsApp::EventsApp(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_queryMetrics(
          QueryMetrics::Options{m_config.slowQueryMs, 1000, m_config.maxStatements, m_config.slowQueryParameters})
    , m_routeMetrics(m_config.slowRequestMs)
    , m_signer(secretOrRandom(m_config.tokenSecret), m_config.tokenLifetimeSeconds)
    , m_limits({m_config.rateLimit, m_config.rateBurst}, {m_config.tokenRateLimit, m_config.tokenRateBurst},
               {m_config.monitoringRateLimit, m_config.monitoringRateBurst})
    , m_hasher(m_config.loginThreads, m_config.loginQueue)
    , m_loginThrottle(LoginThrottle::Options{})
    , m_listPages(m_config.cacheListPages)
{
    m_uptime.start();
    DbPool::Options poolOptions;
    poolOptions.conninfo = m_config.databaseUrl.toUtf8();
    poolOptions.size = m_config.poolSize;
    poolOptions.acquireTimeoutMs = m_config.acquireTimeoutMs;
    m_pool = std::make_unique<DbPool>(poolOptions, &m_queryMetrics);
    m_cache = new Cache(m_config.redisUrl, m_config.instanceId, 64 * 1024 * 1024, m_config.cacheNamespace, this);
    m_jobs = std::make_unique<JobStore>(m_cache->redis(), m_config.cacheNamespace);
    startWorkers();

    HttpServer::Options httpOptions;
    httpOptions.limits.bodyBytes = m_config.maxBodyBytes;
    httpOptions.limits.requestLineBytes = m_config.maxRequestLineBytes;
    httpOptions.limits.headerBytes = m_config.maxHeaderBytes;
    httpOptions.limits.headerFields = m_config.maxHeaderFields;
    httpOptions.timeouts.headerMs = m_config.headerTimeoutMs;
    httpOptions.timeouts.bodyIdleMs = m_config.bodyTimeoutMs;
    httpOptions.timeouts.keepAliveMs = m_config.keepAliveTimeoutMs;
    httpOptions.timeouts.writeMs = m_config.writeTimeoutMs;
    httpOptions.timeouts.parkIdleMs = m_config.parkIdleAfterMs;
    httpOptions.maxConnections = m_config.maxConnections;
    httpOptions.maxConnectionsPerAddress = m_config.maxConnectionsPerAddress;
    httpOptions.trustedProxies = m_config.trustedProxies;
    m_server = new HttpServer(httpOptions, &m_signer, &m_routeMetrics, &m_limits, this);
    addAuthRoutes(*this);
    addPerformanceRoutes(*this);
    addEventRoutes(*this);
    addRegistrationRoutes(*this);
    addPrometheusRoute(*this);
    addJobRoutes(*this);
    addReportRoutes(*this);
    m_server->limitBody("POST", QStringLiteral("/events/:id/registrations/batch"), m_config.maxBatchBodyBytes);

    // Seed 002's MemoryManager: check every 30 s and trim when the heap is fuller than the threshold.
    m_memoryTimer.setInterval(30'000);
    connect(&m_memoryTimer, &QTimer::timeout, this, &EventsApp::checkMemory);
    m_memoryTimer.start();
}

EventsApp::~EventsApp()
{
    // Stop working and serving before the pool goes: no handler may start a job on a dead pool. Jobs in flight
    // stay pending in Redis; another worker takes them over.
    qDeleteAll(m_workers);
    m_workers.clear();
    delete m_server;
    m_server = nullptr;
    m_pool.reset();
}

void EventsApp::startWorkers()
{
    const JobSettings &jobs = m_config.jobs;
    QString error;
    const auto endpoint = RedisEndpoint::parse(m_config.redisUrl, &error);
    if (!endpoint || !m_cache->redis())
        return;
    // Unique among all workers of all processes: the instance, and the process beside it on the same host.
    QByteArray consumer = m_config.instanceId.toUtf8();
    consumer.append(':').append(QByteArray::number(QCoreApplication::applicationPid()));
    for (const JobQueue queue : jobs.queues) {
        if (queue == JobQueue::Email && jobs.smtpUrl.isEmpty() && jobs.mailSpool.isEmpty()) {
            qCWarning(lcApp) << "not working the email queue: set smtp-url or mail-spool";
            continue;
        }
        m_workers.append(new JobWorker(queue, jobs.of(queue), jobs.claimIdleMs, *endpoint, m_jobs.get(), consumer,
                                       jobHandler(queue, this), this));
    }
}

quint16 EventsApp::listen()
{
    return m_server->listen(m_config.listenAddress, m_config.port) ? m_server->serverPort() : 0;
}

std::shared_ptr<void> EventsApp::exportSlot()
{
    if (m_activeExports >= m_config.maxExports)
        return nullptr;
    ++m_activeExports;
    return std::shared_ptr<void>(this, [self = QPointer<EventsApp>(this)](void *) {
        if (self)
            --self->m_activeExports;
    });
}

void EventsApp::checkMemory()
{
    const ProcessMemory memory = ProcessMemory::read();
    if (memory.heapTotal <= 0)
        return;
    const double usage = double(memory.heapUsed) / double(memory.heapTotal);
    if (usage > m_memoryThreshold) {
        // How long the event loop stood still for it goes into the log: the gzip run of eventsd-bench on 2026-12-01
        // had its p99 at 69.5 ms (3.8 ms plain), and this trim fell inside that run.
        QElapsedTimer trimming;
        trimming.start();
        m_cache->evictExpired();
        malloc_trim(0);
        qCInfo(lcApp, "heap %.0f%% over threshold %.0f%%: trimmed in %.1f ms", usage * 100, m_memoryThreshold * 100,
               double(trimming.nsecsElapsed()) / 1e6);
    }
}

void addRoute(EventsApp &app, const QByteArray &method, const QString &pattern, Access access, AppHandler handler)
{
    EventsApp *a = &app;
    app.server().route(method, pattern, access,
                       [a, handler](const HttpRequest &request) { return handler(a, request); });
}

} // namespace eventsd
