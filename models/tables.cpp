#include "tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

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
        {tr("Instance"), CellKind::Text},  {tr("Endpoint"), CellKind::Text},
        {tr("Requests"), CellKind::Count}, {tr("Avg"), CellKind::DurationMs},
        {tr("p50"), CellKind::DurationMs}, {tr("p95"), CellKind::DurationMs},
        {tr("p99"), CellKind::DurationMs}, {tr("Max"), CellKind::DurationMs},
        {tr("Errors"), CellKind::Count},   {tr("Percentiles over last"), CellKind::Count},
    };
}

QList<TableRow> endpointRows(const QString &instance, const QList<EndpointPercentiles> &endpoints, double p95WarnMs)
{
    QList<TableRow> rows;
    rows.reserve(endpoints.size());
    for (const EndpointPercentiles &e : endpoints) {
        TableRow row;
        row.key = instance + u'\n' + e.route;
        // eventsd counts requests and errors since the last clear and takes percentiles over a window of the
        // latest; a seed backend's count is all it has.
        row.values = {instance,  e.route,  e.totalCount.value_or(e.count),
                      e.average, e.median, e.p95,
                      e.p99,     e.max,    e.errors ? QVariant(*e.errors) : QVariant(),
                      e.count};
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
        row.values = {instance, route, e.requestCount, e.avgResponseTimeMs, {}, {}, {}, {}, {}, {}};
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

QList<ColumnSpec> statementColumns()
{
    return {
        {tr("Statement"), CellKind::Text},   {tr("User"), CellKind::Text},         {tr("Calls"), CellKind::Count},
        {tr("Total"), CellKind::DurationMs}, {tr("Mean"), CellKind::DurationMs},   {tr("Rows"), CellKind::Count},
        {tr("Hit ratio"), CellKind::Ratio},  {tr("Blocks read"), CellKind::Count}, {tr("Temp blocks"), CellKind::Count},
    };
}

QList<TableRow> statementRows(const QList<PgStatementDelta> &deltas,
                              const std::function<QString(const QString &)> &textOf, double meanWarnMs)
{
    QList<TableRow> rows;
    rows.reserve(deltas.size());
    for (const PgStatementDelta &d : deltas) {
        TableRow row;
        row.key = d.key;
        const auto hit = d.hitRatio();
        row.values = {textOf(d.key),
                      d.user,
                      d.delta.calls,
                      d.delta.totalMs,
                      d.meanMs(),
                      d.delta.rows,
                      hit ? QVariant(*hit) : QVariant(),
                      d.delta.sharedRead,
                      d.delta.tempRead + d.delta.tempWritten};
        row.severity = meanWarnMs > 0 && d.meanMs() >= meanWarnMs ? 1 : 0;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> sessionColumns()
{
    return {
        {tr("PID"), CellKind::Count},        {tr("State"), CellKind::Text},      {tr("Duration"), CellKind::DurationMs},
        {tr("Waiting on"), CellKind::Text},  {tr("Blocked by"), CellKind::Text}, {tr("User"), CellKind::Text},
        {tr("Application"), CellKind::Text}, {tr("Client"), CellKind::Text},     {tr("Query"), CellKind::Text},
    };
}

QList<TableRow> sessionRows(const QList<PgSession> &sessions, const QDateTime &now, double longMs, double idleTxMs)
{
    QSet<int> blocking;
    for (const PgSession &s : sessions)
        for (int pid : s.blockedBy)
            blocking.insert(pid);
    QList<TableRow> rows;
    for (const PgSession &s : sessions) {
        const bool idle = s.state == QLatin1String("idle") || s.state.isEmpty();
        if (idle && !blocking.contains(s.pid))
            continue;
        const QDateTime since = s.transactionStart.isValid() ? s.transactionStart : s.queryStart;
        const QVariant duration = since.isValid() ? QVariant(double(since.msecsTo(now))) : QVariant();
        QStringList blockers;
        for (int pid : s.blockedBy)
            blockers.append(QString::number(pid));
        const QString wait =
            s.waitEventType.isEmpty() ? QString() : QString(s.waitEventType + QLatin1Char(':') + s.waitEvent);
        TableRow row;
        row.key = QString::number(s.pid);
        row.values = {s.pid,
                      s.state,
                      duration,
                      wait.isEmpty() ? QVariant() : QVariant(wait),
                      blockers.isEmpty() ? QVariant() : QVariant(blockers.join(QStringLiteral(", "))),
                      s.user,
                      s.application,
                      s.client.isEmpty() ? QVariant() : QVariant(s.client),
                      s.query};
        const double ms = duration.isValid() ? duration.toDouble() : 0;
        if (!s.blockedBy.isEmpty() || blocking.contains(s.pid))
            row.severity = 2;
        else if ((s.state.startsWith(QLatin1String("idle in transaction")) && ms >= idleTxMs) || ms >= longMs)
            row.severity = 1;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> tableHealthColumns()
{
    return {
        {tr("Table"), CellKind::Text},
        {tr("Size"), CellKind::Bytes},
        {tr("Live rows"), CellKind::Count},
        {tr("Dead rows"), CellKind::Count},
        {tr("Dead"), CellKind::Ratio},
        {tr("Last vacuum"), CellKind::DateTime},
        {tr("Last analyze"), CellKind::DateTime},
        {tr("Seq scans"), CellKind::Count},
        {tr("Rows per seq scan"), CellKind::Count},
        {tr("Index scans"), CellKind::Count},
    };
}

QList<TableRow> tableHealthRows(const QList<PgTableHealth> &tables, double deadWarn)
{
    QSet<qint64> candidates;
    for (const PgTableHealth &t : pghealth::indexCandidates(tables))
        candidates.insert(t.relid);
    QList<TableRow> rows;
    for (const PgTableHealth &t : tables) {
        TableRow row;
        row.key = QString::number(t.relid);
        const auto dead = t.deadRatio();
        row.values = {t.qualifiedName(),
                      t.totalBytes >= 0 ? QVariant(t.totalBytes) : QVariant(),
                      t.liveTuples,
                      t.deadTuples,
                      dead ? QVariant(*dead) : QVariant(),
                      t.lastVacuum.isValid() ? QVariant(t.lastVacuum) : QVariant(),
                      t.lastAnalyze.isValid() ? QVariant(t.lastAnalyze) : QVariant(),
                      t.seqScans,
                      t.seqScans > 0 ? QVariant(t.seqTuplesRead / t.seqScans) : QVariant(),
                      t.indexScans};
        row.severity = (dead && *dead >= deadWarn) || candidates.contains(t.relid) ? 1 : 0;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> indexFindingColumns()
{
    return {
        {tr("Index"), CellKind::Text},  {tr("Table"), CellKind::Text},   {tr("Size"), CellKind::Bytes},
        {tr("Scans"), CellKind::Count}, {tr("Finding"), CellKind::Text}, {tr("Definition"), CellKind::Text},
    };
}

QList<TableRow> indexRows(const QList<PgIndexHealth> &indexes)
{
    QHash<qint64, QStringList> findings;
    QHash<qint64, int> severity;
    for (const pghealth::DuplicateIndex &d : pghealth::duplicateIndexes(indexes)) {
        findings[d.redundant.indexRelid].append(d.exact ? tr("duplicate of %1").arg(d.kept.name)
                                                        : tr("covered by %1 (its leading columns)").arg(d.kept.name));
        severity[d.redundant.indexRelid] = 2;
    }
    for (const PgIndexHealth &i : pghealth::unusedIndexes(indexes)) {
        findings[i.indexRelid].append(tr("never scanned since the statistics reset"));
        severity[i.indexRelid] = std::max(severity.value(i.indexRelid), 1);
    }
    QList<TableRow> rows;
    rows.reserve(indexes.size());
    for (const PgIndexHealth &i : indexes) {
        TableRow row;
        row.key = QString::number(i.indexRelid);
        const QStringList found = findings.value(i.indexRelid);
        row.values = {QString(i.schema + QLatin1Char('.') + i.name),
                      QString(i.schema + QLatin1Char('.') + i.table),
                      i.bytes >= 0 ? QVariant(i.bytes) : QVariant(),
                      i.scans,
                      found.join(QStringLiteral("; ")), // empty, not "no value": findings sort before it
                      i.definition};
        row.severity = severity.value(i.indexRelid);
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace opsdash::tables
