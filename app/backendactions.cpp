#include "backendactions.h"

#include "backendclient.h"
#include "format.h"
#include "session.h"

#include <QCoreApplication>
#include <QDateTime>

namespace opsdash::backendactions {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::BackendActions)
};

using Kind = ActionRequest::Kind;

/// Which figures an action records before and after it.
enum class Figures {
    Memory, ///< heap and RSS, from the overview at once
    Threshold, ///< the memory threshold, from the overview at once
    Counts, ///< recorded requests and queries, from the overview at once
    LatencyAndHitRate, ///< p95 and the cache hit rate over a minute before and a window after
    LatencyAndDbTime, ///< p95 and the DB query time over a minute before and a window after
    Queue, ///< the queue's figures, at once
};

Figures figuresOf(Kind kind)
{
    switch (kind) {
    case Kind::InvalidateCache:
        return Figures::LatencyAndHitRate;
    case Kind::ForceGc:
        return Figures::Memory;
    case Kind::OptimizeDatabase:
        return Figures::LatencyAndDbTime;
    case Kind::SetMemoryThreshold:
        return Figures::Threshold;
    case Kind::Queue:
        return Figures::Queue;
    case Kind::ClearMetrics:
        break;
    }
    return Figures::Counts;
}

bool overTime(Figures f)
{
    return f == Figures::LatencyAndHitRate || f == Figures::LatencyAndDbTime;
}

QString describeQueue(const ActionRequest &r)
{
    switch (r.queueAction) {
    case QueueAction::RetryOne:
        return Text::tr("Puts the dead job %1 of the queue “%2” back into the queue with a fresh count of attempts. "
                        "Its handler runs again; the queue's figures before and after are recorded.")
            .arg(r.jobId, r.queue);
    case QueueAction::RetryAllDead:
        return Text::tr("Puts every dead job of the queue “%1” back into the queue with a fresh count of attempts. "
                        "If what made them fail still holds, they fail again.")
            .arg(r.queue);
    case QueueAction::PurgeDead:
        return Text::tr("Deletes every dead job of the queue “%1” for good: their errors are gone and they cannot be "
                        "retried.")
            .arg(r.queue);
    case QueueAction::Pause:
        return Text::tr("Stops the workers of every instance from taking new jobs of the queue “%1”. Jobs keep "
                        "arriving and wait; running ones finish.")
            .arg(r.queue);
    case QueueAction::Resume:
        break;
    }
    return Text::tr("Lets the workers take jobs of the queue “%1” again.").arg(r.queue);
}

QString describe(const ActionRequest &r)
{
    switch (r.kind) {
    case Kind::Queue:
        return describeQueue(r);
    case Kind::InvalidateCache:
        return Text::tr("Removes every cache entry whose key matches “%1” from %2. The next requests for them go to "
                        "the database until the cache is warm again. p95 latency and the hit rate of the minute "
                        "before and the minute after are recorded.")
            .arg(r.pattern,
                 r.allInstances ? Text::tr("the shared Redis cache and the memory cache of every instance")
                                : Text::tr("this instance's memory cache and the shared Redis cache"));
    case Kind::ForceGc:
        return Text::tr("Asks the backend to collect garbage and return free memory now. Heap and RSS before and "
                        "after are recorded.");
    case Kind::OptimizeDatabase:
        return Text::tr("Asks the backend to optimize the database (ANALYZE of its tables). It reads every table "
                        "once and may slow queries down while it runs. p95 latency and the DB query time of the "
                        "minute before and after are recorded.");
    case Kind::SetMemoryThreshold:
        return Text::tr("Sets the heap usage above which the backend acts to “%1”.")
            .arg(format::percent(r.threshold, 0));
    case Kind::ClearMetrics:
        break;
    }
    return Text::tr("Clears the query and request metrics the backend has collected (slow queries, endpoint "
                    "statistics). opsdash keeps its own history.");
}

QString parameters(const ActionRequest &r)
{
    if (r.kind == Kind::InvalidateCache)
        return Text::tr("pattern %1, scope %2").arg(r.pattern, r.allInstances ? Text::tr("all") : Text::tr("instance"));
    if (r.kind == Kind::SetMemoryThreshold)
        return format::percent(r.threshold, 0);
    if (r.kind == Kind::Queue)
        return r.jobId.isEmpty() ? Text::tr("queue %1").arg(r.queue)
                                 : Text::tr("queue %1, job %2 (entry %3)").arg(r.queue, r.jobId, r.entryId);
    return {};
}

QCoro::Task<BackendReply<ActionAnswer>> send(BackendClient *client, const ActionRequest &r)
{
    switch (r.kind) {
    case Kind::InvalidateCache:
        return client->invalidateCache(r.pattern, r.allInstances ? CacheScope::AllInstances : CacheScope::Instance);
    case Kind::ForceGc:
        return client->forceGc();
    case Kind::OptimizeDatabase:
        return client->optimizeDatabase();
    case Kind::SetMemoryThreshold:
        return client->setMemoryThreshold(r.threshold);
    case Kind::Queue:
        return client->queueAction(r.queue, r.queueAction, r.entryId);
    case Kind::ClearMetrics:
        break;
    }
    return client->clearMetrics();
}

QCoro::Task<ActionOutcome> run(QPointer<BackendClient> client, ActionRequest r)
{
    if (!client)
        co_return ActionOutcome{false, Text::tr("the backend client is gone")};
    QCoro::Task<BackendReply<ActionAnswer>> sending = send(client, r);
    const BackendReply<ActionAnswer> reply = co_await sending;
    if (!reply)
        co_return ActionOutcome{false, reply.error};
    const ActionAnswer &answer = *reply.value;
    QString result = answer.message;
    if (answer.invalidated && !result.contains(QString::number(*answer.invalidated)))
        result = Text::tr("%1 (%2 keys)").arg(result.isEmpty() ? Text::tr("done") : result).arg(*answer.invalidated);
    if (r.kind == Kind::Queue && (r.queueAction == QueueAction::Pause || r.queueAction == QueueAction::Resume) &&
        result.isEmpty())
        result = r.queueAction == QueueAction::Pause ? Text::tr("queue %1 paused").arg(r.queue)
                                                     : Text::tr("queue %1 resumed").arg(r.queue);
    if (answer.jobs && result.isEmpty())
        result = r.queueAction == QueueAction::PurgeDead
            ? Text::tr("%n job(s) purged", nullptr, int(*answer.jobs))
            : Text::tr("%n job(s) back in the queue", nullptr, int(*answer.jobs));
    co_return ActionOutcome{true, result};
}

/// The means over [fromMs, toMs] of what the action affects, from opsdash's own history.
QString windowFigures(const MetricStore &store, qint64 fromMs, qint64 toMs, Figures figures)
{
    QStringList parts;
    if (const auto p95 = store.mean(Metric::ApiP95Ms, fromMs, toMs))
        parts.append(Text::tr("p95 %1").arg(format::durationMs(*p95)));
    if (figures == Figures::LatencyAndHitRate) {
        if (const auto hit = store.mean(Metric::CacheHitRate, fromMs, toMs))
            parts.append(Text::tr("hit rate %1").arg(format::percent(*hit / 100.0)));
    } else if (const auto db = store.mean(Metric::DbAvgQueryMs, fromMs, toMs)) {
        parts.append(Text::tr("DB query %1").arg(format::durationMs(*db)));
    }
    return parts.isEmpty() ? Text::tr("no figures") : parts.join(QStringLiteral(", "));
}

QCoro::Task<QString> timeWindow(QPointer<Session> session, qint64 lengthMs, Figures figures)
{
    if (!session)
        co_return QString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    co_return windowFigures(session->dashboard()->store(), now - lengthMs, now, figures);
}

/// The queue's figures (the backend's, the same from every instance), for before and after a queue action.
QCoro::Task<QString> queueFigures(QPointer<BackendClient> client, QString queue)
{
    if (!client)
        co_return QString();
    QCoro::Task<BackendReply<QList<QueueFigures>>> fetching = client->queues();
    const BackendReply<QList<QueueFigures>> queues = co_await fetching;
    if (!queues)
        co_return QString();
    for (const QueueFigures &q : *queues.value)
        if (q.name == queue)
            co_return Text::tr("waiting %1, active %2, delayed %3, dead %4%5")
                .arg(q.waiting)
                .arg(q.active)
                .arg(q.delayed)
                .arg(q.dead)
                .arg(q.paused ? Text::tr(", paused") : QString());
    co_return QString();
}

QCoro::Task<QString> overviewFigures(QPointer<BackendClient> client, Figures figures)
{
    if (!client)
        co_return QString();
    QCoro::Task<BackendReply<Overview>> fetching = client->overview();
    const BackendReply<Overview> overview = co_await fetching;
    if (!overview)
        co_return QString();
    const Overview &o = *overview.value;
    if (figures == Figures::Memory)
        co_return Text::tr("heap used %1, RSS %2").arg(format::bytes(o.memory.heapUsed), format::bytes(o.memory.rss));
    if (figures == Figures::Threshold)
        co_return o.memory.threshold ? Text::tr("threshold %1").arg(format::percent(*o.memory.threshold, 0))
                                     : Text::tr("usage %1").arg(format::percent(o.memory.usagePercent / 100));
    co_return Text::tr("%1 requests, %2 queries recorded").arg(o.api.totalRequests).arg(o.database.totalQueries);
}

} // namespace

QString name(ActionRequest::Kind kind)
{
    switch (kind) {
    case Kind::InvalidateCache:
        return Text::tr("Invalidate cache");
    case Kind::ForceGc:
        return Text::tr("Force GC");
    case Kind::OptimizeDatabase:
        return Text::tr("Optimize database");
    case Kind::SetMemoryThreshold:
        return Text::tr("Set memory threshold");
    case Kind::Queue:
        return Text::tr("Queue action");
    case Kind::ClearMetrics:
        break;
    }
    return Text::tr("Clear metrics");
}

QString queueActionName(QueueAction action)
{
    switch (action) {
    case QueueAction::RetryOne:
        return Text::tr("Retry dead job");
    case QueueAction::RetryAllDead:
        return Text::tr("Retry all dead jobs");
    case QueueAction::PurgeDead:
        return Text::tr("Purge dead jobs");
    case QueueAction::Pause:
        return Text::tr("Pause queue");
    case QueueAction::Resume:
        break;
    }
    return Text::tr("Resume queue");
}

GuardedAction make(Session *session, const ActionRequest &r, int afterWindowMs)
{
    GuardedAction a;
    const QString profile = session->profile().name;
    // An invalidation of every cache, and any queue action (the queues are the backend's, shared by all).
    const bool everywhere = (r.kind == Kind::InvalidateCache && r.allInstances) || r.kind == Kind::Queue;
    a.name = r.kind == Kind::Queue ? queueActionName(r.queueAction) : name(r.kind);
    a.description = describe(r);
    a.target = everywhere ? Text::tr("all instances of %1 (sent to %2)").arg(profile, r.instance)
                          : Text::tr("%1 (profile %2)").arg(r.instance, profile);
    a.instance = everywhere ? Text::tr("all instances") : r.instance;
    a.parameters = parameters(r);
    a.offersDatabaseSilence = r.kind == Kind::OptimizeDatabase;
    QPointer<BackendClient> client(session->client(r.instance));
    QPointer<Session> guard(session);
    const Figures figures = figuresOf(r.kind);
    a.run = [client, r] { return run(client, r); };
    if (figures == Figures::Queue) {
        a.before = [client, queue = r.queue] { return queueFigures(client, queue); };
        a.after = a.before;
    } else if (overTime(figures)) {
        a.before = [guard, figures] { return timeWindow(guard, 60'000, figures); };
        a.after = [guard, figures, afterWindowMs] { return timeWindow(guard, afterWindowMs, figures); };
        a.afterDelayMs = afterWindowMs;
    } else {
        a.before = [client, figures] { return overviewFigures(client, figures); };
        a.after = a.before;
    }
    return a;
}

} // namespace opsdash::backendactions
