#include "tables.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace opsdash::tables {

namespace {

/// The file's translation context (lupdate reads it from here).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opsdash::tables)
};

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QList<ColumnSpec> endpointColumns()
{
    return {
        {Text::tr("Instance"), CellKind::Text},  {Text::tr("Endpoint"), CellKind::Text},
        {Text::tr("Requests"), CellKind::Count}, {Text::tr("Avg"), CellKind::DurationMs},
        {Text::tr("p50"), CellKind::DurationMs}, {Text::tr("p95"), CellKind::DurationMs},
        {Text::tr("p99"), CellKind::DurationMs}, {Text::tr("Max"), CellKind::DurationMs},
        {Text::tr("Errors"), CellKind::Count},   {Text::tr("Percentiles over last"), CellKind::Count},
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
        row.values =
            cells<EndpointColumn, EndpointColumnCount>({{EndpointInstance, instance},
                                                        {EndpointRoute, e.route},
                                                        {EndpointCount, e.totalCount.value_or(e.count)},
                                                        {EndpointAvg, e.average},
                                                        {EndpointP50, e.median},
                                                        {EndpointP95, e.p95},
                                                        {EndpointP99, e.p99},
                                                        {EndpointMax, e.max},
                                                        {EndpointErrors, e.errors ? QVariant(*e.errors) : QVariant()},
                                                        {EndpointWindow, e.count}});
        row.severity = e.p95 > 2 * p95WarnMs ? Severity::Critical
            : e.p95 > p95WarnMs              ? Severity::Warning
                                             : Severity::Normal;
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
        row.values = cells<EndpointColumn, EndpointColumnCount>({{EndpointInstance, instance},
                                                                 {EndpointRoute, route},
                                                                 {EndpointCount, e.requestCount},
                                                                 {EndpointAvg, e.avgResponseTimeMs}});
        row.severity = e.avgResponseTimeMs > p95WarnMs ? Severity::Warning : Severity::Normal;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> breakdownColumns()
{
    return {{Text::tr("Statement"), CellKind::Text},
            {Text::tr("Calls per request"), CellKind::Decimal},
            {Text::tr("Avg"), CellKind::DurationMs},
            {Text::tr("Share of the time"), CellKind::Ratio}};
}

QList<TableRow> breakdownRows(const EndpointBreakdown &breakdown)
{
    QList<TableRow> rows;
    rows.reserve(breakdown.statements.size());
    for (const EndpointBreakdown::Statement &s : breakdown.statements) {
        TableRow row;
        row.key = s.query;
        row.values = cells<BreakdownColumn, BreakdownColumnCount>({{BreakdownStatement, s.query},
                                                                   {BreakdownCalls, s.callsPerRequest},
                                                                   {BreakdownAvg, s.averageMs},
                                                                   {BreakdownShare, s.share}});
        // A statement that is most of the route's time is where to look first.
        row.severity = s.share >= 0.5 ? Severity::Warning : Severity::Normal;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> slowQueryColumns()
{
    return {
        {Text::tr("Instance"), CellKind::Text},       {Text::tr("Time"), CellKind::DateTime},
        {Text::tr("Duration"), CellKind::DurationMs}, {Text::tr("Query"), CellKind::Text},
        {Text::tr("Parameters"), CellKind::Text},
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
        row.values = cells<SlowQueryColumn, SlowQueryColumnCount>(
            {{SlowQueryInstance, instance},
             {SlowQueryTime, q.timestamp},
             {SlowQueryDuration, q.durationMs},
             {SlowQueryText, q.query},
             {SlowQueryParameters,
              q.parameters.isEmpty() ? QVariant() : QVariant(q.parameters.join(QStringLiteral(", ")))}});
        row.severity = q.durationMs > 10 * warnMs ? Severity::Critical
            : q.durationMs > warnMs               ? Severity::Warning
                                                  : Severity::Normal;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> frequencyColumns()
{
    return {
        {Text::tr("Instance"), CellKind::Text},  {Text::tr("Query"), CellKind::Text},
        {Text::tr("Calls"), CellKind::Count},    {Text::tr("Avg"), CellKind::DurationMs},
        {Text::tr("Max"), CellKind::DurationMs},
    };
}

QList<TableRow> frequencyRows(const QString &instance, const QList<QueryFrequency> &frequency, double warnMs)
{
    QList<TableRow> rows;
    rows.reserve(frequency.size());
    for (const QueryFrequency &f : frequency) {
        TableRow row;
        row.key = instance + u'\n' + f.query;
        row.values = cells<FrequencyColumn, FrequencyColumnCount>({{FrequencyInstance, instance},
                                                                   {FrequencyQuery, f.query},
                                                                   {FrequencyCount, f.count},
                                                                   {FrequencyAvg, f.avgDurationMs},
                                                                   {FrequencyMax, optional(f.maxDurationMs)}});
        row.severity = f.avgDurationMs > warnMs ? Severity::Warning : Severity::Normal;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> alertColumns()
{
    return {
        {Text::tr("Time"), CellKind::DateTime},  {Text::tr("State"), CellKind::Text},
        {Text::tr("Alert"), CellKind::Text},     {Text::tr("Value"), CellKind::Text},
        {Text::tr("Threshold"), CellKind::Text},
    };
}

QList<ColumnSpec> actionColumns()
{
    return {
        {Text::tr("Time"), CellKind::DateTime},   {Text::tr("Profile"), CellKind::Text},
        {Text::tr("Instance"), CellKind::Text},   {Text::tr("Action"), CellKind::Text},
        {Text::tr("Parameters"), CellKind::Text}, {Text::tr("Result"), CellKind::Text},
        {Text::tr("Before"), CellKind::Text},     {Text::tr("After"), CellKind::Text},
    };
}

QList<ColumnSpec> instanceColumns()
{
    return {
        {Text::tr("Instance"), CellKind::Text}, {Text::tr("Status"), CellKind::Text},
        {Text::tr("Database"), CellKind::Text}, {Text::tr("Redis"), CellKind::Text},
        {Text::tr("Version"), CellKind::Text},  {Text::tr("Uptime"), CellKind::DurationMs},
        {Text::tr("Message"), CellKind::Text},
    };
}

QList<ColumnSpec> fleetColumns()
{
    return {
        {Text::tr("Instance"), CellKind::Text},  {Text::tr("Status"), CellKind::Text},
        {Text::tr("Req/s"), CellKind::Decimal},  {Text::tr("5xx"), CellKind::Ratio},
        {Text::tr("p95"), CellKind::DurationMs}, {Text::tr("Heap"), CellKind::Bytes},
        {Text::tr("Heap use"), CellKind::Ratio}, {Text::tr("Pool waiting"), CellKind::Count},
        {Text::tr("Version"), CellKind::Text},   {Text::tr("Last scrape"), CellKind::DateTime},
        {Text::tr("Message"), CellKind::Text},
    };
}

QList<ColumnSpec> amAlertColumns()
{
    return {
        {Text::tr("Alert"), CellKind::Text},    {Text::tr("Instance"), CellKind::Text},
        {Text::tr("Severity"), CellKind::Text}, {Text::tr("Service"), CellKind::Text},
        {Text::tr("State"), CellKind::Text},    {Text::tr("Since"), CellKind::DateTime},
        {Text::tr("Summary"), CellKind::Text},  {Text::tr("Silenced by"), CellKind::Text},
    };
}

QList<TableRow> amAlertRows(const QList<am::Alert> &alerts)
{
    QList<TableRow> rows;
    for (const am::Alert &a : alerts) {
        const bool suppressed = a.state == am::AlertState::Suppressed;
        const QString state = suppressed ? (a.silencedBy.isEmpty() ? Text::tr("inhibited") : Text::tr("silenced"))
            : a.state == am::AlertState::Active ? Text::tr("active")
                                                : Text::tr("unprocessed");
        const QString severity = a.labels.value(QStringLiteral("severity"));
        TableRow row;
        row.key = a.fingerprint.isEmpty()
            ? a.labels.value(QStringLiteral("alertname")) + a.labels.value(QStringLiteral("instance"))
            : a.fingerprint;
        row.values = cells<AmAlertColumn, AmAlertColumnCount>(
            {{AmAlertName, a.labels.value(QStringLiteral("alertname"))},
             {AmAlertInstance, a.labels.value(QStringLiteral("instance"))},
             {AmAlertSeverity, severity},
             {AmAlertService, a.labels.value(QStringLiteral("service"))},
             {AmAlertState, state},
             {AmAlertSince, a.startsAtMs > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(a.startsAtMs)) : QVariant()},
             {AmAlertSummary, a.annotations.value(QStringLiteral("summary"))},
             {AmAlertSilencedBy, a.silencedBy.join(QStringLiteral(", "))}});
        row.severity = suppressed ? Severity::NoData : severity == u"critical" ? Severity::Critical : Severity::Warning;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> silenceColumns()
{
    return {
        {Text::tr("ID"), CellKind::Text},       {Text::tr("Matchers"), CellKind::Text},
        {Text::tr("State"), CellKind::Text},    {Text::tr("Starts"), CellKind::DateTime},
        {Text::tr("Ends"), CellKind::DateTime}, {Text::tr("Created by"), CellKind::Text},
        {Text::tr("Comment"), CellKind::Text},
    };
}

QList<TableRow> silenceRows(const QList<am::Silence> &silences, qint64 nowMs)
{
    QList<TableRow> rows;
    for (const am::Silence &s : silences) {
        const bool expired = s.state == am::SilenceState::Expired;
        if (expired && nowMs - s.endsAtMs > 24LL * 3600 * 1000)
            continue;
        TableRow row;
        row.key = s.id;
        row.values =
            cells<SilenceColumn, SilenceColumnCount>({{SilenceId, s.id},
                                                      {SilenceMatchers, am::formatMatchers(s.matchers)},
                                                      {SilenceState,
                                                       expired                                   ? Text::tr("expired")
                                                           : s.state == am::SilenceState::Active ? Text::tr("active")
                                                                                                 : Text::tr("pending")},
                                                      {SilenceStarts, QDateTime::fromMSecsSinceEpoch(s.startsAtMs)},
                                                      {SilenceEnds, QDateTime::fromMSecsSinceEpoch(s.endsAtMs)},
                                                      {SilenceCreatedBy, s.createdBy},
                                                      {SilenceComment, s.comment}});
        row.severity = expired ? Severity::NoData : Severity::Normal;
        rows.append(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TableRow &a, const TableRow &b) {
        return (a.severity == Severity::NoData) < (b.severity == Severity::NoData);
    });
    return rows;
}

QList<ColumnSpec> eventColumns()
{
    return {
        {Text::tr("Event"), CellKind::Text},          {Text::tr("Date"), CellKind::DateTime},
        {Text::tr("Venue"), CellKind::Text},          {Text::tr("Capacity"), CellKind::Count},
        {Text::tr("Registrations"), CellKind::Count}, {Text::tr("Fill"), CellKind::Ratio},
        {Text::tr("Checked in"), CellKind::Count},    {Text::tr("Checked in %"), CellKind::Ratio},
        {Text::tr("Revenue"), CellKind::Money},       {Text::tr("Avg payment"), CellKind::Money},
        {Text::tr("Status"), CellKind::Text},
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
        row.values = cells<EventColumn, EventColumnCount>(
            {{EventName, e.name},
             {EventDate, e.date},
             {EventVenue, e.venue.isEmpty() ? QVariant() : QVariant(e.venue)},
             {EventCapacity, e.capacity},
             {EventRegistrations, e.registrations},
             {EventFill, fill},
             {EventCheckedIn, e.checkedIn},
             {EventCheckedInShare, checked},
             {EventRevenue, e.revenue},
             {EventAveragePayment, e.averagePayment ? QVariant(*e.averagePayment) : QVariant()},
             {EventStatus, e.status.isEmpty() ? QVariant() : QVariant(e.status)}});
        row.severity =
            e.capacity > 0 && e.registrations >= e.capacity ? Severity::Warning : Severity::Normal; // sold out
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> statementColumns()
{
    return {
        {Text::tr("Statement"), CellKind::Text},    {Text::tr("User"), CellKind::Text},
        {Text::tr("Calls"), CellKind::Count},       {Text::tr("Total"), CellKind::DurationMs},
        {Text::tr("Mean"), CellKind::DurationMs},   {Text::tr("Rows"), CellKind::Count},
        {Text::tr("Hit ratio"), CellKind::Ratio},   {Text::tr("Blocks read"), CellKind::Count},
        {Text::tr("Temp blocks"), CellKind::Count},
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
        row.values =
            cells<StatementColumn, StatementColumnCount>({{StatementQuery, textOf(d.key)},
                                                          {StatementUser, d.user},
                                                          {StatementCalls, d.delta.calls},
                                                          {StatementTotal, d.delta.totalMs},
                                                          {StatementMean, d.meanMs()},
                                                          {StatementRows, d.delta.rows},
                                                          {StatementHitRatio, hit ? QVariant(*hit) : QVariant()},
                                                          {StatementSharedRead, d.delta.sharedRead},
                                                          {StatementTemp, d.delta.tempRead + d.delta.tempWritten}});
        row.severity = meanWarnMs > 0 && d.meanMs() >= meanWarnMs ? Severity::Warning : Severity::Normal;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> sessionColumns()
{
    return {
        {Text::tr("PID"), CellKind::Count},           {Text::tr("State"), CellKind::Text},
        {Text::tr("Duration"), CellKind::DurationMs}, {Text::tr("Waiting on"), CellKind::Text},
        {Text::tr("Blocked by"), CellKind::Text},     {Text::tr("User"), CellKind::Text},
        {Text::tr("Application"), CellKind::Text},    {Text::tr("Client"), CellKind::Text},
        {Text::tr("Query"), CellKind::Text},
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
        row.values = cells<SessionColumn, SessionColumnCount>(
            {{SessionPid, s.pid},
             {SessionState, s.state},
             {SessionDuration, duration},
             {SessionWait, wait.isEmpty() ? QVariant() : QVariant(wait)},
             {SessionBlockedBy, blockers.isEmpty() ? QVariant() : QVariant(blockers.join(QStringLiteral(", ")))},
             {SessionUser, s.user},
             {SessionApplication, s.application},
             {SessionClient, s.client.isEmpty() ? QVariant() : QVariant(s.client)},
             {SessionQuery, s.query}});
        const double ms = duration.isValid() ? duration.toDouble() : 0;
        if (!s.blockedBy.isEmpty() || blocking.contains(s.pid))
            row.severity = Severity::Critical;
        else if ((s.state.startsWith(QLatin1String("idle in transaction")) && ms >= idleTxMs) || ms >= longMs)
            row.severity = Severity::Warning;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> tableHealthColumns()
{
    return {
        {Text::tr("Table"), CellKind::Text},
        {Text::tr("Size"), CellKind::Bytes},
        {Text::tr("Live rows"), CellKind::Count},
        {Text::tr("Dead rows"), CellKind::Count},
        {Text::tr("Dead"), CellKind::Ratio},
        {Text::tr("Last vacuum"), CellKind::DateTime},
        {Text::tr("Last analyze"), CellKind::DateTime},
        {Text::tr("Seq scans"), CellKind::Count},
        {Text::tr("Rows per seq scan"), CellKind::Count},
        {Text::tr("Index scans"), CellKind::Count},
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
        row.values = cells<TableHealthColumn, TableHealthColumnCount>(
            {{TableName, t.qualifiedName()},
             {TableSize, t.totalBytes >= 0 ? QVariant(t.totalBytes) : QVariant()},
             {TableLive, t.liveTuples},
             {TableDead, t.deadTuples},
             {TableDeadRatio, dead ? QVariant(*dead) : QVariant()},
             {TableLastVacuum, t.lastVacuum.isValid() ? QVariant(t.lastVacuum) : QVariant()},
             {TableLastAnalyze, t.lastAnalyze.isValid() ? QVariant(t.lastAnalyze) : QVariant()},
             {TableSeqScans, t.seqScans},
             {TableSeqRowsPerScan, t.seqScans > 0 ? QVariant(t.seqTuplesRead / t.seqScans) : QVariant()},
             {TableIndexScans, t.indexScans}});
        row.severity =
            (dead && *dead >= deadWarn) || candidates.contains(t.relid) ? Severity::Warning : Severity::Normal;
        rows.append(std::move(row));
    }
    return rows;
}

QList<ColumnSpec> indexFindingColumns()
{
    return {
        {Text::tr("Index"), CellKind::Text},   {Text::tr("Table"), CellKind::Text},
        {Text::tr("Size"), CellKind::Bytes},   {Text::tr("Scans"), CellKind::Count},
        {Text::tr("Finding"), CellKind::Text}, {Text::tr("Definition"), CellKind::Text},
    };
}

QList<TableRow> indexRows(const QList<PgIndexHealth> &indexes)
{
    QHash<qint64, QStringList> findings;
    QHash<qint64, Severity> severity;
    for (const pghealth::DuplicateIndex &d : pghealth::duplicateIndexes(indexes)) {
        findings[d.redundant.indexRelid].append(d.exact
                                                    ? Text::tr("duplicate of %1").arg(d.kept.name)
                                                    : Text::tr("covered by %1 (its leading columns)").arg(d.kept.name));
        severity[d.redundant.indexRelid] = Severity::Critical;
    }
    for (const PgIndexHealth &i : pghealth::unusedIndexes(indexes)) {
        findings[i.indexRelid].append(Text::tr("never scanned since the statistics reset"));
        severity[i.indexRelid] = std::max(severity.value(i.indexRelid, Severity::Normal), Severity::Warning);
    }
    QList<TableRow> rows;
    rows.reserve(indexes.size());
    for (const PgIndexHealth &i : indexes) {
        TableRow row;
        row.key = QString::number(i.indexRelid);
        const QStringList found = findings.value(i.indexRelid);
        row.values = cells<IndexFindingColumn, IndexFindingColumnCount>(
            {{IndexFindingIndex, QString(i.schema + QLatin1Char('.') + i.name)},
             {IndexFindingTable, QString(i.schema + QLatin1Char('.') + i.table)},
             {IndexFindingSize, i.bytes >= 0 ? QVariant(i.bytes) : QVariant()},
             {IndexFindingScans, i.scans},
             {IndexFindingProblem, found.join(QStringLiteral("; "))}, // empty, not "no value": findings sort before it
             {IndexFindingDefinition, i.definition}});
        row.severity = severity.value(i.indexRelid, Severity::Normal);
        rows.append(std::move(row));
    }
    return rows;
}

TableRow instanceRow(const InstanceSample &s, bool up)
{
    TableRow row;
    row.key = s.instance;
    const bool unhealthy = s.health && !s.health->healthy;
    const QString status = !up               ? Text::tr("down")
        : (unhealthy || !s.errors.isEmpty()) ? Text::tr("degraded")
                                             : Text::tr("up");
    row.severity = !up ? Severity::Critical : (unhealthy || !s.errors.isEmpty()) ? Severity::Warning : Severity::Normal;
    QVariant uptime;
    QString version;
    if (s.health) {
        uptime = s.health->uptimeSeconds * 1000.0;
        version = s.health->version;
    } else if (s.overview) {
        uptime = s.overview->system.uptimeSeconds * 1000.0;
        version = s.overview->system.version;
    }
    row.values = cells<InstanceColumn, InstanceColumnCount>(
        {{InstanceUrl, s.instance},
         {InstanceStatus, status},
         {InstanceDatabase, s.health ? QVariant(s.health->database) : QVariant()},
         {InstanceRedis, s.health && !s.health->redis.isEmpty() ? QVariant(s.health->redis) : QVariant()},
         {InstanceVersion, version.isEmpty() ? QVariant() : QVariant(version)},
         {InstanceUptime, uptime},
         {InstanceMessage, s.errors.isEmpty() ? QVariant() : QVariant(s.errors.join(QStringLiteral("; ")))}});
    return row;
}

TableRow alertRow(const AlertEvent &e, qint64 timeMs, qint64 serial)
{
    auto number = [&e](double v) { return formatAlertValue(v, e.unit); };
    TableRow row;
    row.key = QString::number(serial);
    row.values = cells<AlertColumn, AlertColumnCount>(
        {{AlertTime, QDateTime::fromMSecsSinceEpoch(timeMs)},
         {AlertState, e.raised ? Text::tr("raised") : Text::tr("cleared")},
         {AlertRule, e.title},
         {AlertValue, number(e.value)},
         {AlertThreshold, QString((e.above ? QStringLiteral("> ") : QStringLiteral("< ")) + number(e.threshold))}});
    row.severity = e.raised ? Severity::Critical : Severity::Normal;
    return row;
}

} // namespace opsdash::tables
