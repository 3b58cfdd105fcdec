#pragma once

#include "jobs.h"
#include "redisurl.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <functional>

namespace eventsd {

class RedisClient;

/// What a handler says of one run: done, failed for now (retried with backoff while attempts remain), or failed
/// for good (dead at once: retrying cannot help, e.g. the registration is gone).
struct JobResult
{
    enum class Kind { Done, Retry, Permanent };
    Kind kind = Kind::Done;
    QString error;

    static JobResult done() { return {}; }
    static JobResult retry(QString why) { return {Kind::Retry, std::move(why)}; }
    static JobResult permanent(QString why) { return {Kind::Permanent, std::move(why)}; }
};

using JobHandler = std::function<QCoro::Task<JobResult>(const Job &job)>;

/// Works one queue in this process: reads new jobs as consumer `consumer` of the group (XREADGROUP on a Redis
/// connection of its own, since a blocking read holds its connection), runs up to `concurrency` at once, takes
/// over jobs another worker left unfinished for claimIdleMs (XAUTOCLAIM: a worker that died mid-job), moves due
/// retries into the stream, and beats a heartbeat the figures count workers by. A job whose id finished before
/// (a second delivery) is acknowledged without running again. Stops reading while the queue is paused.
class JobWorker : public QObject
{
    Q_OBJECT

public:
    JobWorker(JobQueue queue, QueueSettings settings, int claimIdleMs, const RedisEndpoint &endpoint, JobStore *store,
              QByteArray consumer, JobHandler handler, QObject *parent = nullptr);
    ~JobWorker() override;

    int running() const { return m_running; }

Q_SIGNALS:
    void slotFreed();

private:
    QCoro::Task<> loop();
    QCoro::Task<> maintain(qint64 now);
    void start(const Job &job);
    QCoro::Task<> process(Job job);

    JobQueue m_queue;
    QueueSettings m_settings;
    int m_claimIdleMs;
    JobStore *m_store;
    RedisClient *m_reader;
    QByteArray m_consumer;
    JobHandler m_handler;
    int m_running = 0;
    bool m_stopping = false;
    qint64 m_lastClaim = 0, m_lastBeat = 0, m_lastPromote = 0;
};

} // namespace eventsd
