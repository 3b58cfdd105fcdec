#include "jobs.h"

#include "redisclient.h"

#include <QCoroFuture>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

namespace eventsd {

QByteArray jobQueueName(JobQueue queue)
{
    switch (queue) {
    case JobQueue::Email:
        return QByteArrayLiteral("email");
    case JobQueue::Badge:
        return QByteArrayLiteral("badge-generation");
    case JobQueue::Report:
        return QByteArrayLiteral("report-generation");
    }
    return {};
}

std::optional<JobQueue> jobQueueFromName(QStringView name)
{
    for (const JobQueue q : allJobQueues)
        if (name == QLatin1String(jobQueueName(q)))
            return q;
    return std::nullopt;
}

namespace {

using Args = QList<QByteArray>;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

// XACK returns 0 when another worker finished the job first: then nothing is counted again.
constexpr char completeScript[] = R"lua(
if redis.call('XACK', KEYS[1], 'workers', ARGV[1]) == 0 then return 0 end
redis.call('XDEL', KEYS[1], ARGV[1])
redis.call('HINCRBY', KEYS[2], 'completed', 1)
redis.call('LPUSH', KEYS[3], ARGV[2])
redis.call('LTRIM', KEYS[3], 0, tonumber(ARGV[5]) - 1)
redis.call('LPUSH', KEYS[4], ARGV[3])
redis.call('LTRIM', KEYS[4], 0, tonumber(ARGV[5]) - 1)
redis.call('INCR', KEYS[5])
redis.call('EXPIRE', KEYS[5], 180)
redis.call('SET', KEYS[6], '1', 'EX', ARGV[4])
return 1
)lua";

// The jobs posted in one turn: KEYS[i] is job ARGV[i]'s stream.
constexpr char postScript[] = R"lua(
for i = 1, #KEYS do
  redis.call('XADD', KEYS[i], '*', 'job', ARGV[i])
end
return #KEYS
)lua";

constexpr char ackScript[] = R"lua(
redis.call('XACK', KEYS[1], 'workers', ARGV[1])
return redis.call('XDEL', KEYS[1], ARGV[1])
)lua";

// A failed run: counted, then into the delayed set (ARGV[2] non-empty) or onto the dead stream.
constexpr char failScript[] = R"lua(
if redis.call('XACK', KEYS[1], 'workers', ARGV[1]) == 0 then return 0 end
redis.call('XDEL', KEYS[1], ARGV[1])
redis.call('HINCRBY', KEYS[2], 'failed', 1)
redis.call('LPUSH', KEYS[5], ARGV[4])
redis.call('LTRIM', KEYS[5], 0, tonumber(ARGV[5]) - 1)
if ARGV[2] ~= '' then
  redis.call('ZADD', KEYS[3], ARGV[3], ARGV[2])
  return 1
end
redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[6], '*', 'job', ARGV[7])
return 2
)lua";

constexpr char promoteScript[] = R"lua(
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 100)
for _, job in ipairs(due) do
  redis.call('XADD', KEYS[2], '*', 'job', job)
  redis.call('ZREM', KEYS[1], job)
end
return #due
)lua";

// Pairs of (dead entry id, job with a fresh attempt count): each moves only if it is still dead.
constexpr char requeueScript[] = R"lua(
local moved = 0
for i = 1, #ARGV, 2 do
  if redis.call('XDEL', KEYS[1], ARGV[i]) == 1 then
    redis.call('XADD', KEYS[2], '*', 'job', ARGV[i + 1])
    moved = moved + 1
  end
end
return moved
)lua";

constexpr char purgeScript[] = R"lua(
local n = redis.call('XLEN', KEYS[1])
redis.call('UNLINK', KEYS[1])
return n
)lua";

/// Logs the ids of posted jobs that Redis did not take.
QCoro::Task<> logLost(QFuture<RedisReply> adding, QList<QByteArray> jobs)
{
    const RedisReply reply = co_await adding;
    if (reply.ok)
        co_return;
    QStringList ids;
    for (const QByteArray &job : jobs)
        if (const auto parsed = Job::fromJson(job, {}))
            ids.append(QString::fromUtf8(parsed->id));
    qWarning().noquote() << "jobs not queued (" << reply.error << "):" << ids.join(QLatin1String(", "));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values[std::clamp<qsizetype>(index, 0, values.size() - 1)];
}

QList<double> numbers(const RedisReply &list)
{
    QList<double> out;
    out.reserve(list.elements.size());
    for (const RedisReply &e : list.elements)
        out.append(e.string.toDouble());
    return out;
}

} // namespace

QList<Job> jobsFromEntries(const RedisReply &entries)
{
    QList<Job> jobs;
    for (const RedisReply &entry : entries.elements) {
        if (entry.elements.size() != 2)
            continue;
        const auto &fields = entry.elements[1].elements;
        for (qsizetype i = 0; i + 1 < fields.size(); i += 2)
            if (fields[i].string == "job")
                if (auto job = Job::fromJson(fields[i + 1].string, entry.elements[0].string))
                    jobs.append(std::move(*job));
    }
    return jobs;
}

namespace {

QJsonObject jobJson(const Job &job)
{
    QJsonObject o{{QStringLiteral("id"), QString::fromUtf8(job.id)},
                  {QStringLiteral("entryId"), QString::fromLatin1(job.entryId)},
                  {QStringLiteral("attempts"), job.attempt},
                  {QStringLiteral("error"), job.error},
                  {QStringLiteral("data"), job.data}};
    if (job.failedAtMs > 0)
        o.insert(QStringLiteral("failedAt"),
                 QDateTime::fromMSecsSinceEpoch(job.failedAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    return o;
}

} // namespace

QByteArray Job::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), QString::fromUtf8(id)},
                  {QStringLiteral("data"), data},
                  {QStringLiteral("attempt"), attempt}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (failedAtMs > 0)
        o.insert(QStringLiteral("failedAt"), failedAtMs);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Job> Job::fromJson(const QByteArray &json, const QByteArray &entryId)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Job job;
    job.id = o.value(u"id").toString().toUtf8();
    job.data = o.value(u"data").toObject();
    job.attempt = std::max(1, o.value(u"attempt").toInt(1));
    job.error = o.value(u"error").toString();
    job.failedAtMs = qint64(o.value(u"failedAt").toDouble());
    job.entryId = entryId;
    if (job.id.isEmpty())
        return std::nullopt;
    return job;
}

QJsonObject QueueFigures::toJson() const
{
    auto pair = [](double p50, double p95) {
        return QJsonObject{{QStringLiteral("p50"), p50}, {QStringLiteral("p95"), p95}};
    };
    return {{QStringLiteral("name"), QString::fromLatin1(name)},
            {QStringLiteral("waiting"), waiting},
            {QStringLiteral("active"), active},
            {QStringLiteral("delayed"), delayed},
            {QStringLiteral("completed"), completed},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("dead"), dead},
            {QStringLiteral("throughputPerMin"), throughputPerMin},
            {QStringLiteral("waitMs"), pair(waitP50, waitP95)},
            {QStringLiteral("runMs"), pair(runP50, runP95)},
            {QStringLiteral("workers"), workers},
            {QStringLiteral("paused"), paused}};
}

JobStore::JobStore(RedisClient *redis, const QString &keyNamespace)
    : m_redis(redis)
    , m_prefix(keyNamespace.toUtf8() + ":jobs:")
{ }

QByteArray JobStore::key(JobQueue queue, const char *part) const
{
    QByteArray k = m_prefix;
    k.append(jobQueueName(queue)).append(':').append(part);
    return k;
}

QCoro::Task<bool> JobStore::enqueue(JobQueue queue, QByteArray id, QJsonObject data, int delayMs)
{
    Job job;
    job.id = std::move(id);
    job.data = std::move(data);
    QFuture<RedisReply> adding = delayMs > 0
        ? m_redis->command({"ZADD", key(queue, "delayed"), num(nowMs() + delayMs), job.toJson()})
        : m_redis->command({"XADD", key(queue, "stream"), "*", "job", job.toJson()});
    const RedisReply reply = co_await adding;
    co_return reply.ok;
}

void JobStore::post(JobQueue queue, QByteArray id, QJsonObject data)
{
    Job job;
    job.id = std::move(id);
    job.data = std::move(data);
    if (m_postedKeys.isEmpty())
        QTimer::singleShot(0, m_redis, [this] { flushPosted(); });
    m_postedKeys.append(key(queue, "stream"));
    m_postedJobs.append(job.toJson());
}

void JobStore::flushPosted()
{
    if (m_postedKeys.isEmpty())
        return;
    Args args{"EVAL", postScript, QByteArray::number(m_postedKeys.size())};
    args.append(std::exchange(m_postedKeys, {}));
    const QList<QByteArray> jobs = std::exchange(m_postedJobs, {});
    args.append(jobs);
    QCoro::connect(logLost(m_redis->command(args, 2000), jobs), m_redis, [] {});
}

QCoro::Task<bool> JobStore::ensureGroup(JobQueue queue)
{
    // From the stream's start ("0"): jobs added before any worker existed are delivered too.
    QFuture<RedisReply> creating =
        m_redis->command({"XGROUP", "CREATE", key(queue, "stream"), group(), "0", "MKSTREAM"});
    const RedisReply reply = co_await creating;
    co_return reply.ok || reply.error.startsWith(QLatin1String("BUSYGROUP"));
}

QCoro::Task<bool> JobStore::complete(JobQueue queue, const Job &job, qint64 waitMs, qint64 runMs)
{
    const qint64 minute = nowMs() / 60'000;
    QByteArray tp = key(queue, "tp:");
    tp.append(num(minute));
    QByteArray done = key(queue, "done:");
    done.append(job.id);
    QFuture<RedisReply> finishing = m_redis->command(
        {"EVAL", completeScript, "6", key(queue, "stream"), key(queue, "stats"), key(queue, "wait"), key(queue, "run"),
         tp, done, job.entryId, num(waitMs), num(runMs), num(7 * 86400), num(kSamples)},
        2000);
    const RedisReply reply = co_await finishing;
    co_return reply.ok &&reply.integer == 1;
}

QCoro::Task<bool> JobStore::acknowledge(JobQueue queue, const Job &job)
{
    QFuture<RedisReply> acking = m_redis->command({"EVAL", ackScript, "1", key(queue, "stream"), job.entryId});
    const RedisReply reply = co_await acking;
    co_return reply.ok;
}

QCoro::Task<bool> JobStore::fail(JobQueue queue, const Job &job, qint64 runMs, qint64 retryInMs)
{
    Job next = job;
    next.failedAtMs = nowMs();
    QByteArray retry;
    QByteArray dead;
    if (retryInMs >= 0) {
        ++next.attempt;
        retry = next.toJson();
    } else {
        dead = next.toJson();
    }
    QFuture<RedisReply> failing = m_redis->command({"EVAL", failScript, "5", key(queue, "stream"), key(queue, "stats"),
                                                    key(queue, "delayed"), key(queue, "dead"), key(queue, "run"),
                                                    job.entryId, retry, num(nowMs() + std::max<qint64>(0, retryInMs)),
                                                    num(runMs), num(kSamples), num(kDeadKept), dead},
                                                   2000);
    const RedisReply reply = co_await failing;
    co_return reply.ok &&reply.integer > 0;
}

QCoro::Task<int> JobStore::promoteDue(JobQueue queue)
{
    QFuture<RedisReply> promoting =
        m_redis->command({"EVAL", promoteScript, "2", key(queue, "delayed"), key(queue, "stream"), num(nowMs())});
    const RedisReply reply = co_await promoting;
    co_return reply.ok ? int(reply.integer) : 0;
}

QCoro::Task<bool> JobStore::alreadyDone(JobQueue queue, const QByteArray &jobId)
{
    QByteArray done = key(queue, "done:");
    done.append(jobId);
    QFuture<RedisReply> checking = m_redis->command({"EXISTS", done});
    const RedisReply reply = co_await checking;
    co_return reply.ok &&reply.integer == 1;
}

QCoro::Task<bool> JobStore::isPaused(JobQueue queue)
{
    QFuture<RedisReply> checking = m_redis->command({"EXISTS", key(queue, "paused")});
    const RedisReply reply = co_await checking;
    co_return reply.ok &&reply.integer == 1;
}

void JobStore::heartbeat(JobQueue queue, const QByteArray &consumer)
{
    const qint64 now = nowMs();
    m_redis->command({"ZADD", key(queue, "workers"), num(now), consumer});
    m_redis->command({"ZREMRANGEBYSCORE", key(queue, "workers"), "-inf", num(now - 60'000)});
}

QCoro::Task<std::optional<QueueFigures>> JobStore::figures(JobQueue queue)
{
    const qint64 now = nowMs();
    const qint64 minute = now / 60'000;
    QByteArray current = key(queue, "tp:");
    QByteArray previous = current;
    current.append(num(minute));
    previous.append(num(minute - 1));
    // Sent together (one connection pipelines them), awaited in turn.
    QList<QFuture<RedisReply>> asked{
        m_redis->command({"XLEN", key(queue, "stream")}),
        m_redis->command({"XPENDING", key(queue, "stream"), group()}),
        m_redis->command({"ZCARD", key(queue, "delayed")}),
        m_redis->command({"HMGET", key(queue, "stats"), "completed", "failed"}),
        m_redis->command({"XLEN", key(queue, "dead")}),
        m_redis->command({"LRANGE", key(queue, "wait"), "0", "-1"}),
        m_redis->command({"LRANGE", key(queue, "run"), "0", "-1"}),
        m_redis->command({"MGET", previous, current}),
        m_redis->command({"ZCOUNT", key(queue, "workers"), num(now - 15'000), "+inf"}),
        m_redis->command({"EXISTS", key(queue, "paused")}),
    };
    QList<RedisReply> r;
    for (QFuture<RedisReply> &f : asked) {
        RedisReply reply = co_await f;
        r.append(std::move(reply));
    }
    for (qsizetype i = 0; i < r.size(); ++i)
        // No consumer group yet (no worker has started): nothing is pending.
        if (!r[i].ok && !(i == 1 && r[i].error.startsWith(QLatin1String("NOGROUP"))))
            co_return std::nullopt;
    QueueFigures f;
    f.name = jobQueueName(queue);
    f.active = r[1].elements.isEmpty() ? 0 : r[1].elements[0].integer;
    f.waiting = std::max<qint64>(0, r[0].integer - f.active);
    f.delayed = r[2].integer;
    if (r[3].elements.size() == 2) {
        f.completed = r[3].elements[0].string.toLongLong();
        f.failed = r[3].elements[1].string.toLongLong();
    }
    f.dead = r[4].integer;
    const QList<double> waits = numbers(r[5]);
    const QList<double> runs = numbers(r[6]);
    f.waitP50 = percentile(waits, 0.5);
    f.waitP95 = percentile(waits, 0.95);
    f.runP50 = percentile(runs, 0.5);
    f.runP95 = percentile(runs, 0.95);
    // A sliding minute: the previous minute's count weighted by how much of it still lies in the last 60 s.
    if (r[7].elements.size() == 2) {
        const double elapsed = double(now % 60'000) / 60'000.0;
        f.throughputPerMin = r[7].elements[0].string.toDouble() * (1.0 - elapsed) + r[7].elements[1].string.toDouble();
    }
    f.workers = int(r[8].integer);
    f.paused = r[9].integer == 1;
    co_return f;
}

QCoro::Task<std::optional<QJsonObject>> JobStore::troubled(JobQueue queue, int limit)
{
    QFuture<RedisReply> deadAsked = m_redis->command({"XREVRANGE", key(queue, "dead"), "+", "-", "COUNT", num(limit)});
    QFuture<RedisReply> retryingAsked =
        m_redis->command({"ZRANGE", key(queue, "delayed"), "0", num(limit - 1), "WITHSCORES"});
    const RedisReply dead = co_await deadAsked;
    const RedisReply retrying = co_await retryingAsked;
    if (!dead.ok || !retrying.ok)
        co_return std::nullopt;
    QJsonArray deadJobs;
    for (const Job &job : jobsFromEntries(dead))
        deadJobs.append(jobJson(job));
    QJsonArray retryJobs;
    for (qsizetype i = 0; i + 1 < retrying.elements.size(); i += 2) {
        auto job = Job::fromJson(retrying.elements[i].string, {});
        if (!job || job->error.isEmpty()) // a first run that is only delayed has not failed
            continue;
        QJsonObject o = jobJson(*job);
        o.insert(QStringLiteral("retryAt"),
                 QDateTime::fromMSecsSinceEpoch(retrying.elements[i + 1].string.toLongLong(), Qt::UTC)
                     .toString(Qt::ISODateWithMs));
        retryJobs.append(o);
    }
    co_return QJsonObject{{QStringLiteral("queue"), QString::fromLatin1(jobQueueName(queue))},
                          {QStringLiteral("dead"), deadJobs},
                          {QStringLiteral("retrying"), retryJobs}};
}

QCoro::Task<qint64> JobStore::retryDead(JobQueue queue, QByteArray entryId)
{
    QFuture<RedisReply> reading = entryId.isEmpty()
        ? m_redis->command({"XRANGE", key(queue, "dead"), "-", "+", "COUNT", num(kDeadKept)}, 5000)
        : m_redis->command({"XRANGE", key(queue, "dead"), entryId, entryId});
    const RedisReply entries = co_await reading;
    if (!entries.ok)
        co_return -1;
    Args args{"EVAL", requeueScript, "2", key(queue, "dead"), key(queue, "stream")};
    for (Job job : jobsFromEntries(entries)) {
        args.append(job.entryId);
        job.attempt = 1;
        job.error.clear();
        job.failedAtMs = 0;
        args.append(job.toJson());
    }
    if (args.size() == 5)
        co_return 0;
    QFuture<RedisReply> moving = m_redis->command(args, 5000);
    const RedisReply moved = co_await moving;
    co_return moved.ok ? moved.integer : -1;
}

QCoro::Task<qint64> JobStore::purgeDead(JobQueue queue)
{
    QFuture<RedisReply> purging = m_redis->command({"EVAL", purgeScript, "1", key(queue, "dead")});
    const RedisReply purged = co_await purging;
    co_return purged.ok ? purged.integer : -1;
}

QCoro::Task<bool> JobStore::setPaused(JobQueue queue, bool paused)
{
    QFuture<RedisReply> setting =
        paused ? m_redis->command({"SET", key(queue, "paused"), "1"}) : m_redis->command({"DEL", key(queue, "paused")});
    const RedisReply reply = co_await setting;
    co_return reply.ok;
}

} // namespace eventsd
