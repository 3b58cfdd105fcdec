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

void put(MetricStore &store, Metric metric, qint64 timeMs, std::optional<double> value)
{
    if (value && std::isfinite(*value))
        store.append(metric, timeMs, *value);
    else
        store.appendGap(metric, timeMs);
}

} // namespace

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
    m_alerts.setRules(AlertEngine::rulesFor(t));
}

void Dashboard::addBackendTick(qint64 timeMs, const QList<InstanceSample> &samples)
{
    for (const auto &[metric, value] : m_aggregate.add(timeMs, samples))
        put(m_store, metric, timeMs, value);

    // Tables, and the latest figures of the first instance that gave them. An instance that did not answer keeps
    // no rows: its figures would be stale.
    QList<TableRow> endpointRows, slowRows, frequencyRows, instanceRows;
    m_memory.reset();
    m_cache.reset();
    m_pool.reset();
    for (const InstanceSample &s : samples) {
        m_notOffered |= s.notOffered;
        if (s.overview) {
            const Overview &o = *s.overview;
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
        if (s.endpoints)
            endpointRows += tables::endpointRows(s.instance, *s.endpoints, m_thresholds.apiP95Ms);
        if (s.pool && !m_pool)
            m_pool = s.pool;
        if (s.cache && !m_cache)
            m_cache = s.cache;
        if (s.info) // fetched every few ticks only: kept until the next one
            m_databaseInfo = s.info;
        instanceRows.append(tables::instanceRow(s, s.reachable()));
    }
    m_endpoints.setRows(endpointRows);
    m_slowQueries.setRows(slowRows);
    m_frequency.setRows(frequencyRows);
    m_instances.setRows(instanceRows);

    addQueues(timeMs, samples);
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

void Dashboard::addQueues(qint64 timeMs, const QList<InstanceSample> &samples)
{
    m_queues.reset();
    for (const InstanceSample &s : samples)
        if (s.queues && !m_queues)
            m_queues = s.queues;
    std::optional<double> waiting, dead;
    std::array<std::optional<double>, allQueueNames.size()> queueWaiting, throughput;
    if (m_queues) {
        waiting = dead = 0;
        for (const QueueFigures &q : *m_queues) {
            *waiting += double(q.waiting);
            *dead += double(q.dead);
            if (const auto known = queueFromName(q.name)) {
                queueWaiting[std::size_t(*known)] = double(q.waiting);
                throughput[std::size_t(*known)] = q.throughputPerMin;
            }
        }
    }
    put(m_store, Metric::QueueWaiting, timeMs, waiting);
    put(m_store, Metric::QueueDead, timeMs, dead);
    for (const QueueName q : allQueueNames) {
        put(m_store, queueWaitingMetric(q), timeMs, queueWaiting[std::size_t(q)]);
        put(m_store, queueThroughputMetric(q), timeMs, throughput[std::size_t(q)]);
    }
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
