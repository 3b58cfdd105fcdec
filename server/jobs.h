#pragma once

#include "jobtypes.h"

#include <QCoroTask>
#include <QJsonArray>
#include <QJsonObject>

namespace eventsd {

class RedisClient;
struct RedisReply;

/// One job as it travels: its id (the handler's idempotency key), what to do, which run this is, and why the
/// previous run failed.
struct Job
{
    QByteArray id;
    QJsonObject data;
    int attempt = 1;
    QString error;
    QByteArray entryId; ///< the stream entry it came in (or the dead stream's entry)
    qint64 failedAtMs = 0;

    QByteArray toJson() const;
    static std::optional<Job> fromJson(const QByteArray &json, const QByteArray &entryId);
};

/// The jobs in the entries of an XRANGE, XREADGROUP or XAUTOCLAIM reply (unreadable entries are skipped).
QList<Job> jobsFromEntries(const RedisReply &entries);

/// A queue's figures: `GET /performance/queues` and `/metrics`.
struct QueueFigures
{
    QByteArray name;
    qint64 waiting = 0, active = 0, delayed = 0, completed = 0, failed = 0, dead = 0;
    double throughputPerMin = 0;
    double waitP50 = 0, waitP95 = 0, runP50 = 0, runP95 = 0;
    int workers = 0;
    bool paused = false;

    QJsonObject toJson() const;
};

/// The queues in Redis (Streams): one stream per queue read by the consumer group "workers", delayed jobs in a
/// sorted set by due time, dead jobs in a stream of their own, counters and recent timings beside them. Every
/// change of several keys is one Lua script, so a job is never in two places or none. Producer, worker and
/// operator use this one class; keys live under `<namespace>:jobs:<queue>:`.
class JobStore
{
public:
    JobStore(RedisClient *redis, const QString &keyNamespace);

    RedisClient *redis() const { return m_redis; }
    QByteArray key(JobQueue queue, const char *part) const;
    static QByteArray group() { return QByteArrayLiteral("workers"); }

    /// Adds a job (at once, or after `delayMs`) and says whether Redis took it. Does not wait for it to run.
    QCoro::Task<bool> enqueue(JobQueue queue, QByteArray id, QJsonObject data, int delayMs = 0);
    /// Adds a job without waiting at all (a registration's confirmation and badge, on the hot path): the jobs
    /// posted in one turn of the event loop go to Redis as one script, not one command each. A Redis that is down
    /// loses them, logged with their ids.
    void post(JobQueue queue, QByteArray id, QJsonObject data);
    QCoro::Task<bool> ensureGroup(JobQueue queue);

    /// Worker side. Finishing counts only when the entry was still pending (a job taken over by another worker
    /// and finished there is not counted twice).
    QCoro::Task<bool> complete(JobQueue queue, const Job &job, qint64 waitMs, qint64 runMs);
    /// Takes a job off the stream without counting it: a second delivery of a job that finished before.
    QCoro::Task<bool> acknowledge(JobQueue queue, const Job &job);
    /// Retries after `retryInMs` (attempt + 1), or when `retryInMs` < 0 moves the job to the dead stream.
    QCoro::Task<bool> fail(JobQueue queue, const Job &job, qint64 runMs, qint64 retryInMs);
    QCoro::Task<int> promoteDue(JobQueue queue);
    QCoro::Task<bool> alreadyDone(JobQueue queue, const QByteArray &jobId);
    QCoro::Task<bool> isPaused(JobQueue queue);
    void heartbeat(JobQueue queue, const QByteArray &consumer);

    /// Operator side.
    QCoro::Task<std::optional<QueueFigures>> figures(JobQueue queue);
    /// Dead jobs (newest first) and those waiting for a retry, with their errors and attempts.
    QCoro::Task<std::optional<QJsonObject>> troubled(JobQueue queue, int limit);
    /// Back into the queue with a fresh count of attempts: one dead job (by entry id) or, with an empty id, all
    /// (up to 10,000 a call). Returns how many, or -1 when Redis failed.
    QCoro::Task<qint64> retryDead(JobQueue queue, QByteArray entryId);
    QCoro::Task<qint64> purgeDead(JobQueue queue);
    QCoro::Task<bool> setPaused(JobQueue queue, bool paused);

    static constexpr int kSamples = 1000; ///< wait and run times kept per queue for the percentiles
    static constexpr int kDeadKept = 10'000; ///< the dead stream is trimmed to about this many

private:
    void flushPosted();

    RedisClient *m_redis;
    QByteArray m_prefix;
    QList<QByteArray> m_postedKeys; ///< streams and jobs posted this turn, sent together by flushPosted()
    QList<QByteArray> m_postedJobs;
};

} // namespace eventsd
