#pragma once

#include "backendtypes.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace opsdash::backend {

/// A parsed body, or why it could not be read ("database.slowestQueries: expected an array, got object").
template<typename T>
struct Parsed
{
    std::optional<T> value;
    QString error;
    explicit operator bool() const { return value.has_value(); }
};

/// Each takes a response body as received. Extra fields are ignored; a missing optional field takes its default;
/// a present field of the wrong type is an error naming its path. The quirks of a NestJS backend built from
/// seed 002 are accepted: `queryFrequency` as `{}`, `parameters` as a JSON string, numbers as numeric strings.
Parsed<Overview> parseOverview(const QByteArray &body);
Parsed<DatabaseStats> parseDatabaseStats(const QByteArray &body);
Parsed<QList<QueryMetric>> parseSlowQueries(const QByteArray &body);
Parsed<QList<QueryFrequency>> parseFrequency(const QByteArray &body);
Parsed<DatabaseInfo> parseDatabaseInfo(const QByteArray &body);
Parsed<ApiStats> parseApiStats(const QByteArray &body);
Parsed<MemoryStats> parseMemoryStats(const QByteArray &body);
Parsed<PoolStats> parsePoolStats(const QByteArray &body);
Parsed<QList<EndpointPercentiles>> parseEndpoints(const QByteArray &body);
Parsed<CacheStats> parseCacheStats(const QByteArray &body);
Parsed<HealthStatus> parseHealth(const QByteArray &body);
/// GET /performance/queues and GET /performance/queues/:queue/jobs (eventsd extensions).
/// GET /performance/api/endpoints/breakdown (an eventsd extension): one entry per route.
Parsed<QList<EndpointBreakdown>> parseEndpointBreakdown(const QByteArray &body);
Parsed<QList<QueueFigures>> parseQueues(const QByteArray &body);
Parsed<TroubledJobs> parseTroubledJobs(const QByteArray &body);
/// One report (POST /events/:id/reports, GET /events/:id/reports/:report).
Parsed<ReportStatus> parseReport(const QByteArray &body);
/// GET /events/:id/summary (an eventsd extension).
Parsed<EventSummary> parseEventSummary(const QByteArray &body);
/// GET /events/statistics.
Parsed<QList<EventStat>> parseEventStatistics(const QByteArray &body);
/// GET /events: a page of events (only id, venue and status are read into EventStat here).
Parsed<CursorPage<EventStat>> parseEventsPage(const QByteArray &body);
/// GET /events/:id/registrations.
Parsed<CursorPage<RegistrationItem>> parseRegistrationsPage(const QByteArray &body);
/// An action's answer: `message` and, for an invalidation, `invalidated`.
Parsed<ActionAnswer> parseActionAnswer(const QByteArray &body);
/// An action's answer: its `message`, or the body's error `message` (NestJS and eventsd both send one).
Parsed<QString> parseMessage(const QByteArray &body);

/// "8 MB", "8192 kB", "1.5 GB", "123 bytes" (pg_size_pretty) in bytes; nullopt for anything else.
std::optional<qint64> parseSize(const QString &text);

} // namespace opsdash::backend
