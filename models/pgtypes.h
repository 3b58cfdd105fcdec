#pragma once

// PostgreSQL's own view of itself, as plain values (filled by datasources/pgmonitor).

#include <QDateTime>
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
