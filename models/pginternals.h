#pragma once

// PostgreSQL's internals as plain values (filled by datasources/pginternals): sessions, tables, indexes, and the
// judgements made on them (blocking chains, duplicate and unused indexes, index candidates).

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace opsdash {

/// One backend of pg_stat_activity in the monitored database.
/// Exactly one session: a pid alone may belong to another session by the time it is signalled.
struct PgSessionTarget
{
    int pid = 0;
    qint64 backendStartMs = 0; ///< pg_stat_activity.backend_start, as read (milliseconds since the epoch)
};

struct PgSession
{
    int pid = 0;
    QString user;
    QString application;
    QString client; ///< address, or empty for a local socket
    QString state; ///< active, idle, idle in transaction, … (empty for background workers)
    QString waitEventType;
    QString waitEvent;
    QDateTime backendStart;
    PgSessionTarget target() const { return {pid, backendStart.toMSecsSinceEpoch()}; }
    QDateTime transactionStart;
    QDateTime queryStart;
    QDateTime stateChange;
    QString query; ///< cut to a few thousand characters by the server
    QList<int> blockedBy; ///< pg_blocking_pids
    QString backendType;
    bool own = false; ///< opsdash's own connection
    bool maySignal = false; ///< the server says this role may cancel or terminate it
    bool maintenanceMaySignal = false; ///< the same for the profile's maintenance role
};

/// One user table of pg_stat_user_tables with its size.
struct PgTableHealth
{
    qint64 relid = 0;
    QString schema;
    QString name;
    qint64 liveTuples = 0;
    qint64 deadTuples = 0;
    QDateTime lastVacuum; ///< the later of manual and auto
    QDateTime lastAnalyze; ///< the later of manual and auto
    qint64 seqScans = 0;
    qint64 seqTuplesRead = 0;
    qint64 indexScans = 0;
    qint64 totalBytes = 0; ///< pg_total_relation_size; -1: unknown (the table is locked ACCESS EXCLUSIVE)
    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    /// dead / (live + dead); nullopt for an empty table
    std::optional<double> deadRatio() const;
};

/// One user index with what makes two indexes the same.
struct PgIndexHealth
{
    qint64 indexRelid = 0;
    qint64 tableRelid = 0;
    QString schema;
    QString table;
    QString name;
    qint64 scans = 0;
    qint64 bytes = 0; ///< -1: unknown (locked)
    bool unique = false;
    bool primary = false;
    bool constraint = false; ///< backs a constraint (unique, exclusion, PK): never "unused"
    QString definition; ///< pg_get_indexdef
    QString columns; ///< indkey, e.g. "2 3"
    QString opclasses; ///< indclass
    QString expressions; ///< pg_get_expr(indexprs)
    QString predicate; ///< pg_get_expr(indpred)
    QString method; ///< btree, hash, gin, …
};

/// What maintenance may be run on a table (each takes SHARE UPDATE EXCLUSIVE on it).
enum class MaintenanceKind { VacuumAnalyze, Analyze, ReindexTable, ReindexIndex };

/// A session holding a lock on a table that a maintenance statement would wait for.
struct PgLockHolder
{
    int pid = 0;
    QString user;
    QString state;
    QString mode; ///< e.g. RowExclusiveLock
    QString query;
    double seconds = 0; ///< in its transaction (or query)
};

/// A table's figures before and after maintenance, and who would block it.
struct PgMaintenanceFigures
{
    bool found = false;
    PgTableHealth table;
    QList<PgLockHolder> conflicting;
    /// "12.0 MiB, 50,000 dead rows of 150,000 (33.3 %), vacuumed 22:41"
    QString summary() const;
};

/// A maintenance statement's progress (pg_stat_progress_vacuum, _analyze, _create_index).
struct PgProgress
{
    bool running = false;
    QString command; ///< vacuum, analyze, index
    QString phase;
    qint64 total = 0;
    qint64 done = 0;
};

struct PgHealth
{
    QList<PgTableHealth> tables;
    QList<PgIndexHealth> indexes;
};

namespace pghealth {

/// Sessions in blocking chains, each with its depth: roots (blocking others, not blocked) at 0, the sessions
/// they block below them, in the order a tree view shows them. Sessions in no chain are left out.
struct BlockingNode
{
    int pid = 0;
    int depth = 0;
    int blocks = 0; ///< sessions it blocks directly
};
QList<BlockingNode> blockingTree(const QList<PgSession> &sessions);

/// Indexes never scanned since the statistics' reset that back no constraint, largest first.
QList<PgIndexHealth> unusedIndexes(const QList<PgIndexHealth> &indexes);

/// Pairs (redundant, kept): the same table, method, columns, operator classes, expressions and predicate; or a
/// plain btree whose columns are a leading prefix of another btree's on the same table (the longer one serves
/// its queries). An index backing a constraint is never the redundant one.
struct DuplicateIndex
{
    PgIndexHealth redundant;
    PgIndexHealth kept;
    bool exact = false; ///< exactly the same; false: a prefix of `kept`
};
QList<DuplicateIndex> duplicateIndexes(const QList<PgIndexHealth> &indexes);

/// Tables read mostly by sequential scans of many rows: at least `minSeqScans` scans averaging at least
/// `minRowsPerScan` rows, and more sequential than index scans.
QList<PgTableHealth> indexCandidates(const QList<PgTableHealth> &tables, qint64 minSeqScans = 50,
                                     qint64 minRowsPerScan = 10000);

} // namespace pghealth

} // namespace opsdash
