#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <deque>

namespace eventsd {

/// Seed 002's QueryMetrics, recorded for every statement eventsd runs. Thread-safe: pool workers record,
/// the HTTP thread reads.
class QueryMetrics
{
public:
    struct Sample
    {
        QString query; ///< as sent, whitespace collapsed
        double durationMs = 0;
        QDateTime timestamp;
        QStringList parameters;
        bool slow = false;
    };
    struct Aggregate
    {
        qint64 count = 0;
        double totalMs = 0;
        double maxMs = 0;
        qint64 slowCount = 0;
        qint64 errors = 0;
        qint64 lastUsed = 0; ///< for dropping the least recently used statement
    };
    struct Options
    {
        double slowThresholdMs = 100;
        std::size_t historySize = 1000;
        int maxStatements = 500; ///< distinct normalized statements kept; the rest merge into "other"
        bool keepParameters = false; ///< statement parameters (names, e-mails) are personal data: off by default
    };
    /// The entry least recently used statements are merged into once maxStatements are kept.
    static QString otherStatement() { return QStringLiteral("other"); }

    explicit QueryMetrics(Options options);
    explicit QueryMetrics(double slowThresholdMs = 100)
        : QueryMetrics(Options{slowThresholdMs})
    { }

    /// Seed 002's normalizeQuery ($N -> $?, whitespace collapsed, trimmed, lower case), and number literals -> ?
    /// as pg_stat_statements does, so a statement with an inlined id is one statement, not one per id.
    static QString normalize(const QString &sql);

    /// Returns the statement's normalize()d text, so a caller that also needs it does not normalize again.
    QString record(const QString &sql, const QStringList &parameters, double durationMs, bool ok);
    void clear();
    void setSlowThresholdMs(double ms);
    double slowThresholdMs() const;

    /// GET /performance/database/stats: {totalQueries, slowQueries, averageResponseTime, slowestQueries,
    /// queryFrequency}. Totals count every statement since the last clear, not only the history window.
    QJsonObject statsJson() const;
    /// GET /performance/database/slow-queries: the slowest `limit` slow statements of the history window.
    QJsonArray slowQueriesJson(int limit = 10) const;
    /// GET /performance/database/frequency: [{query, count, avgDuration}] by count, since the last clear.
    QJsonArray frequencyJson() const;
    /// Cumulative per normalized statement, for /metrics.
    QHash<QString, Aggregate> aggregates() const;

private:
    static QJsonObject sampleJson(const Sample &sample);
    QList<Sample> slowestLocked(int limit) const;

    mutable QMutex m_mutex;
    double m_slowThresholdMs;
    std::size_t m_historySize;
    int m_maxStatements;
    bool m_keepParameters;
    qint64 m_clock = 0;
    std::deque<Sample> m_history;
    QHash<QString, Aggregate> m_byStatement;
    qint64 m_total = 0;
    qint64 m_slow = 0;
    double m_totalMs = 0;
};

} // namespace eventsd
