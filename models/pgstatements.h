#pragma once

// pg_stat_statements over time: the counters of each statement as sampled, and their deltas over a time range.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace opsdash {

/// A statement's cumulative counters (pg_stat_statements 1.10), as read at one moment.
struct PgStatementCounters
{
    qint64 calls = 0;
    double totalMs = 0; ///< total_exec_time
    qint64 rows = 0;
    qint64 sharedHit = 0;
    qint64 sharedRead = 0;
    qint64 tempRead = 0;
    qint64 tempWritten = 0;

    PgStatementCounters operator-(const PgStatementCounters &o) const;
    bool operator==(const PgStatementCounters &) const = default;
    /// Some counter went down: the entry was reset or evicted and counted again since.
    bool isBelow(const PgStatementCounters &o) const;
};

/// One row of pg_stat_statements for the monitored database. The key is (userid, queryid, toplevel) as a string.
struct PgStatement
{
    QString key;
    qint64 queryId = 0;
    QString user;
    bool topLevel = true;
    PgStatementCounters counters;
};

/// One poll of pg_stat_statements.
struct PgStatementsSample
{
    qint64 timeMs = 0;
    QList<PgStatement> statements;
    QDateTime statsReset; ///< pg_stat_statements_info.stats_reset: everything before is gone
};

/// A statement's activity over a time range.
struct PgStatementDelta
{
    QString key;
    qint64 queryId = 0;
    QString user;
    PgStatementCounters delta; ///< over the range (or since the statement's reset/first sighting within it)
    bool sinceReset = false; ///< the counters restarted inside the range: the delta covers less than the range
    double meanMs() const { return delta.calls > 0 ? delta.totalMs / double(delta.calls) : 0; }
    /// shared blocks hit / (hit + read); nullopt without block access
    std::optional<double> hitRatio() const;
};

/// The history of every statement's counters, kept sparsely: a statement gets a point only when its counters
/// changed, so memory follows activity, not the number of statements times the number of polls. Each statement
/// keeps at most `maxPointsPerStatement` points (the oldest go first); statements gone from pg_stat_statements
/// (evicted or reset) are forgotten once their last point is older than the history's span.
class PgStatementHistory
{
public:
    explicit PgStatementHistory(int maxPointsPerStatement = 2880, qint64 spanMs = 24 * 3600 * 1000LL);

    void add(const PgStatementsSample &sample);
    void clear();

    /// Every statement that ran between `fromMs` and the latest sample, with its counters' growth; a statement
    /// first seen inside the range counts from zero (it was not in pg_stat_statements before), so the first poll
    /// after opsdash starts gives the totals since the statistics' reset for everything.
    QList<PgStatementDelta> deltas(qint64 fromMs) const;
    /// Every statement's counters as last read: the totals since pg_stat_statements was reset (or the statement
    /// entered it). What there is to show before a second poll gives a range.
    QList<PgStatementDelta> totals() const;
    /// Calls per second and mean milliseconds per call between consecutive points of one statement, from
    /// `fromMs` on (x = time in ms). Empty for an unknown key.
    struct Rates
    {
        QList<QPointF> callsPerSecond;
        QList<QPointF> meanMs;
    };
    Rates rates(const QString &key, qint64 fromMs) const;

    qint64 latestTimeMs() const { return m_latestMs; }
    qint64 firstTimeMs() const { return m_firstMs; }
    /// pg_stat_statements_info.stats_reset of the latest sample.
    QDateTime statsReset() const { return m_statsReset; }
    qsizetype statementCount() const { return m_statements.size(); }
    qsizetype pointCount() const;

private:
    struct Point
    {
        qint64 timeMs = 0;
        PgStatementCounters counters;
    };
    struct Track
    {
        qint64 queryId = 0;
        QString user;
        std::vector<Point> points; ///< oldest first
        bool present = true; ///< in the latest sample
        bool capped = false; ///< older points were dropped (maxPointsPerStatement)
    };

    int m_maxPoints;
    qint64 m_spanMs;
    qint64 m_firstMs = 0;
    qint64 m_latestMs = 0;
    QDateTime m_statsReset;
    QHash<QString, Track> m_statements;
};

} // namespace opsdash
