#pragma once

#include "metricstore.h"
#include "thresholds.h"

#include <QString>

#include <optional>

namespace opsdash::promql {

/// Which series a query reads: eventsd's targets (one job, optionally one instance) and one database's rows of
/// the PostgreSQL exporter.
struct Scope
{
    QString job = QStringLiteral("eventsd");
    QString instance; ///< empty: every instance of the job
    QString database; ///< datname; empty: every database
};

/// One series for the whole scope (the dashboard's charts), or one per instance (alerts, the fleet page).
enum class Grouping { Overall, PerInstance };

/// PromQL giving `metric` in the dashboard's unit (ms, %, bytes, per second) with the dashboard's aggregation
/// across instances (rates and counts summed, latencies and heap usage the highest instance's), rates over
/// `windowSeconds`. nullopt for a metric Prometheus does not have (pgbouncer, the selected statement, …).
/// The one home of what each Metric means in Prometheus's terms: alerting rules and history read it.
std::optional<QString> metricExpr(Metric metric, const Scope &scope, Grouping grouping, int windowSeconds);

/// The share of 5xx answers (0..1) per instance: the fleet's "5xx" (the dashboard's error rate counts 4xx too).
QString serverErrorRatio(const Scope &scope, int windowSeconds);
/// eventsd_build_info of the scope's instances (version and revision labels).
QString buildInfo(const Scope &scope);
/// process_start_time_seconds of the scope's instances.
QString startTimes(const Scope &scope);

/// True for the metrics read from the PostgreSQL exporter (a database's), false for eventsd's.
bool isDatabaseMetric(Metric metric);

/// "30s", "5m", "2h": a PromQL duration.
QString duration(int seconds);

/// Prometheus alerting rules (YAML) for a profile's thresholds: the in-app alerts with the same thresholds and
/// hold times, one alert per eventsd instance, plus availability alerts for eventsd, PostgreSQL and Redis.
/// Labels: severity, service (eventsd, database or cache: what a maintenance silence matches) and opsdash_rule
/// (the in-app rule's id).
/// `job`: eventsd's scrape job in that Prometheus.
QString alertingRules(const Thresholds &thresholds, const QString &profileName,
                      const QString &job = QStringLiteral("eventsd"));

} // namespace opsdash::promql
