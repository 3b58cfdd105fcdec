#pragma once

#include "alerts.h"
#include "backendaggregate.h"
#include "backendtypes.h"
#include "metricstore.h"
#include "palette.h"
#include "pgtypes.h"
#include "rowtablemodel.h"
#include "thresholds.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace opsdash {

/// How a tile looks: the latest value and how it stands against its threshold.
struct TileState
{
    std::optional<double> value;
    Severity severity = Severity::Normal; ///< Warning: over the threshold, not yet held; Critical: alert raised
};

/// What the dashboard knows: fed with value structs by the poller (one call per tick and source), it keeps the
/// history, the table models, the instance health and the alerts. No I/O; pages read it and listen to updated().
class Dashboard : public QObject
{
    Q_OBJECT

public:
    Dashboard(std::size_t historyCapacity, QObject *parent = nullptr);

    void setThresholds(const Thresholds &thresholds);
    const Thresholds &thresholds() const { return m_thresholds; }

    /// One backend tick: every instance's sample at the same time.
    void addBackendTick(qint64 timeMs, const QList<InstanceSample> &samples);
    /// One PostgreSQL poll; no snapshot means it failed with `error`.
    void addPgSample(qint64 timeMs, const std::optional<PgSnapshot> &snapshot, const QString &error);
    void addBouncerSample(qint64 timeMs, const std::optional<PgBouncerSample> &sample, const QString &error);
    const std::optional<PgBouncerSample> &bouncer() const { return m_bouncer; }
    QString bouncerError() const { return m_bouncerError; }

    MetricStore &store() { return m_store; }
    const MetricStore &store() const { return m_store; }
    AlertEngine &alerts() { return m_alerts; }
    RowTableModel *endpointsModel() { return &m_endpoints; }
    RowTableModel *slowQueriesModel() { return &m_slowQueries; }
    RowTableModel *frequencyModel() { return &m_frequency; }
    RowTableModel *alertsModel() { return &m_alertLog; }
    RowTableModel *instancesModel() { return &m_instances; }

    TileState tile(Metric metric) const;
    /// Latest figures of the backend (first reachable instance for the per-instance ones).
    const std::optional<DatabaseInfo> &databaseInfo() const { return m_databaseInfo; }
    const std::optional<MemoryStats> &memory() const { return m_memory; }
    const std::optional<CacheStats> &cache() const { return m_cache; }
    const std::optional<PoolStats> &pool() const { return m_pool; }
    /// The backend's queues (from the first instance that gave them: every instance reports the same).
    const std::optional<QList<QueueFigures>> &queues() const { return m_queues; }
    const std::optional<PgSnapshot> &pgSnapshot() const { return m_pg; }
    /// False once some instance answered 404 to the extension.
    bool offers(BackendExtension extension) const { return !m_notOffered.testFlag(extension); }
    bool hasBackendData() const { return m_backendSeen; }
    bool hasPgData() const { return m_pg.has_value(); }
    int instancesUp() const { return m_aggregate.instancesUp(); }
    int instanceCount() const { return m_aggregate.instanceCount(); }
    QString pgError() const { return m_pgError; }
    qint64 lastTimeMs() const { return m_lastTimeMs; }

Q_SIGNALS:
    /// Something changed: coalesced, at most one per 50 ms (a tick's backend, PostgreSQL and pgbouncer answers land
    /// together), so a visible page redraws once per tick, not once per source.
    void updated();
    void alertEvent(const opsdash::AlertEvent &event);

private:
    void changed();
    std::optional<PgBouncerSample> m_bouncer;
    QString m_bouncerError;
    struct PgState
    {
        RateTracker commits, rollbacks, blocksHit, blocksRead;
    };
    void evaluateAlerts(qint64 timeMs);
    void addQueues(qint64 timeMs, const QList<InstanceSample> &samples);

    Thresholds m_thresholds;
    MetricStore m_store;
    AlertEngine m_alerts;
    RowTableModel m_endpoints;
    RowTableModel m_slowQueries;
    RowTableModel m_frequency;
    RowTableModel m_alertLog;
    RowTableModel m_instances;
    BackendAggregate m_aggregate;
    PgState m_pgState;
    std::optional<DatabaseInfo> m_databaseInfo;
    std::optional<MemoryStats> m_memory;
    std::optional<CacheStats> m_cache;
    std::optional<PoolStats> m_pool;
    std::optional<QList<QueueFigures>> m_queues;
    std::optional<PgSnapshot> m_pg;
    QString m_pgError;
    BackendExtensions m_notOffered;
    QTimer *m_updateTimer; ///< coalesces updated()
    bool m_backendSeen = false;
    qint64 m_lastTimeMs = 0;
    int m_alertSerial = 0;
};

} // namespace opsdash
