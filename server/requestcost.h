#pragma once

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>

namespace eventsd {

/// Where one request's time went: database statements (by normalized text), waiting for a pool connection, and
/// cache lookups. The handler's own share is the rest of the request's time. Pool threads add statements while
/// the HTTP thread reads; hence the lock.
class RequestCost
{
public:
    struct Statement
    {
        qint64 calls = 0;
        double ms = 0;
    };
    struct Totals
    {
        double databaseMs = 0; ///< statements' own time
        double poolWaitMs = 0; ///< jobs waiting for a connection
        double cacheMs = 0; ///< cache lookups awaited
        QHash<QString, Statement> statements; ///< by QueryMetrics::normalize()d text
    };

    /// At most this many distinct statements per request; more merge into "other" (a request is bounded work).
    static constexpr qsizetype maxStatements = 32;

    /// Adds `calls` and `ms` to `key` in `statements`, or to "other" when `key` is new and `limit` are kept.
    static void addBounded(QHash<QString, Statement> &statements, const QString &key, qint64 calls, double ms,
                           qsizetype limit);

    void addStatement(const QString &normalizedSql, double ms);
    void addPoolWait(double ms);
    void addCache(double ms);
    Totals totals() const;

    /// The cost the job running on this pool thread counts into (DbPool sets it around each job), or null.
    static RequestCost *&current();

private:
    mutable std::mutex m_mutex;
    Totals m_totals;
};

} // namespace eventsd
