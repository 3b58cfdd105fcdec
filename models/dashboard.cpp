#include "dashboard.h"

#include "format.h"
#include "tables.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace opsdash {

namespace {

// Sums (or other combinations) over the instances that answered this tick.
struct Accumulator
{
    double sum = 0;
    double max = -std::numeric_limits<double>::infinity();
    int n = 0;
    void add(std::optional<double> v)
    {
        if (!v)
            return;
        sum += *v;
        max = std::max(max, *v);
        ++n;
    }
    std::optional<double> total() const { return n ? std::optional(sum) : std::nullopt; }
    std::optional<double> highest() const { return n ? std::optional(max) : std::nullopt; }
};

void put(MetricStore &store, Metric metric, qint64 timeMs, std::optional<double> value)
{
    if (value && std::isfinite(*value))
        store.append(metric, timeMs, *value);
    else
        store.appendGap(metric, timeMs);
}

double cdfAt(const EndpointPercentiles &e, double x)
{
    const std::array<double, 5> p{0.0, 0.5, 0.95, 0.99, 1.0};
    std::array<double, 5> v{e.min, e.median, e.p95, e.p99, e.max};
    for (std::size_t k = 1; k < v.size(); ++k)
        v[k] = std::max(v[k], v[k - 1]); // defensive: quantiles never decrease
    if (x < v.front())
        return 0;
    if (x >= v.back())
        return 1;
    double out = 0;
    for (std::size_t k = 0; k + 1 < v.size(); ++k) {
        if (x < v[k] || x > v[k + 1])
            continue;
        out = v[k + 1] == v[k] ? p[k + 1] : p[k] + (p[k + 1] - p[k]) * (x - v[k]) / (v[k + 1] - v[k]);
    }
    return out;
}

} // namespace

std::optional<double> estimateQuantile(const QList<EndpointPercentiles> &endpoints, double q)
{
    double weight = 0, lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const EndpointPercentiles &e : endpoints) {
        if (e.count <= 0)
            continue;
        weight += double(e.count);
        lo = std::min(lo, e.min);
        hi = std::max({hi, e.max, e.p99, e.p95, e.median});
    }
    if (weight <= 0)
        return std::nullopt;
    auto cdf = [&](double x) {
        double sum = 0;
        for (const EndpointPercentiles &e : endpoints)
            if (e.count > 0)
                sum += double(e.count) * cdfAt(e, x);
        return sum / weight;
    };
    for (int i = 0; i < 60 && hi - lo > 1e-6; ++i) {
        const double mid = (lo + hi) / 2;
        if (cdf(mid) < q)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}

Dashboard::Dashboard(std::size_t historyCapacity, QObject *parent)
    : QObject(parent)
    , m_store(historyCapacity)
    , m_endpoints(tables::endpointColumns())
    , m_slowQueries(tables::slowQueryColumns())
    , m_frequency(tables::frequencyColumns())
    , m_alertLog(tables::alertColumns())
    , m_instances(tables::instanceColumns())
    , m_updateTimer(new QTimer(this))
{
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(50);
    connect(m_updateTimer, &QTimer::timeout, this, &Dashboard::updated);
    setThresholds(m_thresholds);
}

void Dashboard::changed()
{
    if (!m_updateTimer->isActive())
        m_updateTimer->start();
}

void Dashboard::setThresholds(const Thresholds &t)
{
    m_thresholds = t;
    QList<AlertRule> rules = AlertEngine::defaultRules(qint64(t.holdSeconds) * 1000);
    for (AlertRule &rule : rules) {
        switch (rule.metric) {
        case Metric::ApiP95Ms:
            rule.threshold = t.apiP95Ms;
            break;
        case Metric::DbAvgQueryMs:
            rule.threshold = t.dbQueryMs;
            break;
        case Metric::PoolWaiting:
            rule.threshold = t.poolWaiting;
            break;
        case Metric::HeapUsagePercent:
            rule.threshold = t.heapPercent;
            break;
        case Metric::CacheHitRate:
            rule.threshold = t.cacheHitPercent;
            break;
        case Metric::ErrorRatePercent:
            rule.threshold = t.errorRatePercent;
            break;
        default:
            break;
        }
    }
    m_alerts.setRules(rules);
}

void Dashboard::addBackendTick(qint64 timeMs, const QList<InstanceSample> &samples)
{
    Accumulator rps, errorsPerSec, avgWeighted, avgPlain, p95, p99, slowPerMin, dbAvg;
    Accumulator rss, heapUsed, heapTotal, usage, thresholdBytes, poolTotal, poolIdle, poolWaiting;
    Accumulator hitsPerSec, missesPerSec;
    std::optional<double> cumulativeHitRate;
    QList<TableRow> endpointRows, slowRows, frequencyRows, instanceRows;
    int up = 0;
    m_memory.reset();
    m_cache.reset();
    m_pool.reset();

    for (const InstanceSample &s : samples) {
        InstanceState &state = m_instanceStates[s.instance];
        m_notOffered |= s.notOffered;
        state.up = s.reachable();
        if (state.up)
            ++up;
        if (s.overview) {
            const Overview &o = *s.overview;
            const auto requests = state.requests.update(timeMs, double(o.api.totalRequests));
            const auto errors =
                state.errors.update(timeMs, o.api.errorRatePercent / 100.0 * double(o.api.totalRequests));
            rps.add(requests);
            if (requests && errors)
                errorsPerSec.add(std::max(0.0, *errors));
            if (requests && *requests > 0)
                avgWeighted.add(o.api.averageResponseTimeMs * *requests);
            avgPlain.add(o.api.averageResponseTimeMs);
            if (const auto slow = state.slowQueries.update(timeMs, double(o.database.slowQueries)))
                slowPerMin.add(*slow * 60.0);
            dbAvg.add(o.database.averageResponseTimeMs);
            rss.add(double(o.memory.rss));
            heapUsed.add(double(o.memory.heapUsed));
            heapTotal.add(double(o.memory.heapTotal));
            usage.add(o.memory.usagePercent);
            if (o.memory.threshold)
                thresholdBytes.add(*o.memory.threshold * double(o.memory.heapTotal));
            if (!m_memory)
                m_memory = o.memory;
            slowRows += tables::slowQueryRows(s.instance, o.database.slowestQueries, m_thresholds.dbQueryMs);
            const QList<QueryFrequency> &frequency =
                s.frequency && !s.frequency->isEmpty() ? *s.frequency : o.database.frequency;
            frequencyRows += tables::frequencyRows(s.instance, frequency, m_thresholds.dbQueryMs);
            if (!s.endpoints)
                endpointRows += tables::endpointRows(s.instance, o.api.slowestEndpoints, m_thresholds.apiP95Ms);
            m_backendSeen = true;
        }
        if (s.endpoints) {
            p95.add(estimateQuantile(*s.endpoints, 0.95));
            p99.add(estimateQuantile(*s.endpoints, 0.99));
            endpointRows += tables::endpointRows(s.instance, *s.endpoints, m_thresholds.apiP95Ms);
        }
        if (s.pool) {
            poolTotal.add(s.pool->totalConnections);
            poolIdle.add(s.pool->idleConnections);
            poolWaiting.add(s.pool->waitingClients);
            if (!m_pool)
                m_pool = s.pool;
        }
        if (s.cache) {
            hitsPerSec.add(state.cacheHits.update(timeMs, double(s.cache->hits)));
            missesPerSec.add(state.cacheMisses.update(timeMs, double(s.cache->misses)));
            if (!cumulativeHitRate)
                cumulativeHitRate = s.cache->hitRate * 100.0;
            if (!m_cache)
                m_cache = s.cache;
        }
        if (s.info) // fetched every few ticks only: kept until the next one
            m_databaseInfo = s.info;

        instanceRows.append(tables::instanceRow(s, state.up));
    }
    m_instancesUp = up;

    put(m_store, Metric::RequestsPerSecond, timeMs, rps.total());
    std::optional<double> avg;
    if (rps.total() && *rps.total() > 0 && avgWeighted.n)
        avg = avgWeighted.sum / *rps.total();
    else if (avgPlain.n)
        avg = avgPlain.sum / avgPlain.n;
    put(m_store, Metric::ApiAvgMs, timeMs, avg);
    put(m_store, Metric::ApiP95Ms, timeMs, p95.highest());
    put(m_store, Metric::ApiP99Ms, timeMs, p99.highest());
    std::optional<double> errorRate;
    if (rps.total())
        errorRate = *rps.total() > 0 ? std::clamp(errorsPerSec.sum / *rps.total() * 100.0, 0.0, 100.0) : 0.0;
    put(m_store, Metric::ErrorRatePercent, timeMs, errorRate);
    put(m_store, Metric::SlowQueriesPerMinute, timeMs, slowPerMin.total());
    put(m_store, Metric::DbAvgQueryMs, timeMs, dbAvg.highest());
    put(m_store, Metric::Rss, timeMs, rss.total());
    put(m_store, Metric::HeapUsed, timeMs, heapUsed.total());
    put(m_store, Metric::HeapTotal, timeMs, heapTotal.total());
    put(m_store, Metric::HeapUsagePercent, timeMs, usage.highest());
    put(m_store, Metric::MemoryThresholdBytes, timeMs, thresholdBytes.total());
    put(m_store, Metric::PoolTotal, timeMs, poolTotal.total());
    put(m_store, Metric::PoolIdle, timeMs, poolIdle.total());
    put(m_store, Metric::PoolWaiting, timeMs, poolWaiting.total());
    put(m_store, Metric::CacheHitsPerSecond, timeMs, hitsPerSec.total());
    put(m_store, Metric::CacheMissesPerSecond, timeMs, missesPerSec.total());
    std::optional<double> hitRate = cumulativeHitRate;
    if (hitsPerSec.total() && missesPerSec.total() && *hitsPerSec.total() + *missesPerSec.total() > 0)
        hitRate = *hitsPerSec.total() / (*hitsPerSec.total() + *missesPerSec.total()) * 100.0;
    put(m_store, Metric::CacheHitRate, timeMs, hitRate);

    // An instance that did not answer keeps no rows: its figures would be stale.
    m_endpoints.setRows(endpointRows);
    m_slowQueries.setRows(slowRows);
    m_frequency.setRows(frequencyRows);
    m_instances.setRows(instanceRows);

    m_lastTimeMs = timeMs;
    evaluateAlerts(timeMs);
    m_store.notify();
    changed();
}

void Dashboard::addPgSample(qint64 timeMs, const std::optional<PgSnapshot> &snapshot, const QString &error)
{
    m_pgError = error;
    if (!snapshot) {
        for (Metric m :
             {Metric::DbCommitsPerSecond, Metric::DbRollbacksPerSecond, Metric::DbCacheHitRatio, Metric::SessionsActive,
              Metric::SessionsIdle, Metric::SessionsIdleInTransaction, Metric::SessionsWaiting})
            m_store.appendGap(m, timeMs);
        m_store.notify();
        changed();
        return;
    }
    m_pg = snapshot;
    const PgDatabaseCounters &c = snapshot->counters;
    put(m_store, Metric::DbCommitsPerSecond, timeMs, m_pgState.commits.update(timeMs, double(c.xactCommit)));
    put(m_store, Metric::DbRollbacksPerSecond, timeMs, m_pgState.rollbacks.update(timeMs, double(c.xactRollback)));
    const auto hit = m_pgState.blocksHit.update(timeMs, double(c.blocksHit));
    const auto read = m_pgState.blocksRead.update(timeMs, double(c.blocksRead));
    std::optional<double> ratio;
    if (hit && read && *hit + *read > 0)
        ratio = *hit / (*hit + *read) * 100.0;
    else if (snapshot->cacheHitRatio)
        ratio = *snapshot->cacheHitRatio * 100.0;
    put(m_store, Metric::DbCacheHitRatio, timeMs, ratio);
    put(m_store, Metric::SessionsActive, timeMs, snapshot->sessions.active);
    put(m_store, Metric::SessionsIdle, timeMs, snapshot->sessions.idle);
    put(m_store, Metric::SessionsIdleInTransaction, timeMs, snapshot->sessions.idleInTransaction);
    put(m_store, Metric::SessionsWaiting, timeMs, snapshot->sessions.waiting);
    m_lastTimeMs = std::max(m_lastTimeMs, timeMs);
    m_store.notify();
    changed();
}

void Dashboard::addBouncerSample(qint64 timeMs, const std::optional<PgBouncerSample> &sample, const QString &error)
{
    m_bouncerError = error;
    m_bouncer = sample;
    const std::pair<Metric, std::optional<double>> values[] = {
        {Metric::BouncerClientsActive, sample ? std::optional<double>(sample->clientsActive) : std::nullopt},
        {Metric::BouncerClientsWaiting, sample ? std::optional<double>(sample->clientsWaiting) : std::nullopt},
        {Metric::BouncerServersActive, sample ? std::optional<double>(sample->serversActive) : std::nullopt},
        {Metric::BouncerServersIdle, sample ? std::optional<double>(sample->serversIdle) : std::nullopt},
        {Metric::BouncerMaxWaitMs, sample ? std::optional<double>(sample->maxWaitMs) : std::nullopt}};
    for (const auto &[metric, value] : values) {
        if (value)
            m_store.append(metric, timeMs, *value);
        else
            m_store.appendGap(metric, timeMs);
    }
    m_store.notify();
    changed();
}

void Dashboard::evaluateAlerts(qint64 timeMs)
{
    const QList<AlertEvent> events = m_alerts.evaluate(timeMs, m_store);
    for (const AlertEvent &e : events) {
        m_alertLog.upsertRow(tables::alertRow(e, timeMs, ++m_alertSerial));
        Q_EMIT alertEvent(e);
    }
}

TileState Dashboard::tile(Metric metric) const
{
    TileState t;
    t.value = m_store.latest(metric);
    if (!t.value)
        return t;
    for (const AlertRule &rule : m_alerts.rules()) {
        if (rule.metric != metric)
            continue;
        if (m_alerts.isActive(rule.id))
            t.severity = Severity::Critical;
        else if (rule.above ? *t.value > rule.threshold : *t.value < rule.threshold)
            t.severity = Severity::Warning;
    }
    return t;
}

} // namespace opsdash
