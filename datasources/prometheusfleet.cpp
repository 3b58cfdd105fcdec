#include "prometheusfleet.h"

#include "promql.h"

#include <algorithm>
#include <cmath>

namespace opsdash {

namespace {

constexpr int kWindowSeconds = 60;

/// instance → value of an instant query's vector (finite values only).
QHash<QString, double> byInstance(const BackendReply<QList<prom::Series>> &reply)
{
    QHash<QString, double> out;
    for (const prom::Series &s : reply.value.value_or(QList<prom::Series>{}))
        if (!s.points.isEmpty() && std::isfinite(s.points.first().value))
            out.insert(s.labels.value(QStringLiteral("instance")), s.points.first().value);
    return out;
}

std::optional<double> valueOf(const QHash<QString, double> &values, const QString &instance, double scale = 1)
{
    const auto it = values.constFind(instance);
    return it == values.constEnd() ? std::nullopt : std::optional(*it * scale);
}

} // namespace

PrometheusFleet::PrometheusFleet(PrometheusClient *client, QString job, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_job(std::move(job))
{ }

QCoro::Task<FleetSnapshot> PrometheusFleet::read()
{
    FleetSnapshot snapshot;
    QPointer<PrometheusFleet> self(this);
    if (!m_client) {
        snapshot.error = tr("no Prometheus");
        co_return snapshot;
    }
    promql::Scope scope;
    scope.job = m_job;
    const auto per = [&](Metric m) {
        return *promql::metricExpr(m, scope, promql::Grouping::PerInstance, kWindowSeconds);
    };
    // Started together (tasks run eagerly), awaited in turn.
    QCoro::Task<BackendReply<QList<prom::Target>>> targetsTask = m_client->targets();
    QCoro::Task<BackendReply<QList<prom::Series>>> rpsTask = m_client->query(per(Metric::RequestsPerSecond));
    QCoro::Task<BackendReply<QList<prom::Series>>> errorsTask =
        m_client->query(promql::serverErrorRatio(scope, kWindowSeconds));
    QCoro::Task<BackendReply<QList<prom::Series>>> p95Task = m_client->query(per(Metric::ApiP95Ms));
    QCoro::Task<BackendReply<QList<prom::Series>>> heapTask = m_client->query(per(Metric::HeapUsed));
    QCoro::Task<BackendReply<QList<prom::Series>>> usageTask = m_client->query(per(Metric::HeapUsagePercent));
    QCoro::Task<BackendReply<QList<prom::Series>>> poolTask = m_client->query(per(Metric::PoolWaiting));
    QCoro::Task<BackendReply<QList<prom::Series>>> buildTask = m_client->query(promql::buildInfo(scope));
    const auto targets = co_await targetsTask;
    const auto rps = co_await rpsTask;
    const auto errors = co_await errorsTask;
    const auto p95 = co_await p95Task;
    const auto heap = co_await heapTask;
    const auto usage = co_await usageTask;
    const auto pool = co_await poolTask;
    const auto build = co_await buildTask;
    if (!self)
        co_return snapshot;
    if (!targets) {
        snapshot.error = targets.error;
        co_return snapshot;
    }
    for (const auto *reply : {&rps, &errors, &p95, &heap, &usage, &pool, &build})
        if (!*reply && snapshot.error.isEmpty())
            snapshot.error = reply->error;
    const auto rpsBy = byInstance(rps), errorsBy = byInstance(errors), p95By = byInstance(p95),
               heapBy = byInstance(heap), usageBy = byInstance(usage), poolBy = byInstance(pool);
    QHash<QString, QString> versions;
    for (const prom::Series &s : build.value.value_or(QList<prom::Series>{}))
        versions.insert(s.labels.value(QStringLiteral("instance")), s.labels.value(QStringLiteral("version")));
    for (const prom::Target &t : *targets.value) {
        if (t.labels.value(QStringLiteral("job")) != m_job)
            continue;
        FleetInstance i;
        i.instance = t.labels.value(QStringLiteral("instance"));
        i.health = t.health;
        i.scrapeError = t.lastError;
        i.lastScrapeMs = t.lastScrapeMs;
        i.requestsPerSecond = valueOf(rpsBy, i.instance);
        i.serverErrorRatio = valueOf(errorsBy, i.instance);
        i.p95Ms = valueOf(p95By, i.instance);
        i.heapBytes = valueOf(heapBy, i.instance);
        i.heapUsage = valueOf(usageBy, i.instance, 0.01);
        i.poolWaiting = valueOf(poolBy, i.instance);
        i.version = versions.value(i.instance);
        snapshot.instances.append(std::move(i));
    }
    std::sort(snapshot.instances.begin(), snapshot.instances.end(),
              [](const FleetInstance &a, const FleetInstance &b) { return a.instance < b.instance; });
    co_return snapshot;
}

} // namespace opsdash
