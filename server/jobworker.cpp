#include "jobworker.h"

#include "redisclient.h"
#include "signalwaiter.h"

#include <QCoroFuture>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcJobs, "eventsd.jobs")

namespace eventsd {

namespace {

constexpr int kBlockMs = 1000; ///< a read waits this long for new jobs, then the loop looks around
constexpr int kBeatMs = 5000;
constexpr int kPromoteMs = 250;
/// An entry delivered more often than this took down every worker that ran it (a crash, an OOM kill, a hang
/// past job-claim-ms): it is not taken over again but goes to the dead jobs.
constexpr qint64 kMaxDeliveries = 3;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// A stream entry id is "<ms>-<seq>": when the job entered the stream.
qint64 entryMs(const QByteArray &entryId)
{
    return entryId.left(entryId.indexOf('-')).toLongLong();
}

} // namespace

JobWorker::JobWorker(JobQueue queue, QueueSettings settings, int claimIdleMs, const RedisEndpoint &endpoint,
                     JobStore *store, QByteArray consumer, JobHandler handler, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_settings(settings)
    , m_claimIdleMs(claimIdleMs)
    , m_store(store)
    , m_reader(new RedisClient(endpoint, this))
    , m_consumer(std::move(consumer))
    , m_handler(std::move(handler))
{
    // Started from the event loop, once the reader had its chance to connect.
    QTimer::singleShot(0, this, [this] { QCoro::connect(loop(), this, [] {}); });
}

JobWorker::~JobWorker()
{
    m_stopping = true;
}

QCoro::Task<> JobWorker::loop()
{
    QPointer<JobWorker> self(this);
    bool grouped = false;
    while (self && !m_stopping) {
        if (!grouped) {
            QCoro::Task<bool> creating = m_store->ensureGroup(m_queue);
            grouped = co_await creating;
            if (!self)
                co_return;
            if (!grouped) { // Redis down: try again shortly
                co_await opsdash::waitForSignal(this, &JobWorker::slotFreed, 1000);
                continue;
            }
        }
        QCoro::Task<> maintaining = maintain(nowMs());
        co_await maintaining;
        if (!self)
            co_return;
        QCoro::Task<bool> checking = m_store->isPaused(m_queue);
        const bool paused = co_await checking;
        if (!self)
            co_return;
        const int free = m_settings.concurrency - m_running;
        if (paused || free <= 0 || !m_reader->isConnected()) {
            co_await opsdash::waitForSignal(this, &JobWorker::slotFreed, paused ? 500 : kBlockMs);
            continue;
        }
        QFuture<RedisReply> reading =
            m_reader->command({"XREADGROUP", "GROUP", JobStore::group(), m_consumer, "COUNT", QByteArray::number(free),
                               "BLOCK", QByteArray::number(kBlockMs), "STREAMS", m_store->key(m_queue, "stream"), ">"},
                              kBlockMs + 2000);
        const RedisReply read = co_await reading;
        if (!self)
            co_return;
        if (!read.ok) {
            if (read.error.startsWith(QLatin1String("NOGROUP")))
                grouped = false; // the keys were dropped (e.g. new sample data): make the group again
            else
                co_await opsdash::waitForSignal(this, &JobWorker::slotFreed, 500);
            continue;
        }
        for (const RedisReply &stream : read.elements)
            if (stream.elements.size() == 2)
                for (const Job &job : jobsFromEntries(stream.elements[1]))
                    start(job);
    }
}

QCoro::Task<> JobWorker::maintain(qint64 now)
{
    QPointer<JobWorker> self(this);
    if (now - m_lastBeat >= kBeatMs) {
        m_lastBeat = now;
        m_store->heartbeat(m_queue, m_consumer);
    }
    if (now - m_lastPromote >= kPromoteMs) {
        m_lastPromote = now;
        QCoro::Task<int> promoting = m_store->promoteDue(m_queue);
        co_await promoting;
        if (!self)
            co_return;
    }
    const int free = m_settings.concurrency - m_running;
    if (free <= 0 || now - m_lastClaim < std::max(250, m_claimIdleMs / 4))
        co_return;
    m_lastClaim = now;
    // Jobs another consumer took and left unfinished: a worker that died (or hangs) mid-job.
    QFuture<RedisReply> claiming =
        m_store->redis()->command({"XAUTOCLAIM", m_store->key(m_queue, "stream"), JobStore::group(), m_consumer,
                                   QByteArray::number(m_claimIdleMs), "0-0", "COUNT", QByteArray::number(free)});
    const RedisReply claimed = co_await claiming;
    if (!self || !claimed.ok || claimed.elements.size() < 2)
        co_return;
    for (Job job : jobsFromEntries(claimed.elements[1])) {
        // XAUTOCLAIM counted this delivery too; XPENDING of the one entry says how many there were.
        QFuture<RedisReply> counting = m_store->redis()->command(
            {"XPENDING", m_store->key(m_queue, "stream"), JobStore::group(), job.entryId, job.entryId, "1"});
        const RedisReply pending = co_await counting;
        if (!self)
            co_return;
        const qint64 deliveries = pending.ok && pending.elements.size() == 1 && pending.elements[0].elements.size() == 4
            ? pending.elements[0].elements[3].integer
            : 1;
        if (deliveries > kMaxDeliveries) {
            job.error = QStringLiteral("taken over %1 times: every worker that ran it stopped before it finished")
                            .arg(deliveries - 1);
            qCWarning(lcJobs).noquote() << jobQueueName(m_queue) << "job" << job.id << "dead:" << job.error;
            QCoro::Task<bool> burying = m_store->fail(m_queue, job, 0, -1);
            co_await burying;
            if (!self)
                co_return;
            continue;
        }
        qCInfo(lcJobs).noquote() << jobQueueName(m_queue) << "took over job" << job.id << "left unfinished, delivery"
                                 << deliveries;
        start(job);
    }
}

void JobWorker::start(const Job &job)
{
    ++m_running;
    QCoro::connect(process(job), this, [this] {
        --m_running;
        Q_EMIT slotFreed();
    });
}

QCoro::Task<> JobWorker::process(Job job)
{
    QPointer<JobWorker> self(this);
    JobStore *store = m_store;
    const JobQueue queue = m_queue;
    const qint64 waitMs = std::max<qint64>(0, nowMs() - entryMs(job.entryId));
    // At least once: a job delivered again after it finished (its worker died before acknowledging) is only
    // acknowledged.
    QCoro::Task<bool> checking = store->alreadyDone(queue, job.id);
    if (co_await checking) {
        QCoro::Task<bool> acking = store->acknowledge(queue, job);
        co_await acking;
        co_return;
    }
    QElapsedTimer timer;
    timer.start();
    QCoro::Task<JobResult> running = m_handler(job);
    const JobResult result = co_await running;
    const qint64 runMs = timer.elapsed();
    if (!self)
        co_return; // shutting down: the job stays pending and another worker takes it over
    if (result.kind == JobResult::Kind::Done) {
        QCoro::Task<bool> finishing = store->complete(queue, job, waitMs, runMs);
        co_await finishing;
        co_return;
    }
    job.error = result.error;
    const bool retry = result.kind == JobResult::Kind::Retry && job.attempt < m_settings.attempts;
    const qint64 backoff = qint64(m_settings.backoffMs) << std::min(job.attempt - 1, 20);
    qCWarning(lcJobs).noquote() << jobQueueName(queue) << "job" << job.id << "attempt" << job.attempt
                                << "failed:" << result.error << (retry ? "- will retry" : "- dead");
    QCoro::Task<bool> failing = store->fail(queue, job, runMs, retry ? backoff : -1);
    co_await failing;
}

} // namespace eventsd
