#include "actionrunner.h"

#include "confirmdialog.h"
#include "format.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcActions, "opsdash.actions")

namespace opsdash {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QCoro::Task<BackendReply<ActionAnswer>> send(BackendClient *client, const ActionRequest &r)
{
    switch (r.kind) {
    case ActionRequest::Kind::InvalidateCache:
        return client->invalidateCache(r.pattern, r.allInstances ? CacheScope::AllInstances : CacheScope::Instance);
    case ActionRequest::Kind::ForceGc:
        return client->forceGc();
    case ActionRequest::Kind::OptimizeDatabase:
        return client->optimizeDatabase();
    case ActionRequest::Kind::SetMemoryThreshold:
        return client->setMemoryThreshold(r.threshold);
    case ActionRequest::Kind::ClearMetrics:
        break;
    }
    return client->clearMetrics();
}

QString memoryFigures(const MemoryStats &m)
{
    return QCoreApplication::translate("opsdash::ActionRunner", "heap used %1, RSS %2")
        .arg(format::bytes(m.heapUsed), format::bytes(m.rss));
}

} // namespace

ActionRunner::ActionRunner(Session *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{ }

QString ActionRunner::actionName(ActionRequest::Kind kind)
{
    switch (kind) {
    case ActionRequest::Kind::InvalidateCache:
        return tr("Invalidate cache");
    case ActionRequest::Kind::ForceGc:
        return tr("Force GC");
    case ActionRequest::Kind::OptimizeDatabase:
        return tr("Optimize database");
    case ActionRequest::Kind::SetMemoryThreshold:
        return tr("Set memory threshold");
    case ActionRequest::Kind::ClearMetrics:
        return tr("Clear metrics");
    }
    return {};
}

QString ActionRunner::describe(const ActionRequest &r) const
{
    switch (r.kind) {
    case ActionRequest::Kind::InvalidateCache:
        return tr("Removes every cache entry whose key matches “%1” from %2. The next requests for them go to "
                  "the database until the cache is warm again. p95 latency and the hit rate of the minute before "
                  "and the minute after are recorded.")
            .arg(r.pattern,
                 r.allInstances ? tr("the shared Redis cache and the memory cache of every instance")
                                : tr("this instance's memory cache and the shared Redis cache"));
    case ActionRequest::Kind::ForceGc:
        return tr("Asks the backend to collect garbage and return free memory now. Heap and RSS before and after "
                  "are recorded.");
    case ActionRequest::Kind::OptimizeDatabase:
        return tr("Asks the backend to optimize the database (ANALYZE of its tables). It reads every table once "
                  "and may slow queries down while it runs. p95 latency and the DB query time of the minute "
                  "before and after are recorded.");
    case ActionRequest::Kind::SetMemoryThreshold:
        return tr("Sets the heap usage above which the backend acts to “%1”.").arg(format::percent(r.threshold, 0));
    case ActionRequest::Kind::ClearMetrics:
        return tr("Clears the query and request metrics the backend has collected (slow queries, endpoint "
                  "statistics). opsdash keeps its own history.");
    }
    return {};
}

QString ActionRunner::target(const ActionRequest &r) const
{
    const QString profile = m_session ? m_session->profile().name : QString();
    if (r.kind == ActionRequest::Kind::InvalidateCache && r.allInstances)
        return tr("all instances of %1 (sent to %2)").arg(profile, r.instance);
    return tr("%1 (profile %2)").arg(r.instance, profile);
}

void ActionRunner::request(const ActionRequest &r)
{
    if (!m_session || r.instance.isEmpty())
        return;
    const QString typed = m_session->profile().production ? m_session->profile().name : QString();
    auto *dialog = new ConfirmDialog(actionName(r.kind), describe(r), target(r), typed, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, r] { execute(r); });
    dialog->open();
}

QString ActionRunner::windowFigures(qint64 fromMs, qint64 toMs, ActionRequest::Kind kind) const
{
    if (!m_session)
        return {};
    const MetricStore &store = m_session->dashboard()->store();
    QStringList parts;
    if (const auto p95 = store.mean(Metric::ApiP95Ms, fromMs, toMs))
        parts.append(tr("p95 %1").arg(format::durationMs(*p95)));
    if (kind == ActionRequest::Kind::InvalidateCache) {
        if (const auto hit = store.mean(Metric::CacheHitRate, fromMs, toMs))
            parts.append(tr("hit rate %1").arg(format::percent(*hit / 100.0)));
    } else if (const auto db = store.mean(Metric::DbAvgQueryMs, fromMs, toMs)) {
        parts.append(tr("DB query %1").arg(format::durationMs(*db)));
    }
    return parts.isEmpty() ? tr("no figures") : parts.join(QStringLiteral(", "));
}

QCoro::Task<> ActionRunner::execute(ActionRequest r)
{
    QPointer<ActionRunner> self(this);
    if (!m_session)
        co_return;
    BackendClient *client = m_session->client(r.instance);
    if (!client)
        co_return;
    QPointer<BackendClient> guard(client);
    ActionRecord record;
    record.id = QStringLiteral("action-%1-%2").arg(nowMs()).arg(++m_serial);
    record.time = QDateTime::currentDateTime();
    record.profile = m_session->profile().name;
    record.instance =
        r.kind == ActionRequest::Kind::InvalidateCache && r.allInstances ? tr("all instances") : r.instance;
    record.name = actionName(r.kind);
    const qint64 startedMs = nowMs();

    switch (r.kind) {
    case ActionRequest::Kind::InvalidateCache:
        record.parameters = tr("pattern %1, scope %2").arg(r.pattern, r.allInstances ? tr("all") : tr("instance"));
        record.before = windowFigures(startedMs - 60'000, startedMs, r.kind);
        break;
    case ActionRequest::Kind::OptimizeDatabase:
        record.before = windowFigures(startedMs - 60'000, startedMs, r.kind);
        break;
    case ActionRequest::Kind::SetMemoryThreshold:
        record.parameters = format::percent(r.threshold, 0);
        break;
    case ActionRequest::Kind::ForceGc:
    case ActionRequest::Kind::ClearMetrics:
        break;
    }

    // Immediate before figures straight from the backend.
    const bool memoryAction =
        r.kind == ActionRequest::Kind::ForceGc || r.kind == ActionRequest::Kind::SetMemoryThreshold;
    if (memoryAction || r.kind == ActionRequest::Kind::ClearMetrics) {
        QCoro::Task<BackendReply<Overview>> fetching = client->overview();
        const auto before = co_await fetching;
        if (!self || !guard)
            co_return;
        if (before) {
            const Overview &o = *before.value;
            if (r.kind == ActionRequest::Kind::ForceGc)
                record.before = memoryFigures(o.memory);
            else if (r.kind == ActionRequest::Kind::SetMemoryThreshold)
                record.before = o.memory.threshold ? tr("threshold %1").arg(format::percent(*o.memory.threshold, 0))
                                                   : tr("usage %1").arg(format::percent(o.memory.usagePercent / 100));
            else
                record.before =
                    tr("%1 requests, %2 queries recorded").arg(o.api.totalRequests).arg(o.database.totalQueries);
        }
    }
    if (!self)
        co_return;
    Q_EMIT started(record);
    m_session->dashboard()->recordAction(record);
    qCInfo(lcActions) << "running" << record.name << "on" << r.instance << record.parameters;

    QCoro::Task<BackendReply<ActionAnswer>> posting = send(client, r);
    const BackendReply<ActionAnswer> result = co_await posting;
    if (!self || !guard || !m_session)
        co_return;
    record.finished = true;
    record.ok = bool(result);
    if (result) {
        const ActionAnswer &answer = *result.value;
        record.result = answer.message.isEmpty() ? tr("done") : answer.message;
        if (answer.invalidated && !record.result.contains(QString::number(*answer.invalidated)))
            record.result = tr("%1 (%2 keys)").arg(record.result).arg(*answer.invalidated);
    } else {
        record.result = result.error;
    }

    if (record.ok && (memoryAction || r.kind == ActionRequest::Kind::ClearMetrics)) {
        QCoro::Task<BackendReply<Overview>> fetching = client->overview();
        const auto after = co_await fetching;
        if (!self || !m_session)
            co_return;
        if (after) {
            const Overview &o = *after.value;
            if (r.kind == ActionRequest::Kind::ForceGc)
                record.after = memoryFigures(o.memory);
            else if (r.kind == ActionRequest::Kind::SetMemoryThreshold)
                record.after = o.memory.threshold ? tr("threshold %1").arg(format::percent(*o.memory.threshold, 0))
                                                  : tr("usage %1").arg(format::percent(o.memory.usagePercent / 100));
            else
                record.after =
                    tr("%1 requests, %2 queries recorded").arg(o.api.totalRequests).arg(o.database.totalQueries);
        }
    }
    const bool deferred = record.ok &&
        (r.kind == ActionRequest::Kind::InvalidateCache || r.kind == ActionRequest::Kind::OptimizeDatabase);
    if (deferred)
        record.after = tr("measuring for %1…").arg(format::durationMs(m_afterWindowMs));
    m_session->dashboard()->recordAction(record);
    qCInfo(lcActions) << record.name << (record.ok ? "succeeded:" : "failed:") << record.result;
    Q_EMIT finished(record);

    if (deferred) {
        const qint64 doneMs = nowMs();
        QPointer<Session> session = m_session;
        QTimer::singleShot(m_afterWindowMs, this, [this, session, record, doneMs, kind = r.kind]() mutable {
            if (!session)
                return;
            record.after = windowFigures(doneMs, doneMs + m_afterWindowMs, kind);
            session->dashboard()->recordAction(record);
            Q_EMIT finished(record);
        });
    }
}

} // namespace opsdash
