#pragma once

#include "pg.h"
#include "requestcost.h"

#include <QFuture>
#include <QJsonObject>
#include <QPromise>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace eventsd {

class QueryMetrics;

/// What a pool job produced: a value, or the error that stopped it.
template<typename T>
struct DbOutcome
{
    std::optional<T> value;
    std::optional<pg::Error> error;
    bool ok() const { return value.has_value(); }
};

/// Pool figures with seed 004's names, plus the time jobs waited for a connection.
struct PoolStats
{
    int totalConnections = 0; ///< connections currently open
    int idleConnections = 0; ///< open and waiting for work
    int waitingClients = 0; ///< jobs queued for a connection
    int poolSize = 0; ///< worker threads (= the most connections the pool opens)
    int maxConnections = 0;
    double acquireWaitAvgMs = 0;
    double acquireWaitP95Ms = 0;
    qint64 timeouts = 0; ///< jobs failed because no connection came within the acquire timeout

    QJsonObject toJson() const;
};

/// A bounded pool of libpq connections, one per worker thread. run() queues a job and returns at once; the
/// HTTP thread never waits on the database. A job that waited longer than the acquire timeout fails with
/// SQLSTATE 53300 (too_many_connections) without touching the database. Connections that break are reopened
/// on the next job, at most every reconnectIntervalMs, so a database that is down costs a fast failure.
class DbPool
{
public:
    struct Options
    {
        QByteArray conninfo;
        int size = 10;
        int acquireTimeoutMs = 5000;
        int statementTimeoutMs = 30000;
        int reconnectIntervalMs = 250;
    };

    DbPool(Options options, QueryMetrics *metrics);
    ~DbPool();
    DbPool(const DbPool &) = delete;
    DbPool &operator=(const DbPool &) = delete;

    template<typename T, typename F>
    QFuture<DbOutcome<T>> run(F &&job)
    {
        return run<T>(nullptr, std::forward<F>(job));
    }

    /// The same, counting the job's statements and its wait for a connection into `cost` (a request's).
    template<typename T, typename F>
    QFuture<DbOutcome<T>> run(std::shared_ptr<RequestCost> cost, F &&job)
    {
        auto promise = std::make_shared<QPromise<DbOutcome<T>>>();
        QFuture<DbOutcome<T>> future = promise->future();
        promise->start();
        enqueue(
            [promise, job = std::forward<F>(job)](pg::Connection *conn, const pg::Error *acquireError) mutable {
                DbOutcome<T> outcome;
                if (acquireError) {
                    outcome.error = *acquireError;
                } else {
                    try {
                        outcome.value = job(*conn);
                    } catch (const pg::Error &e) {
                        outcome.error = e;
                    } catch (const std::exception &e) {
                        outcome.error = pg::Error(QByteArrayLiteral("XX000"), QString::fromUtf8(e.what()));
                    }
                }
                promise->addResult(std::move(outcome));
                promise->finish();
            },
            std::move(cost));
        return future;
    }

    PoolStats stats() const;
    const Options &options() const { return m_options; }

private:
    using Job = std::function<void(pg::Connection *, const pg::Error *)>;
    struct Queued
    {
        Job job;
        std::chrono::steady_clock::time_point enqueued;
        std::shared_ptr<RequestCost> cost;
    };

    void enqueue(Job job, std::shared_ptr<RequestCost> cost);
    void workerLoop(int index);
    void recordWait(double ms);

    Options m_options;
    QueryMetrics *m_metrics;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Queued> m_queue;
    bool m_stopping = false;
    int m_connected = 0;
    int m_idleConnected = 0; ///< workers holding an open connection and waiting for work
    qint64 m_timeouts = 0;
    std::vector<double> m_waits; ///< ring of recent acquire waits
    std::size_t m_waitNext = 0;
    std::vector<std::thread> m_workers;
};

} // namespace eventsd
