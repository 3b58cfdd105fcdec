#include "promql.h"

#include "alerts.h"

#include <QStringList>

namespace opsdash::promql {

namespace {

const QString kDuration = QStringLiteral("eventsd_http_request_duration_seconds");

/// A label value as PromQL writes it: double-quoted, backslash and quote escaped.
QString quoted(const QString &value)
{
    QString out = value;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

/// Builds the expressions of one scope: `sel(…)` the eventsd selector with extra matchers, `by` the grouping.
struct Builder
{
    const Scope &scope;
    QString by; ///< "" (one series) or "job, instance"
    QString window;

    QString sel(const QString &extra = {}) const
    {
        QStringList m{u"job=" + quoted(scope.job)};
        if (!scope.instance.isEmpty())
            m << u"instance=" + quoted(scope.instance);
        if (!extra.isEmpty())
            m << extra;
        return u'{' + m.join(u',') + u'}';
    }
    QString dbSel(const QString &extra = {}) const
    {
        QStringList m;
        if (!scope.database.isEmpty())
            m << u"datname=" + quoted(scope.database);
        if (!extra.isEmpty())
            m << extra;
        return u'{' + m.join(u',') + u'}';
    }
    QString sum(const QString &inner) const { return QStringLiteral("sum by (%1) (%2)").arg(by, inner); }
    QString rate(const QString &name, const QString &extra = {}) const
    {
        return sum(QStringLiteral("rate(%1%2[%3])").arg(name, sel(extra), window));
    }
    QString dbRate(const QString &name) const
    {
        return QStringLiteral("sum(rate(%1%2[%3]))").arg(name, dbSel(), window);
    }
    /// A backend-wide figure every instance reports alike (the job queues, from Redis): the instances' largest.
    QString shared(const QString &inner) const
    {
        return by.isEmpty() ? QStringLiteral("max(sum by (instance) (%1))").arg(inner)
                            : QStringLiteral("max by (job) (sum by (job, instance) (%1))").arg(inner);
    }
    QString quantile(double q) const
    {
        const QString le = by.isEmpty() ? QStringLiteral("le") : by + QStringLiteral(", le");
        return QStringLiteral("1000 * histogram_quantile(%1, sum by (%2) (rate(%3_bucket%4[%5])))")
            .arg(QString::number(q), le, kDuration, sel(), window);
    }
};

/// The dashboard takes the highest instance's figure for these (a slow instance must not hide in an average).
bool highestInstance(Metric metric)
{
    switch (metric) {
    case Metric::ApiP95Ms:
    case Metric::ApiP99Ms:
    case Metric::DbAvgQueryMs:
    case Metric::HeapUsagePercent:
        return true;
    default:
        return false;
    }
}

std::optional<QString> expression(Metric metric, const Builder &b)
{
    switch (metric) {
    case Metric::RequestsPerSecond:
        return b.rate(kDuration + QStringLiteral("_count"));
    case Metric::ApiAvgMs:
        return QStringLiteral("1000 * %1 / %2")
            .arg(b.rate(kDuration + QStringLiteral("_sum")), b.rate(kDuration + QStringLiteral("_count")));
    case Metric::ApiP95Ms:
        return b.quantile(0.95);
    case Metric::ApiP99Ms:
        return b.quantile(0.99);
    case Metric::ErrorRatePercent: // 4xx and 5xx, as the seed's errorRate counts them
        return QStringLiteral("100 * %1 / %2")
            .arg(b.rate(kDuration + QStringLiteral("_count"), QStringLiteral("status=~\"4xx|5xx\"")),
                 b.rate(kDuration + QStringLiteral("_count")));
    case Metric::SlowQueriesPerMinute:
        return QStringLiteral("60 * ") + b.rate(QStringLiteral("eventsd_db_slow_statements_total"));
    case Metric::DbAvgQueryMs:
        return QStringLiteral("1000 * %1 / %2")
            .arg(b.rate(QStringLiteral("eventsd_db_statement_seconds_total")),
                 b.rate(QStringLiteral("eventsd_db_statements_total")));
    case Metric::Rss:
        return b.sum(QStringLiteral("process_resident_memory_bytes") + b.sel());
    case Metric::HeapUsed:
        return b.sum(QStringLiteral("eventsd_heap_bytes") + b.sel(QStringLiteral("kind=\"used\"")));
    case Metric::HeapTotal:
        return b.sum(QStringLiteral("eventsd_heap_bytes") + b.sel(QStringLiteral("kind=\"total\"")));
    case Metric::HeapUsagePercent:
        return QStringLiteral("100 * %1 / %2")
            .arg(b.sum(QStringLiteral("eventsd_heap_bytes") + b.sel(QStringLiteral("kind=\"used\""))),
                 b.sum(QStringLiteral("eventsd_heap_bytes") + b.sel(QStringLiteral("kind=\"total\""))));
    case Metric::PoolTotal:
        return b.sum(QStringLiteral("eventsd_pool_connections") + b.sel(QStringLiteral("state=\"open\"")));
    case Metric::PoolIdle:
        return b.sum(QStringLiteral("eventsd_pool_connections") + b.sel(QStringLiteral("state=\"idle\"")));
    case Metric::PoolWaiting:
        return b.sum(QStringLiteral("eventsd_pool_waiting") + b.sel());
    case Metric::CacheHitRate: {
        const QString hits = b.rate(QStringLiteral("eventsd_cache_hits_total"));
        return QStringLiteral("100 * %1 / (%1 + %2)").arg(hits, b.rate(QStringLiteral("eventsd_cache_misses_total")));
    }
    case Metric::CacheHitsPerSecond:
        return b.rate(QStringLiteral("eventsd_cache_hits_total"));
    case Metric::CacheMissesPerSecond:
        return b.rate(QStringLiteral("eventsd_cache_misses_total"));
    case Metric::DbCommitsPerSecond:
        return b.dbRate(QStringLiteral("pg_stat_database_xact_commit"));
    case Metric::DbRollbacksPerSecond:
        return b.dbRate(QStringLiteral("pg_stat_database_xact_rollback"));
    case Metric::DbCacheHitRatio: {
        const QString hit = b.dbRate(QStringLiteral("pg_stat_database_blks_hit"));
        return QStringLiteral("100 * %1 / (%1 + %2)").arg(hit, b.dbRate(QStringLiteral("pg_stat_database_blks_read")));
    }
    case Metric::QueueWaiting:
        return b.shared(QStringLiteral("eventsd_queue_jobs") + b.sel(QStringLiteral("state=\"waiting\"")));
    case Metric::QueueDead:
        return b.shared(QStringLiteral("eventsd_queue_jobs") + b.sel(QStringLiteral("state=\"dead\"")));
    case Metric::QueueEmailWaiting:
    case Metric::QueueBadgeWaiting:
    case Metric::QueueReportWaiting: {
        const QString queue = queueName(QueueName(int(metric) - int(Metric::QueueEmailWaiting)));
        return b.shared(QStringLiteral("eventsd_queue_jobs") +
                        b.sel(QStringLiteral("queue=%1,state=\"waiting\"").arg(quoted(queue))));
    }
    case Metric::QueueEmailThroughput:
    case Metric::QueueBadgeThroughput:
    case Metric::QueueReportThroughput: {
        const QString queue = queueName(QueueName(int(metric) - int(Metric::QueueEmailThroughput)));
        return b.shared(QStringLiteral("eventsd_queue_throughput_per_minute") +
                        b.sel(QStringLiteral("queue=%1").arg(quoted(queue))));
    }
    case Metric::SessionsActive:
        return QStringLiteral("sum(pg_stat_activity_count%1)").arg(b.dbSel(QStringLiteral("state=\"active\"")));
    case Metric::SessionsIdle:
        return QStringLiteral("sum(pg_stat_activity_count%1)").arg(b.dbSel(QStringLiteral("state=\"idle\"")));
    case Metric::SessionsIdleInTransaction:
        return QStringLiteral("sum(pg_stat_activity_count%1)")
            .arg(b.dbSel(QStringLiteral("state=\"idle in transaction\"")));
    default:
        return std::nullopt;
    }
}

/// A YAML scalar in single quotes (PromQL and templates use double quotes).
QString yamlQuoted(const QString &text)
{
    QString out = text;
    return u'\'' + out.replace(u'\'', QStringLiteral("''")) + u'\'';
}

struct PromAlert
{
    QString name, expr, hold, severity, service, ruleId, summary;
};

/// The Prometheus name, service and summary template of an in-app rule.
PromAlert fromRule(const AlertRule &rule, const QString &job)
{
    PromAlert a;
    Scope scope;
    scope.job = job;
    Builder b{scope, QStringLiteral("job, instance"), QStringLiteral("1m")};
    const QString cmp = rule.above ? QStringLiteral(">") : QStringLiteral("<");
    a.expr = expression(rule.metric, b).value_or(QString()) + u' ' + cmp + u' ' + QString::number(rule.threshold);
    a.hold = duration(int(rule.holdMs / 1000));
    a.severity = QStringLiteral("warning");
    a.ruleId = rule.id;
    a.service = QStringLiteral("eventsd");
    const QString unit = rule.unit.isEmpty() ? QString() : (rule.unit == u'%' ? rule.unit : u' ' + rule.unit);
    const QString limit = QString::number(rule.threshold) + unit;
    auto summary = [&](const QString &title) {
        return QStringLiteral("{{ $labels.instance }}: %1 {{ $value | printf \"%.1f\" }}%2 %3 %4")
            .arg(title, unit, cmp, limit);
    };
    switch (rule.metric) {
    case Metric::ApiP95Ms:
        a.name = QStringLiteral("EventsdApiLatencyHigh");
        a.summary = summary(QStringLiteral("API p95 latency"));
        break;
    case Metric::DbAvgQueryMs:
        a.name = QStringLiteral("EventsdDatabaseQueriesSlow");
        a.service = QStringLiteral("database");
        a.summary = summary(QStringLiteral("DB query time"));
        break;
    case Metric::PoolWaiting:
        a.name = QStringLiteral("EventsdPoolWaiting");
        a.service = QStringLiteral("database");
        a.summary = summary(QStringLiteral("pool waiting clients"));
        break;
    case Metric::HeapUsagePercent:
        a.name = QStringLiteral("EventsdHeapHigh");
        a.summary = summary(QStringLiteral("heap usage"));
        break;
    case Metric::CacheHitRate:
        a.name = QStringLiteral("EventsdCacheHitRateLow");
        a.service = QStringLiteral("cache");
        a.summary = summary(QStringLiteral("cache hit rate"));
        break;
    case Metric::ErrorRatePercent:
        a.name = QStringLiteral("EventsdErrorRateHigh");
        a.summary = summary(QStringLiteral("error rate (4xx and 5xx)"));
        break;
    case Metric::QueueWaiting: // the backend's queues, not an instance's: no instance label
        a.name = QStringLiteral("EventsdJobsBacklog");
        a.summary = QStringLiteral("{{ $labels.job }}: %1 jobs waiting in the queues > %2")
                        .arg(QStringLiteral("{{ $value | printf \"%.0f\" }}"), limit);
        break;
    case Metric::QueueDead:
        a.name = QStringLiteral("EventsdDeadJobs");
        a.summary = QStringLiteral("{{ $labels.job }}: %1 dead jobs in the queues > %2")
                        .arg(QStringLiteral("{{ $value | printf \"%.0f\" }}"), limit);
        break;
    default:
        a.name = QStringLiteral("Opsdash_") + QString(rule.id).replace(u'.', u'_');
        a.summary = summary(rule.id);
        break;
    }
    return a;
}

QList<PromAlert> availabilityAlerts(const QString &job)
{
    return {
        {QStringLiteral("EventsdDown"), QStringLiteral("up{job=%1} == 0").arg(quoted(job)), QStringLiteral("30s"),
         QStringLiteral("critical"), QStringLiteral("eventsd"), QStringLiteral("eventsd.down"),
         QStringLiteral("{{ $labels.instance }}: eventsd does not answer Prometheus's scrapes")},
        {QStringLiteral("PostgresDown"), QStringLiteral("pg_up == 0"), QStringLiteral("30s"),
         QStringLiteral("critical"), QStringLiteral("database"), QStringLiteral("database.down"),
         QStringLiteral("{{ $labels.instance }}: the PostgreSQL exporter cannot reach the database")},
        {QStringLiteral("RedisDown"), QStringLiteral("redis_up == 0"), QStringLiteral("30s"),
         QStringLiteral("critical"), QStringLiteral("cache"), QStringLiteral("cache.down"),
         QStringLiteral("{{ $labels.instance }}: the Redis exporter cannot reach Redis")},
    };
}

} // namespace

QString serverErrorRatio(const Scope &scope, int windowSeconds)
{
    const Builder b{scope, QStringLiteral("job, instance"), duration(std::max(1, windowSeconds))};
    return QStringLiteral("%1 / %2").arg(b.rate(kDuration + QStringLiteral("_count"), QStringLiteral("status=\"5xx\"")),
                                         b.rate(kDuration + QStringLiteral("_count")));
}

QString buildInfo(const Scope &scope)
{
    const Builder b{scope, {}, {}};
    return QStringLiteral("eventsd_build_info") + b.sel();
}

QString startTimes(const Scope &scope)
{
    const Builder b{scope, {}, {}};
    return QStringLiteral("process_start_time_seconds") + b.sel();
}

bool isDatabaseMetric(Metric metric)
{
    switch (metric) {
    case Metric::DbCommitsPerSecond:
    case Metric::DbRollbacksPerSecond:
    case Metric::DbCacheHitRatio:
    case Metric::SessionsActive:
    case Metric::SessionsIdle:
    case Metric::SessionsIdleInTransaction:
        return true;
    default:
        return false;
    }
}

QString duration(int seconds)
{
    if (seconds > 0 && seconds % 3600 == 0)
        return QString::number(seconds / 3600) + u'h';
    if (seconds > 0 && seconds % 60 == 0)
        return QString::number(seconds / 60) + u'm';
    return QString::number(std::max(0, seconds)) + u's';
}

std::optional<QString> metricExpr(Metric metric, const Scope &scope, Grouping grouping, int windowSeconds)
{
    const QString window = duration(std::max(1, windowSeconds));
    const QString perInstance = QStringLiteral("job, instance");
    if (grouping == Grouping::Overall && highestInstance(metric)) {
        const auto inner = expression(metric, Builder{scope, perInstance, window});
        return inner ? std::optional(QStringLiteral("max(%1)").arg(*inner)) : std::nullopt;
    }
    return expression(metric, Builder{scope, grouping == Grouping::Overall ? QString() : perInstance, window});
}

QString alertingRules(const Thresholds &thresholds, const QString &profileName, const QString &job)
{
    QStringList out{
        QStringLiteral("# Alerting rules generated by `opsdash rules%1`: the in-app alerts' thresholds and hold times")
            .arg((profileName.isEmpty() ? QString() : QStringLiteral(" --profile ") + profileName) +
                 (job == u"eventsd" ? QString() : QStringLiteral(" --job ") + job)),
        QStringLiteral(
            "# (the seeds' defaults unless a profile changed them), one alert per eventsd instance, and the"),
        QStringLiteral(
            "# availability of eventsd, PostgreSQL and Redis. Regenerate rather than edit. The service label is"),
        QStringLiteral("# what a maintenance silence matches; opsdash_rule names the in-app rule."),
        QStringLiteral("groups:"),
        QStringLiteral("  - name: opsdash_alerts"),
        QStringLiteral("    rules:"),
    };
    QList<PromAlert> alerts;
    for (const AlertRule &rule : AlertEngine::rulesFor(thresholds))
        alerts << fromRule(rule, job);
    alerts << availabilityAlerts(job);
    for (const PromAlert &a : alerts) {
        out << QStringLiteral("      - alert: ") + a.name << QStringLiteral("        expr: ") + yamlQuoted(a.expr)
            << QStringLiteral("        for: ") + a.hold << QStringLiteral("        labels:")
            << QStringLiteral("          severity: ") + a.severity << QStringLiteral("          service: ") + a.service
            << QStringLiteral("          opsdash_rule: ") + yamlQuoted(a.ruleId)
            << QStringLiteral("        annotations:") << QStringLiteral("          summary: ") + yamlQuoted(a.summary);
    }
    return out.join(u'\n') + u'\n';
}

} // namespace opsdash::promql
