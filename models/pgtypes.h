#pragma once

// PostgreSQL's own view of itself, as plain values (filled by datasources/pgmonitor).

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace opsdash {

/// pg_stat_database for the monitored database: cumulative counters since stats_reset.
struct PgDatabaseCounters
{
    qint64 xactCommit = 0;
    qint64 xactRollback = 0;
    qint64 blocksRead = 0;
    qint64 blocksHit = 0;
    qint64 deadlocks = 0;
    qint64 tempBytes = 0;
    QDateTime statsReset;
};

/// pg_stat_activity client sessions of the monitored database, by state.
struct PgSessionCounts
{
    int active = 0;
    int idle = 0;
    int idleInTransaction = 0;
    int waiting = 0; ///< active and waiting on a lock
    int total = 0;
    double longestTransactionSeconds = 0;
};

/// One pgbouncer pool (SHOW POOLS): a database and user pair.
struct PgBouncerPool
{
    QString database;
    QString user;
    int clientsActive = 0;
    int clientsWaiting = 0;
    int serversActive = 0;
    int serversIdle = 0;
    int serversUsed = 0;
    double maxWaitMs = 0; ///< the longest a waiting client has waited
    QString mode;
};

/// pgbouncer's pools for the monitored database, summed, with SHOW STATS averages.
struct PgBouncerSample
{
    QList<PgBouncerPool> pools; ///< every pool but the admin console's
    int clientsActive = 0;
    int clientsWaiting = 0;
    int serversActive = 0;
    int serversIdle = 0;
    double maxWaitMs = 0;
    std::optional<double> avgQueryMs; ///< SHOW STATS avg_query_time of the database
    std::optional<double> avgWaitMs; ///< SHOW STATS avg_wait_time
};

struct PgSnapshot
{
    QDateTime takenAt;
    QString serverVersion;
    PgDatabaseCounters counters;
    PgSessionCounts sessions;
    /// blocks hit / (hit + read) over the counters' lifetime; nullopt before any block was touched
    std::optional<double> cacheHitRatio;
};

} // namespace opsdash
