#include "tables.h"

#include <QCoreApplication>

namespace opsdash::tables {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("opsdash::tables", text);
}

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QList<ColumnSpec> endpointColumns()
{
    return {
        {tr("Instance"), CellKind::Text},  {tr("Endpoint"), CellKind::Text},  {tr("Requests"), CellKind::Count},
        {tr("Avg"), CellKind::DurationMs}, {tr("p50"), CellKind::DurationMs}, {tr("p95"), CellKind::DurationMs},
        {tr("p99"), CellKind::DurationMs}, {tr("Max"), CellKind::DurationMs}, {tr("Errors"), CellKind::Count},
    };
}

QList<TableRow> endpointRows(const QString &instance, const QList<EndpointPercentiles> &endpoints, double p95WarnMs)
{
    QList<TableRow> rows;
    rows.reserve(endpoints.size());
    for (const EndpointPercentiles &e : endpoints) {
        TableRow row;
        row.key = instance + u'\n' + e.route;
        row.values = {instance,  e.route,  e.count,
                      e.average, e.median, e.p95,
                      e.p99,     e.max,    e.errors ? QVariant(*e.errors) : QVariant()};
        row.severity = e.p95 > 2 * p95WarnMs ? 2 : e.p95 > p95WarnMs ? 1 : 0;
        rows.append(std::move(row));
    }
    return rows;
}

QList<TableRow> endpointRows(const QString &instance, const QList<EndpointStat> &slowest, double p95WarnMs)
{
    QList<TableRow> rows;
    rows.reserve(slowest.size());
    for (const EndpointStat &e : slowest) {
        const QString route = e.method.isEmpty() ? e.endpoint : e.method + u' ' + e.endpoint;
        TableRow row;
        row.key = instance + u'\n' + route;
        row.values = {instance, route, e.requestCount, e.avgResponseTimeMs, {}, {}, {}, {}, {}};
        row.severity = e.avgResponseTimeMs > p95WarnMs ? 1 : 0;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> slowQueryColumns()
{
    return {
        {tr("Instance"), CellKind::Text}, {tr("Time"), CellKind::DateTime},   {tr("Duration"), CellKind::DurationMs},
        {tr("Query"), CellKind::Text},    {tr("Parameters"), CellKind::Text},
    };
}

QList<TableRow> slowQueryRows(const QString &instance, const QList<QueryMetric> &queries, double warnMs)
{
    QList<TableRow> rows;
    rows.reserve(queries.size());
    for (const QueryMetric &q : queries) {
        TableRow row;
        row.key = instance + u'\n' + q.timestamp.toString(Qt::ISODateWithMs) + u'\n' + QString::number(q.durationMs) +
            u'\n' + q.query;
        row.values = {instance, q.timestamp, q.durationMs, q.query,
                      q.parameters.isEmpty() ? QVariant() : QVariant(q.parameters.join(QStringLiteral(", ")))};
        row.severity = q.durationMs > 10 * warnMs ? 2 : q.durationMs > warnMs ? 1 : 0;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> frequencyColumns()
{
    return {
        {tr("Instance"), CellKind::Text},  {tr("Query"), CellKind::Text},     {tr("Calls"), CellKind::Count},
        {tr("Avg"), CellKind::DurationMs}, {tr("Max"), CellKind::DurationMs},
    };
}

QList<TableRow> frequencyRows(const QString &instance, const QList<QueryFrequency> &frequency, double warnMs)
{
    QList<TableRow> rows;
    rows.reserve(frequency.size());
    for (const QueryFrequency &f : frequency) {
        TableRow row;
        row.key = instance + u'\n' + f.query;
        row.values = {instance, f.query, f.count, f.avgDurationMs, optional(f.maxDurationMs)};
        row.severity = f.avgDurationMs > warnMs ? 1 : 0;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> alertColumns()
{
    return {
        {tr("Time"), CellKind::DateTime}, {tr("State"), CellKind::Text},     {tr("Alert"), CellKind::Text},
        {tr("Value"), CellKind::Text},    {tr("Threshold"), CellKind::Text},
    };
}

QList<ColumnSpec> actionColumns()
{
    return {
        {tr("Time"), CellKind::DateTime}, {tr("Profile"), CellKind::Text},    {tr("Instance"), CellKind::Text},
        {tr("Action"), CellKind::Text},   {tr("Parameters"), CellKind::Text}, {tr("Result"), CellKind::Text},
        {tr("Before"), CellKind::Text},   {tr("After"), CellKind::Text},
    };
}

QList<ColumnSpec> instanceColumns()
{
    return {
        {tr("Instance"), CellKind::Text}, {tr("Status"), CellKind::Text},  {tr("Database"), CellKind::Text},
        {tr("Redis"), CellKind::Text},    {tr("Version"), CellKind::Text}, {tr("Uptime"), CellKind::DurationMs},
        {tr("Message"), CellKind::Text},
    };
}

QList<ColumnSpec> eventColumns()
{
    return {
        {tr("Event"), CellKind::Text},        {tr("Date"), CellKind::DateTime},       {tr("Venue"), CellKind::Text},
        {tr("Capacity"), CellKind::Count},    {tr("Registrations"), CellKind::Count}, {tr("Fill"), CellKind::Ratio},
        {tr("Checked in"), CellKind::Count},  {tr("Checked in %"), CellKind::Ratio},  {tr("Revenue"), CellKind::Money},
        {tr("Avg payment"), CellKind::Money}, {tr("Status"), CellKind::Text},
    };
}

QList<TableRow> eventRows(const QList<EventStat> &events)
{
    QList<TableRow> rows;
    rows.reserve(events.size());
    for (const EventStat &e : events) {
        TableRow row;
        row.key = QString::number(e.id);
        const QVariant fill = e.capacity > 0 ? QVariant(double(e.registrations) / double(e.capacity)) : QVariant();
        const QVariant checked =
            e.registrations > 0 ? QVariant(double(e.checkedIn) / double(e.registrations)) : QVariant();
        row.values = {e.name,
                      e.date,
                      e.venue.isEmpty() ? QVariant() : QVariant(e.venue),
                      e.capacity,
                      e.registrations,
                      fill,
                      e.checkedIn,
                      checked,
                      e.revenue,
                      e.averagePayment ? QVariant(*e.averagePayment) : QVariant(),
                      e.status.isEmpty() ? QVariant() : QVariant(e.status)};
        row.severity = e.capacity > 0 && e.registrations >= e.capacity ? 1 : 0; // sold out
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace opsdash::tables
